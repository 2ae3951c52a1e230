/** `<essay-out data-output="id">`: a live output in the prose. */
import type { OutputId } from '../../lib/model/numbers';
import { isDefined, type QuantityKind } from '../../lib/model/kit';
import { define } from './boot';
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

class EssayOut extends HTMLElement {
  #unsubscribe: (() => void) | undefined;
  #default = '';

  connectedCallback(): void {
    // Ids were checked at build time (an unknown one fails the build).
    const id = (this.dataset.output ?? '') as OutputId;
    const kind = this.dataset.kind as QuantityKind;
    this.#default = this.dataset.value ?? '';
    this.#unsubscribe = outputStore(id).subscribe((value) => {
      if (isDefined(value)) {
        this.dataset.value = String(value);
        delete this.dataset.undefined;
        this.textContent = formatValue(kind, value);
      } else {
        this.dataset.value = '';
        this.dataset.undefined = 'true';
        this.textContent = `${NO_VALUE} (${value.undefinedBecause})`;
      }
      this.classList.toggle('is-changed', differs(this.dataset.value ?? '', this.#default));
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

define('essay-out', EssayOut);
