/**
 * Dragging a number, as a small state machine free of the DOM: a press waits
 * until the pointer has moved DRAG_THRESHOLD_PX; on touch, a mostly vertical
 * move gives the gesture back to the page (it scrolls, the number stays); then
 * each pixel moves the position (0…1 along the parameter's scale, lib/scale.ts)
 * by 1/dragSpanPx, Shift more finely.
 */
import type { NumericParamSpec } from './model/kit';
// No code from the rest of the site: this module is fetched on its own, when a pointer comes near a number.

/** Dragging a number: pixels per decade on a log scale, per step on a linear one. */
export const DRAG_PX_PER_DECADE = 120;
export const DRAG_PX_PER_STEP = 4;
/** Shortest and longest drag across a linear parameter's whole range. */
const DRAG_SPAN_MIN_PX = 150;
const DRAG_SPAN_MAX_PX = 600;
/** With Shift held, a drag moves this many times more finely. */
export const FINE_DRAG = 5;
/** Pixels a pointer moves before a press becomes a drag (a tap or a wobble changes nothing). */
export const DRAG_THRESHOLD_PX = 4;

/**
 * Pixels of drag that sweep a parameter's whole range: a log parameter gets
 * the same room for every decade (a few pixels move it by a few per cent), a
 * linear one a few pixels per step.
 */
export function dragSpanPx(spec: NumericParamSpec): number {
  if (spec.scale === 'log') return Math.log10(spec.max / spec.min) * DRAG_PX_PER_DECADE;
  const steps = (spec.max - spec.min) / spec.step;
  return Math.min(DRAG_SPAN_MAX_PX, Math.max(DRAG_SPAN_MIN_PX, steps * DRAG_PX_PER_STEP));
}


export type DragPhase = 'pending' | 'dragging' | 'abandoned';

export class Drag {
  phase: DragPhase = 'pending';
  readonly #span: number;
  readonly #touch: boolean;
  readonly #x0: number;
  readonly #y0: number;
  #lastX = 0;
  #position: number;

  /** `position`: where the value starts, 0…1 along its scale (toPosition). */
  constructor(spec: NumericParamSpec, position: number, x: number, y: number, touch: boolean) {
    this.#span = dragSpanPx(spec);
    this.#touch = touch;
    this.#x0 = x;
    this.#y0 = y;
    this.#position = position;
  }

  /** The position after a move, or undefined when the move changes nothing (not dragging yet, or given up). */
  move(x: number, y: number, fine = false): number | undefined {
    if (this.phase === 'abandoned') return undefined;
    if (this.phase === 'pending') {
      const dx = x - this.#x0;
      const dy = y - this.#y0;
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return undefined;
      if (this.#touch && Math.abs(dy) > Math.abs(dx)) {
        this.phase = 'abandoned';
        return undefined;
      }
      // The drag starts where the threshold was crossed, so the value does not jump.
      this.phase = 'dragging';
      this.#lastX = x;
      return undefined;
    }
    const px = x - this.#lastX;
    this.#lastX = x;
    this.#position = Math.min(1, Math.max(0, this.#position + px / this.#span / (fine ? FINE_DRAG : 1)));
    return this.#position;
  }
}
