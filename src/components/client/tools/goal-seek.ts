/**
 * Goal seek: the value of one input that brings an output to a target. The
 * answer is only shown; the reader applies it (and can undo that), and a seek
 * that fails changes nothing.
 */
import { OUTPUTS } from '../../../lib/model/words';
import { PARAMS, type OutputId } from '../../../lib/model/numbers';
import { isDefined } from '../../../lib/model/kit';
import { $outputs, $params, clearNotices, notify, setParam } from '../../../state/scenario';
import { capitalize, formatValue, spokenValue } from '../../../lib/format';
import { parseReaderNumber } from '../../../lib/reader-number';
import { goalSeekOffer, inputsAffecting, type GoalSeekOffer } from '../../../lib/tools/goal-seek';
import { chosenInput, chosenOutput, numericSpec, show } from './shared';
import { applied as appliedWords, cannotReach, notATarget, undone, wouldBring } from '../../../lib/ui/en/tools';

/** The first target for the costs the essay bet on: its $6M, the top of its $3M–$6M band. */
const ESSAY_TARGETS: Partial<Record<OutputId, number>> = { trainingCostUsd: 6e6, leveredCostUsd: 6e6 };
/** Arrow keys move the dragged target by 5%, Page keys by 50%; a drag of 100 px doubles or halves it. */
const KEY_FACTORS: Readonly<Record<string, number>> = { ArrowUp: 1.05, ArrowRight: 1.05, ArrowDown: 1 / 1.05, ArrowLeft: 1 / 1.05, PageUp: 1.5, PageDown: 1 / 1.5 };
const PX_PER_DOUBLING = 100;

export function bindGoalSeek(section: HTMLElement): void {
  const q = <E extends Element>(selector: string) => section.querySelector<E>(selector);
  const output = q<HTMLSelectElement>('[data-goal-output]');
  const target = q<HTMLInputElement>('[data-goal-target]');
  const drag = q<HTMLElement>('[data-goal-drag]');
  const input = q<HTMLSelectElement>('[data-goal-input]');
  const go = q<HTMLButtonElement>('[data-goal-run]');
  const result = q<HTMLElement>('[data-goal-result]');
  const apply = q<HTMLButtonElement>('[data-goal-apply]');
  const undo = q<HTMLButtonElement>('[data-goal-undo]');
  if (!output || !target || !drag || !input || !go || !result || !apply || !undo) return;

  let targetValue = 0;
  let offer: GoalSeekOffer | undefined;
  let applied: GoalSeekOffer | undefined;

  const setTarget = (v: number) => {
    const id = chosenOutput(output);
    if (!id) return;
    targetValue = v;
    target.value = formatValue(OUTPUTS[id].kind, v);
    drag.textContent = target.value;
    drag.setAttribute('aria-valuenow', String(v));
    drag.setAttribute('aria-valuetext', spokenValue(OUTPUTS[id].kind, v));
  };
  const clearResult = () => {
    result.textContent = '';
    delete result.dataset.reached;
    apply.hidden = true;
    offer = undefined;
  };
  const refreshInputs = () => {
    const id = chosenOutput(output);
    if (!id) return;
    input.replaceChildren(
      ...inputsAffecting($params.get(), id).map((p) => {
        const option = document.createElement('option');
        option.value = p;
        option.textContent = PARAMS[p].label;
        return option;
      }),
    );
    // A target worth seeking: the essay's $6M for the costs it bet on, else where the output stands.
    const now = $outputs.get()[id];
    const start = ESSAY_TARGETS[id] ?? (isDefined(now) ? now : undefined);
    if (start !== undefined) setTarget(start);
    clearResult();
  };
  const run = () => {
    const id = chosenOutput(output);
    const param = chosenInput(input);
    if (!id || !param) return;
    const seek = goalSeekOffer($params.get(), id, targetValue, param);
    const spec = numericSpec(param);
    const shown = formatValue(spec.kind, seek.result.value);
    offer = seek.offer;
    result.dataset.reached = String(seek.result.reached);
    apply.hidden = !offer;
    undo.hidden = true;
    result.textContent = seek.result.reached
      ? wouldBring(spec.label, shown, OUTPUTS[id].label, show(id, seek.result.achieved))
      : cannotReach(capitalize(OUTPUTS[id].label), formatValue(OUTPUTS[id].kind, targetValue), spec.label, formatValue(spec.kind, spec.min), formatValue(spec.kind, spec.max), show(id, seek.result.achieved), shown);
  };
  const valueOf = (param: GoalSeekOffer['param'], value: number) => formatValue(numericSpec(param).kind, value);

  apply.addEventListener('click', () => {
    if (!offer) return;
    setParam(offer.param, offer.value);
    result.textContent = appliedWords(PARAMS[offer.param].label, valueOf(offer.param, offer.value));
    applied = offer;
    offer = undefined;
    apply.hidden = true;
    undo.hidden = false;
  });
  undo.addEventListener('click', () => {
    if (applied) {
      setParam(applied.param, applied.previous);
      result.textContent = undone(PARAMS[applied.param].label, valueOf(applied.param, applied.previous));
    }
    applied = undefined;
    undo.hidden = true;
  });

  output.addEventListener('change', refreshInputs);
  input.addEventListener('change', clearResult);
  target.addEventListener('change', () => {
    const id = chosenOutput(output);
    const v = id ? parseReaderNumber(target.value, OUTPUTS[id].kind) : undefined;
    if (v === undefined || !Number.isFinite(v) || v < 0) {
      notify([{ key: 'goal', kind: 'malformed', message: notATarget(target.value.slice(0, 40)) }]);
      setTarget(targetValue);
      clearResult();
      return;
    }
    clearNotices('goal');
    setTarget(v);
    clearResult();
  });
  target.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    target.dispatchEvent(new Event('change'));
    run();
  });
  go.addEventListener('click', run);
  drag.addEventListener('keydown', (e) => {
    const f = KEY_FACTORS[e.key];
    if (!f) return;
    e.preventDefault();
    setTarget(targetValue * f);
    run();
  });
  drag.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    drag.setPointerCapture(e.pointerId);
    const start = targetValue;
    const x0 = e.clientX;
    const move = (m: PointerEvent) => {
      setTarget(start * 2 ** ((m.clientX - x0) / PX_PER_DOUBLING));
      run();
    };
    const up = () => {
      drag.removeEventListener('pointermove', move);
      drag.removeEventListener('pointerup', up);
    };
    drag.addEventListener('pointermove', move);
    drag.addEventListener('pointerup', up);
  });
  refreshInputs();
}
