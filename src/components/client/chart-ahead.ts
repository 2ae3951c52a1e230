/**
 * Drawing ahead. After a key step on a number, while it still has the focus,
 * each chart in view is drawn for the two values the number's next key step
 * could give (the way it last moved first; only that way while a key is
 * held), each in a task of its own after the frame. The next step then only
 * brings the shown drawing up to date with one already made, instead of having
 * Plot draw it inside the step's frame (docs/PERFORMANCE.md). A drag, a typed
 * value or any other change is drawn when it comes, as before; so is a step
 * that comes before its drawing is ready.
 */
import type { ChartId } from '../../lib/model/charts';
import { PARAMS, computeOutputs, isParamId, type Outputs, type ParamId, type Params } from '../../lib/model/numbers';
import { isEnumSpec } from '../../lib/model/kit';
import { fromSlider, stepValue } from '../../lib/scale';
import { renderChart } from '../../lib/charts/plots';
import { $params } from '../../state/scenario';
import './skip-far';

/** Drawings made ahead, by chart, width and scenario. */
const made = new Map<string, SVGSVGElement>();
const keyOf = (id: ChartId, width: number, p: Params) => `${id} ${width} ${JSON.stringify(p)}`;

/**
 * The drawing of a chart for a scenario at a width: the one made ahead if
 * there is one (counted in the chart's `data-drawn-ahead`), else drawn now.
 * Either way, the chart's other drawings made ahead are dropped: they were
 * for a step not taken.
 */
export function drawing(chart: HTMLElement, id: ChartId, p: Params, o: Outputs, width: number): SVGSVGElement {
  const ready = made.get(keyOf(id, width, p));
  for (const key of made.keys()) if (key.startsWith(`${id} `)) made.delete(key);
  if (!ready) return renderChart(id, p, o, width);
  chart.dataset.drawnAhead = String(Number(chart.dataset.drawnAhead ?? 0) + 1);
  return ready;
}

/**
 * The values one key step up and one step down would give the number that
 * has the focus: an inline number (role="slider", stepped by lib/scale.ts) or
 * a slider (`<input type="range">`, stepped by the browser; a log-scaled one
 * holds a position). None while it is being dragged, or when no number has the focus.
 */
function nextValues(el: Element | null): { id: ParamId; values: number[] } | undefined {
  if (!(el instanceof HTMLElement) || el.matches(':active, .is-dragging')) return undefined;
  const id = el.dataset.param ?? '';
  if (!isParamId(id)) return undefined;
  const spec = PARAMS[id];
  if (isEnumSpec(spec)) return undefined;
  const value = $params.get()[id] as number;
  let values: number[];
  if (el instanceof HTMLInputElement && el.type === 'range') {
    values = (['stepUp', 'stepDown'] as const).map((step) => {
      const copy = el.cloneNode() as HTMLInputElement;
      copy[step]();
      return fromSlider(spec, Number(copy.value));
    });
  } else if (el.getAttribute('role') === 'slider') {
    values = [stepValue(spec, value, 'ArrowRight'), stepValue(spec, value, 'ArrowLeft')];
  } else return undefined;
  return { id, values: values.filter((v) => v !== value) };
}

/** The number last stepped and its value then: its next step most likely goes the same way. */
let last: { id: ParamId; value: number } | undefined;
/** Whether the last key was sent by a held key: the next will go the same way, so only that way is drawn. */
let held = false;
addEventListener('keydown', (event) => (held = event.repeat), { capture: true });

/** Charts waiting to be drawn ahead, with their widths, and whether a task to draw them is due. */
const queued = new Map<ChartId, number>();
let pending = false;

/** The scenarios to draw ahead, the likelier first. */
function nextScenarios(): Params[] {
  const next = nextValues(document.activeElement);
  if (!next) return [];
  const p = $params.get();
  const value = p[next.id] as number;
  const down = last?.id === next.id && last.value > value;
  const values = down ? [...next.values].reverse() : next.values;
  return values.slice(0, held ? 1 : 2).map((v) => ({ ...p, [next.id]: v }));
}

/** Draws a chart ahead at its width, after this frame: one drawing a task, so that a key pressed meanwhile waits for one at most. */
export function drawAhead(id: ChartId, width: number): void {
  queued.set(id, width);
  if (pending) return;
  pending = true;
  const work = () => {
    for (const [chart, w] of queued) {
      for (const p of nextScenarios()) {
        const key = keyOf(chart, w, p);
        if (made.has(key)) continue;
        made.set(key, renderChart(chart, p, computeOutputs(p), w));
        return void setTimeout(work);
      }
      queued.delete(chart);
    }
    pending = false;
    const el = document.activeElement;
    const id = el instanceof HTMLElement ? el.dataset.param : undefined;
    last = id && isParamId(id) ? { id, value: $params.get()[id] as number } : undefined;
  };
  setTimeout(work);
}
