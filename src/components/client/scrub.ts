/**
 * `<essay-scrub>`: an inline number the reader drags or steps with the keyboard
 * (arrows, Page Up/Down, Home/End). The focusable `role="slider"` inside carries
 * `data-param`. Log-scaled parameters move by ratios.
 */
import { PARAMS, isParamId } from '../../lib/model/numbers';
import { isEnumSpec, type NumericParamSpec } from '../../lib/model/kit';
import { define } from './boot';
import { $param, setParam } from '../../state/scenario';
import { fromPosition, stepValue, toPosition, STEP_KEYS, type StepKey } from '../../lib/scale';
import { formatValue, spokenValue } from '../../lib/format';

/** Pixels of horizontal drag that sweep a parameter's whole range. */
const DRAG_RANGE_PX = 400;

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
      slider.textContent = formatValue(numeric.kind, v);
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

    slider.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      slider.focus();
      slider.setPointerCapture(event.pointerId);
      const startX = event.clientX;
      const startPos = toPosition(numeric, atom.get() as number);
      slider.classList.add('is-dragging');
      const move = (e: PointerEvent) => {
        setParam(id, fromPosition(numeric, startPos + (e.clientX - startX) / DRAG_RANGE_PX));
      };
      const up = () => {
        slider.classList.remove('is-dragging');
        slider.removeEventListener('pointermove', move);
        slider.removeEventListener('pointerup', up);
        slider.removeEventListener('pointercancel', up);
      };
      slider.addEventListener('pointermove', move);
      slider.addEventListener('pointerup', up);
      slider.addEventListener('pointercancel', up);
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

define('essay-scrub', EssayScrub);
