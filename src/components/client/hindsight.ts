/**
 * `<essay-hindsight-note>`: a chapter's "what happened" note, showing the
 * reader's verdict when their link overrules the site's. The scorecard's own
 * element, `<essay-hindsight>`, is fetched only on a page that has one.
 */
import { define, setAttr, setHidden, setText } from './boot';
import { $judge } from '../../state/scenario';
import { VERDICTS, type Verdict } from '../../lib/verdicts';
import { VERDICT_LABELS } from '../../lib/ui/en/essay';

/** Swaps the `v-<verdict>` class of an element for another verdict's. */
export function setVerdictClass(el: Element, verdict: Verdict): void {
  for (const v of VERDICTS) el.classList.toggle(`v-${v}`, v === verdict);
}

class EssayHindsightNote extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const id = this.dataset.note ?? '';
    const site = this.dataset.siteVerdict as Verdict;
    this.#unsubscribe = $judge.subscribe((judge) => {
      const mine = judge[id];
      const verdict = mine ?? site;
      setVerdictClass(this, verdict);
      setAttr(this, 'data-verdict', verdict);
      setText(this.querySelector('[data-note-verdict]'), VERDICT_LABELS[verdict]);
      setHidden(this.querySelector<HTMLElement>('[data-note-yours]'), mine === undefined);
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

define('essay-hindsight-note', EssayHindsightNote);
if (document.querySelector('essay-hindsight')) void import('./scorecard');
