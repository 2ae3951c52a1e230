/** `<essay-out data-output="id">`: a live output in the prose. */
import { isOutputId } from '../../lib/model/numbers';
import { isDefined, type QuantityKind } from '../../lib/model/kit';
import { define, setText } from './boot';
import { outputStore } from '../../state/scenario';
import { formatValue, NO_VALUE } from '../../lib/format';

/**
 * Whether a value differs from the one in the static HTML. The build's and
 * the browser's Math.log may disagree in the last bits, so compare loosely.
 */
function differs(a: string, b: string): boolean {
  if (a === '' || b === '') return a !== b;
  const x = Number(a);
  const y = Number(b);
  return Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(y));
}

/*
 * The browser loads its number formats the first time one is used: tens of milliseconds here, more
 * on a slow phone (docs/PERFORMANCE.md). Load them when the reader first points at or focuses a
 * number they can change, so that their first change does not wait for it (nor the page's load).
 */
const warm = (e: Event): void => {
  if (!(e.target instanceof Element && e.target.closest('[data-param]'))) return;
  removeEventListener('pointerover', warm, true);
  removeEventListener('focusin', warm, true);
  formatValue('count', 1);
};
addEventListener('pointerover', warm, true);
addEventListener('focusin', warm, true);

class EssayOut extends HTMLElement {
  #unsubscribe: (() => void) | undefined;
  #default = '';

  connectedCallback(): void {
    // Ids were checked at build time (an unknown one fails the build); check again, as the other elements do.
    const id = this.dataset.output ?? '';
    if (!isOutputId(id)) return;
    const kind = this.dataset.kind as QuantityKind;
    this.#default = this.dataset.value ?? '';
    this.#unsubscribe = outputStore(id).subscribe((value) => {
      if (isDefined(value)) {
        // Already shown (as on upgrade, where the built page has it): nothing to format or write,
        // so the browser has no text to lay out again.
        if (this.dataset.undefined === undefined && !differs(this.dataset.value ?? '', String(value))) return;
        this.dataset.value = String(value);
        delete this.dataset.undefined;
        setText(this, formatValue(kind, value));
      } else {
        const text = `${NO_VALUE} (${value.undefinedBecause})`;
        if (this.textContent === text) return;
        this.dataset.value = '';
        this.dataset.undefined = 'true';
        setText(this, text);
      }
      this.classList.toggle('is-changed', differs(this.dataset.value ?? '', this.#default));
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

define('essay-out', EssayOut);
