/**
 * Sensitivity: a tornado chart of how far the chosen result moves as each
 * input moves across its range, from where the reader's scenario puts it.
 * Redrawn at most once a frame, and only while the panel is open.
 */
import { isDefined } from '../../../lib/model/kit';
import { $outputs, $params } from '../../../state/scenario';
import { formatValue } from '../../../lib/format';
import { onLogAxis, sensitivity, type SensitivityRange } from '../../../lib/tools/sensitivity';
import { TORNADO_MIN_WIDTH, renderTornado } from '../../../lib/charts/tornado';
import { chosenOutput, focusControl, fromTemplate, numericSpec, show } from './shared';
import { sensitivityEnds } from '../../../lib/ui/en/tools';

const isRange = (v: string): v is SensitivityRange => v === 'fullRange' || v === 'halfToDouble';

export function bindSensitivity(section: HTMLElement): void {
  const output = section.querySelector<HTMLSelectElement>('[data-sens-output]');
  const range = section.querySelector<HTMLSelectElement>('[data-sens-range]');
  const chart = section.querySelector<HTMLElement>('[data-sens-chart]');
  const list = section.querySelector<HTMLElement>('[data-sens-list]');
  const item = section.querySelector<HTMLTemplateElement>('template[data-sens-item]');
  const details = section.closest('details');
  if (!output || !range || !chart || !list || !item) return;

  let frame = 0;
  let stale = true;
  const draw = () => {
    frame = 0;
    const id = chosenOutput(output);
    if (!id || !isRange(range.value)) return;
    // A closed panel is drawn when it opens.
    if (details && !details.open) return;
    stale = false;
    const bars = sensitivity($params.get(), id, range.value);
    const base = $outputs.get()[id];
    chart.replaceChildren(
      renderTornado(bars, { base: isDefined(base) ? base : undefined, format: (v) => show(id, v), log: onLogAxis(id), width: Math.max(TORNADO_MIN_WIDTH, chart.clientWidth || 640) }),
    );
    for (const rect of chart.querySelectorAll('[data-bar-index]')) {
      const bar = bars[Number(rect.getAttribute('data-bar-index'))];
      if (bar) rect.addEventListener('click', () => focusControl(bar.id));
    }
    list.replaceChildren(
      ...bars.map((b) => {
        const li = fromTemplate<HTMLLIElement>(item) ?? document.createElement('li');
        const spec = numericSpec(b.id);
        li.dataset.sensBar = b.id;
        li.dataset.swing = String(b.swing);
        const button = li.querySelector('button');
        if (button) {
          button.dataset.sensFocus = b.id;
          button.textContent = spec.label;
          button.addEventListener('click', () => focusControl(b.id));
        }
        const text = li.querySelector('span');
        if (text) text.textContent = sensitivityEnds(formatValue(spec.kind, b.lowInput), show(id, b.atLow), formatValue(spec.kind, b.highInput), show(id, b.atHigh));
        return li;
      }),
    );
  };
  const schedule = () => {
    stale = true;
    frame ||= requestAnimationFrame(draw);
  };
  output.addEventListener('change', schedule);
  range.addEventListener('change', schedule);
  details?.addEventListener('toggle', () => {
    if (details.open && stale) schedule();
  });
  $params.listen(schedule);
  draw();
}
