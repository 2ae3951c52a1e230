/** `<essay-print-card>`: keeps the printed scenario card current. */
import { define } from './boot';
import { $judge, $params } from '../../state/scenario';
import { shareUrl } from '../../state/browser';
import { changedParams } from '../../lib/tools/changes';

class EssayPrintCard extends HTMLElement {
  #unsubscribe: (() => void)[] = [];

  connectedCallback(): void {
    const summary = this.querySelector('[data-print-summary]');
    const list = this.querySelector('[data-print-list]');
    const url = this.querySelector('[data-print-url]');
    const update = () => {
      const list_ = changedParams($params.get());
      const verdicts = Object.keys($judge.get()).length;
      if (summary) {
        summary.textContent =
          list_.length === 0 && verdicts === 0
            ? 'The essay’s own numbers, unchanged.'
            : `${list_.length} of the essay’s numbers changed${verdicts ? `, and ${verdicts} of the site’s verdicts overruled` : ''}:`;
      }
      list?.replaceChildren(
        ...list_.map((c) => {
          const li = document.createElement('li');
          li.textContent = `${c.label}: ${c.yours} (the essay: ${c.essay})`;
          return li;
        }),
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
