/**
 * The reader's scenario as nanostores: one atom per parameter, and computed
 * stores for outputs and conclusions. At build time the atoms hold the
 * essay's defaults, so components render the default numbers into the HTML.
 * Changes go through the actions below, which validate every value.
 */
import { DEFAULTS, PARAM_IDS, isParamId, type ParamId, type Params, computeOutputs, type OutputId, type Outputs, decideConclusions, type ConclusionId, type Conclusions } from '../lib/model/numbers';
import type { OutputValue } from '../lib/model/kit';
import { atom, batch, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import { PRESETS, type PresetId } from '../lib/presets';
import { coerceParam, type Notice } from '../lib/validate';
import type { Decoded, Judgements } from '../lib/url';
import type { Verdict } from '../lib/verdicts';
import { AS_IN_ESSAY, changedCount, withVerdicts } from '../lib/ui/en/essay';

type ParamAtoms = { [K in ParamId]: WritableAtom<Params[K]> };

export const $param = Object.fromEntries(PARAM_IDS.map((id) => [id, atom(DEFAULTS[id])])) as ParamAtoms;

export const $params: ReadableAtom<Params> = computed(
  PARAM_IDS.map((id) => $param[id]),
  (...values: unknown[]) => Object.fromEntries(PARAM_IDS.map((id, i) => [id, values[i]])) as Params,
);

export const $outputs: ReadableAtom<Outputs> = computed($params, computeOutputs);
export const $conclusions: ReadableAtom<Conclusions> = computed([$params, $outputs], decideConclusions);

/** The reader's own verdicts on the essay's predictions (the hindsight page), by prediction id. */
export const $judge = atom<Judgements>({});

export function setJudgement(id: string, verdict: Verdict | undefined): void {
  const next = { ...$judge.get() };
  if (verdict === undefined) delete next[id];
  else next[id] = verdict;
  $judge.set(next);
}

/** Notices for the reader about values that were clamped or dropped (the bar orders and shortens them). */
export const $notices = atom<readonly Notice[]>([]);

/** How many notices are kept; the bar shows a few and says how many more there are. */
const KEEP_NOTICES = 200;

export function notify(notices: readonly Notice[]): void {
  if (notices.length === 0) return;
  // The same notice twice (a link read again, a value typed again) is shown once.
  const seen = new Set($notices.get().map((n) => JSON.stringify(n)));
  const fresh = notices.filter((n) => {
    const id = JSON.stringify(n);
    return !seen.has(id) && seen.add(id);
  });
  if (fresh.length > 0) $notices.set([...$notices.get(), ...fresh].slice(0, KEEP_NOTICES));
}

/** Drops the notices about one key (its cause has been fixed). */
export function clearNotices(key: string): void {
  const list = $notices.get();
  if (list.some((n) => n.key === key)) $notices.set(list.filter((n) => n.key !== key));
}

export function dismissNotices(): void {
  $notices.set([]);
}

const outputStores = new Map<OutputId, ReadableAtom<OutputValue>>();
/** A store for one output; it notifies only when that output changes. */
export function outputStore(id: OutputId): ReadableAtom<OutputValue> {
  let s = outputStores.get(id);
  if (!s) {
    s = computed($outputs, (o) => o[id]);
    outputStores.set(id, s);
  }
  return s;
}

const conclusionStores = new Map<ConclusionId, ReadableAtom<string>>();
export function conclusionStore(id: ConclusionId): ReadableAtom<string> {
  let s = conclusionStores.get(id);
  if (!s) {
    s = computed($conclusions, (c) => c[id]);
    conclusionStores.set(id, s);
  }
  return s;
}

function write<K extends ParamId>(id: K, value: Params[K]): void {
  if ($param[id].get() !== value) $param[id].set(value);
}

/**
 * Sets a parameter from untrusted input; clamps or refuses it with a notice
 * (quoting `typed`, what the reader typed, when given). A value taken as it is
 * clears the earlier notices about that parameter. Returns whether it was set.
 */
export function setParam(id: string, raw: unknown, typed?: string): boolean {
  if (!isParamId(id)) return false;
  const result = coerceParam(id, raw, id, typed);
  if (result.notice) notify([result.notice]);
  else clearNotices(id);
  if (!result.ok) return false;
  write(id, result.value as Params[typeof id]);
  return true;
}

/** Sets many parameters as one change (a preset, a link): the page updates once; the rest keep their values. */
export function setParams(values: Partial<Params>): void {
  batch(() => {
    for (const id of PARAM_IDS) {
      const v = values[id];
      if (v !== undefined) setParam(id, v);
    }
  });
}

export function resetParam(id: ParamId): void {
  write(id, DEFAULTS[id]);
}

/** Back to the essay's numbers, as one change. The reader's verdicts stay. */
export function resetParams(): void {
  batch(() => {
    for (const id of PARAM_IDS) resetParam(id);
  });
}

/** Back to the essay's numbers and the site's verdicts, as one change. */
export function resetAll(): void {
  batch(() => {
    resetParams();
    if (Object.keys($judge.get()).length > 0) $judge.set({});
  });
}

/** A preset, as one change: the essay's numbers, then the preset's own values. The reader's verdicts stay. */
export function applyPreset(id: PresetId): void {
  batch(() => {
    resetParams();
    setParams(PRESETS[id].values);
  });
}

/**
 * A whole scenario read from a link or a saved file, as one change: its
 * numbers over the essay's, its verdicts instead of the reader's, and its notices.
 */
export function openScenario(decoded: Decoded): void {
  batch(() => {
    resetParams();
    setParams(decoded.values);
    $judge.set(decoded.judge);
  });
  notify(decoded.notices);
}

/** Whether the numbers are the essay's own. */
export const isEssay = (p: Params): boolean => PARAM_IDS.every((id) => p[id] === DEFAULTS[id]);

/** Which preset the scenario matches exactly, if any. */
export function matchingPreset(p: Params): PresetId | undefined {
  return (Object.keys(PRESETS) as PresetId[]).find((id) => {
    const values: Partial<Params> = PRESETS[id].values;
    return PARAM_IDS.every((k) => p[k] === (values[k] ?? DEFAULTS[k]));
  });
}

/** The scenario bar's name for a scenario: a preset's name, or how many numbers changed; and the reader's verdicts. */
export function scenarioName(p: Params, judge: Judgements): string {
  const match = matchingPreset(p);
  const n = PARAM_IDS.filter((id) => p[id] !== DEFAULTS[id]).length;
  // Short enough for the one-row bar on a phone: the preset's name, or how many numbers differ.
  const numbers = match === undefined ? changedCount(n) : match === 'essay' ? AS_IN_ESSAY : PRESETS[match].label;
  const verdicts = Object.keys(judge).length;
  return verdicts === 0 ? numbers : withVerdicts(numbers, verdicts);
}
