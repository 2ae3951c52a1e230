/**
 * `<essay-print-card>`: keeps the printed scenario card current. The card is
 * printed, never shown on screen: it is brought up to date when the page is
 * next idle after a change, and at once before printing, not within the step
 * that changed a number (docs/PERFORMANCE.md).
 */
import { define, idleTask, setText } from './boot';
import { $judge, $params } from '../../state/scenario';
import { shareUrl } from '../../state/browser';
import { changedParams } from '../../lib/tools/changes';
import { VERDICT_LABELS } from '../../lib/ui/en/essay';
import { numbersChanged, printChange, printSummary, printVerdict, verdictsOverruled } from '../../lib/ui/en/print';

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
      setText(summary, printSummary([...(list_.length ? [numbersChanged(list_.length)] : []), ...(verdicts ? [verdictsOverruled(verdicts)] : [])]));
      const li = (text: string) => {
        const item = document.createElement('li');
        item.textContent = text;
        return item;
      };
      // A prediction's title is on its card (the scorecard); elsewhere its id stands in.
      const title = (id: string) => document.querySelector<HTMLElement>(`[data-claim="${CSS.escape(id)}"]`)?.dataset.title ?? id;
      list?.replaceChildren(
        ...list_.map((c) => li(printChange(c.label, c.yours, c.essay))),
        ...judged.map(([id, v]) => li(printVerdict(title(id), VERDICT_LABELS[v]))),
      );
      setText(url, shareUrl());
    };
    const { schedule, flush } = idleTask(update, 1000);
    update();
    addEventListener('beforeprint', flush);
    this.#unsubscribe.push($params.listen(schedule), $judge.listen(schedule), () => removeEventListener('beforeprint', flush));
  }

  disconnectedCallback(): void {
    for (const u of this.#unsubscribe) u();
  }
}

define('essay-print-card', EssayPrintCard);
