/**
 * The notes that say where a number came from. `<essay-origin data-origin-param>`,
 * the note of a number the reader can change, says "Essay 30% → yours 44%"
 * once the number differs from the essay's, with a button that puts the
 * essay's value back; and a shown note is kept inside the window.
 */
import { define, setText } from './boot';
import { $param, resetParam } from '../../state/scenario';
import { DEFAULTS, PARAMS, isParamId } from '../../lib/model/numbers';
import { isEnumSpec } from '../../lib/model/kit';
import { formatValue } from '../../lib/format';

class EssayOrigin extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const id = this.dataset.originParam ?? '';
    const change = this.querySelector<HTMLElement>('[data-origin-change]');
    const now = this.querySelector<HTMLElement>('[data-origin-now]');
    const reset = this.querySelector<HTMLButtonElement>('[data-origin-reset]');
    if (!isParamId(id) || !change || !now || !reset) return;
    const spec = PARAMS[id];
    let shown = DEFAULTS[id]; // what the built page shows
    this.#unsubscribe = $param[id].subscribe((value) => {
      if (value === shown) return;
      shown = value;
      const changed = value !== DEFAULTS[id];
      change.hidden = !changed;
      reset.hidden = !changed;
      setText(now, isEnumSpec(spec) ? ((spec.optionLabels as Readonly<Record<string, string>>)[value as string] ?? String(value)) : formatValue(spec.kind, value as number));
    });
    reset.addEventListener('click', () => {
      resetParam(id);
      // Back to the number itself, so the keyboard reader keeps their place.
      this.parentElement?.querySelector<HTMLElement>('[data-param]')?.focus();
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

define('essay-origin', EssayOrigin);

/** Shifts a shown note left when it would run off the window's right edge. */
function keepInside(event: Event): void {
  const wrap = event.target instanceof Element ? event.target.closest('.num-wrap') : null;
  const note = wrap?.querySelector<HTMLElement>(':scope > .origin');
  if (!note) return;
  note.style.removeProperty('translate');
  requestAnimationFrame(() => {
    const box = note.getBoundingClientRect();
    const over = box.right - (document.documentElement.clientWidth - 8);
    if (box.width > 0 && over > 0) note.style.translate = `${-Math.min(over, Math.max(0, box.left - 8))}px 0`;
  });
}
document.addEventListener('focusin', keepInside);
document.addEventListener('pointerover', keepInside);
