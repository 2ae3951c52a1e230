/** Save, open and cite: the scenario as a file, every result as CSV, a citation of one result. */
import { $judge, $params, notify, openScenario } from '../../../state/scenario';
import { shareUrl } from '../../../state/browser';
import { citation, outputsCsv, readScenarioJson, scenarioJson } from '../../../lib/tools/export';
import { copyText } from '../clipboard';
import { chosenOutput, download } from './shared';
import { CITATION_COPIED, SCENARIO_OPENED } from '../../../lib/ui/en/tools';

export function bindKeep(section: HTMLElement): void {
  const status = section.querySelector<HTMLElement>('[data-keep-status]');
  const json = section.querySelector<HTMLButtonElement>('[data-download-json]');
  const csv = section.querySelector<HTMLButtonElement>('[data-download-csv]');
  const file = section.querySelector<HTMLInputElement>('[data-open-json]');
  const cite = section.querySelector<HTMLSelectElement>('[data-cite-output]');
  const copy = section.querySelector<HTMLButtonElement>('[data-cite]');
  if (!status || !json || !csv || !file || !cite || !copy) return;

  json.addEventListener('click', () => download('scenario.json', 'application/json', scenarioJson($params.get(), $judge.get(), shareUrl(), new Date().toISOString())));
  csv.addEventListener('click', () => download('results.csv', 'text/csv', outputsCsv($params.get())));
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    const decoded = readScenarioJson(await f.text());
    if (Object.keys(decoded.values).length > 0 || Object.keys(decoded.judge).length > 0) {
      openScenario(decoded);
      status.textContent = SCENARIO_OPENED;
    } else {
      notify(decoded.notices);
      status.textContent = '';
    }
    file.value = '';
  });
  copy.addEventListener('click', async () => {
    const id = chosenOutput(cite);
    if (!id) return;
    const text = citation($params.get(), id, shareUrl(), new Date().toISOString().slice(0, 10));
    // A clipboard that refuses or never answers: the citation is shown to copy by hand.
    status.textContent = (await copyText(text)) ? CITATION_COPIED : text;
  });
}
