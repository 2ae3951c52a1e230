/** `<essay-print-card>`: keeps the printed scenario card current. */
import { define } from './boot';
import { $judge, $params } from '../../state/scenario';
import { shareUrl } from '../../state/browser';
import { changedParams } from '../../lib/tools/changes';
import { VERDICT_LABELS } from '../../lib/verdicts';

class EssayPrintCard extends HTMLElement {
  #unsubscribe: (() => void)[] = [];

  connectedCallback(): void {
    const summary = this.querySelector('[data-print-summary]');
    const list = this.querySelector('[data-print-list]');
    const url = this.querySelector('[data-print-url]');
    const update = () => {
      const list_ = changedParams($params.get());
      const judged = Object.entries($judge.get());
      const verdicts = judged.length;
      if (summary) {
        const parts = [
          ...(list_.length ? [`${list_.length} of the essay’s numbers changed`] : []),
          ...(verdicts ? [`${verdicts} of the site’s verdicts overruled`] : []),
        ];
        summary.textContent = parts.length === 0 ? 'The essay’s own numbers, unchanged.' : `${parts.join(', and ')}:`;
      }
      const li = (text: string) => {
        const item = document.createElement('li');
        item.textContent = text;
        return item;
      };
      // A prediction's title is on its card (the scorecard); elsewhere its id stands in.
      const title = (id: string) => document.querySelector<HTMLElement>(`[data-claim="${CSS.escape(id)}"]`)?.dataset.title ?? id;
      list?.replaceChildren(
        ...list_.map((c) => li(`${c.label}: ${c.yours} (the essay: ${c.essay})`)),
        ...judged.map(([id, v]) => li(`Verdict on “${title(id)}”: ${VERDICT_LABELS[v]} (yours)`)),
      );
      if (url) url.textContent = shareUrl();
    };
    this.#unsubscribe.push($params.subscribe(update), $judge.listen(update));
  }

  disconnectedCallback(): void {
    for (const u of this.#unsubscribe) u();
  }
}

define('essay-print-card', EssayPrintCard);
