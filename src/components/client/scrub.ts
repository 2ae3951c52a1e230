/**
 * `<essay-scrub>`: an inline number the reader drags or steps with the keyboard
 * (arrows, Page Up/Down, Home/End). The focusable `role="slider"` inside carries
 * `data-param`. Log-scaled parameters move by ratios. A drag starts after a few
 * pixels; on touch a vertical swipe scrolls the page and never changes the number;
 * Shift drags finely (lib/drag.ts).
 */
import { PARAMS, isParamId } from '../../lib/model/numbers';
import { isEnumSpec, type NumericParamSpec } from '../../lib/model/kit';
import { define, setText } from './boot';
import { $param, setParam } from '../../state/scenario';
import { fromPosition, stepValue, toPosition, STEP_KEYS, type StepKey } from '../../lib/scale';
import type { Drag } from '../../lib/drag';
import { flushAddress } from '../../state/browser';
import { formatValue, spokenValue } from '../../lib/format';


let dragModule: Promise<typeof import('../../lib/drag')> | undefined;
const loadDrag = () => (dragModule ??= import('../../lib/drag'));

class EssayScrub extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const slider = this.querySelector<HTMLElement>('[role="slider"][data-param]');
    const id = slider?.dataset.param ?? '';
    if (!slider || !isParamId(id)) return;
    const spec = PARAMS[id];
    if (isEnumSpec(spec)) return;
    const numeric: NumericParamSpec = spec;
    const atom = $param[id];
    const initial = String(spec.default);

    this.#unsubscribe = atom.subscribe((value) => {
      const v = value as number;
      // Already shown (as on upgrade, where the built page has it): nothing to format or write.
      if (slider.dataset.value === String(v)) return;
      setText(slider, formatValue(numeric.kind, v));
      slider.setAttribute('aria-valuenow', String(v));
      slider.setAttribute('aria-valuetext', spokenValue(numeric.kind, v, numeric.unit));
      slider.dataset.value = String(v);
      slider.classList.toggle('is-changed', String(v) !== initial);
    });

    slider.addEventListener('keydown', (event) => {
      if (!STEP_KEYS.includes(event.key)) return;
      event.preventDefault();
      setParam(id, stepValue(numeric, atom.get() as number, event.key as StepKey));
    });

    // The drag's code is fetched when a pointer first comes near a number (keyboards never need it).
    slider.addEventListener('pointerenter', () => void loadDrag(), { once: true });
    slider.addEventListener('pointerdown', (event) => {
      if (event.button !== 0 || !event.isPrimary) return;
      const touch = event.pointerType !== 'mouse';
      // A mouse press focuses the number without selecting text; a touch is left to the page until it is a drag.
      if (!touch) {
        event.preventDefault();
        slider.focus();
      }
      let drag: Drag | undefined;
      void loadDrag().then((m) => {
        drag = new m.Drag(numeric, toPosition(numeric, atom.get() as number), event.clientX, event.clientY, touch);
      });
      const move = (e: PointerEvent) => {
        if (e.pointerId !== event.pointerId || !drag) return;
        const wasPending = drag.phase === 'pending';
        const position = drag.move(e.clientX, e.clientY, e.shiftKey);
        if (drag.phase === 'abandoned') return end();
        if (wasPending && drag.phase === 'dragging') {
          slider.setPointerCapture(e.pointerId);
          slider.classList.add('is-dragging');
          if (touch) slider.focus({ preventScroll: true });
        }
        if (position !== undefined) setParam(id, fromPosition(numeric, position));
      };
      const end = () => {
        if (drag?.phase === 'dragging') flushAddress();
        slider.classList.remove('is-dragging');
        removeEventListener('pointermove', move);
        removeEventListener('pointerup', end);
        removeEventListener('pointercancel', end);
      };
      // On the window: until the drag starts, the pointer may leave the number.
      addEventListener('pointermove', move);
      addEventListener('pointerup', end);
      addEventListener('pointercancel', end);
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

define('essay-scrub', EssayScrub);
