/**
 * `<essay-hindsight-note>`: a chapter's "what happened" note, showing the
 * reader's verdict when their link overrules the site's. The scorecard's own
 * element, `<essay-hindsight>`, is fetched only on a page that has one.
 */
import { define, setAttr, setHidden, setText } from './boot';
import { $judge } from '../../state/scenario';
import { VERDICTS, type Verdict } from '../../lib/verdicts';
import { VERDICT_LABELS } from '../../lib/ui/en/essay';

/**
 * Shows a verdict on a chapter's note or a scorecard card: its `v-<verdict>` class and
 * `data-verdict`, its label, and the line saying it is the reader's (`mine`) rather than the site's.
 */
export function showVerdict(el: HTMLElement, verdict: Verdict, mine: boolean, label: Element | null, yours: HTMLElement | null): void {
  for (const v of VERDICTS) el.classList.toggle(`v-${v}`, v === verdict);
  setAttr(el, 'data-verdict', verdict);
  setText(label, VERDICT_LABELS[verdict]);
  setHidden(yours, !mine);
}

class EssayHindsightNote extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const id = this.dataset.note ?? '';
    const site = this.dataset.siteVerdict as Verdict;
    this.#unsubscribe = $judge.subscribe((judge) => {
      const mine = judge[id];
      showVerdict(this, mine ?? site, mine !== undefined, this.querySelector('[data-note-verdict]'), this.querySelector<HTMLElement>('[data-note-yours]'));
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

define('essay-hindsight-note', EssayHindsightNote);
if (document.querySelector('essay-hindsight')) void import('./scorecard');
