/**
 * The reader's scenario as nanostores: one atom per parameter, and computed
 * stores for outputs and conclusions. At build time the atoms hold the
 * essay's defaults, so components render the default numbers into the HTML.
 * Changes go through the actions below, which validate every value.
 */
import { DEFAULTS, PARAM_IDS, isParamId, type ParamId, type Params, computeOutputs, type OutputId, type Outputs, decideConclusions, type ConclusionId, type Conclusions } from '../lib/model/numbers';
import type { OutputValue } from '../lib/model/kit';
import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import { PRESETS, type PresetId } from '../lib/presets';
import { coerceParam, type Notice } from '../lib/validate';
import type { Judgements } from '../lib/url';
import type { Verdict } from '../lib/verdicts';

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

/** Notices for the reader about values that were clamped or dropped. */
export const $notices = atom<readonly Notice[]>([]);

export function notify(notices: readonly Notice[]): void {
  if (notices.length > 0) $notices.set([...$notices.get(), ...notices].slice(-5));
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

/** Sets a parameter from untrusted input; clamps or refuses it with a notice. Returns whether it was set. */
export function setParam(id: string, raw: unknown): boolean {
  if (!isParamId(id)) return false;
  const result = coerceParam(id, raw);
  if (result.notice) notify([result.notice]);
  if (!result.ok) return false;
  write(id, result.value as Params[typeof id]);
  return true;
}

/** Sets many parameters at once (a preset, a link); the rest keep their values. */
export function setParams(values: Partial<Params>): void {
  for (const id of PARAM_IDS) {
    const v = values[id];
    if (v !== undefined) setParam(id, v);
  }
}

export function resetParam(id: ParamId): void {
  write(id, DEFAULTS[id]);
}

/** Back to the essay's numbers (and the site's verdicts). */
export function resetAll(): void {
  for (const id of PARAM_IDS) resetParam(id);
  if (Object.keys($judge.get()).length > 0) $judge.set({});
}

/** A preset: the essay's numbers, then the preset's own values. */
export function applyPreset(id: PresetId): void {
  resetAll();
  setParams(PRESETS[id].values);
}

/** Which preset the scenario matches exactly, if any. */
export function matchingPreset(p: Params): PresetId | undefined {
  return (Object.keys(PRESETS) as PresetId[]).find((id) => {
    const values: Partial<Params> = PRESETS[id].values;
    return PARAM_IDS.every((k) => p[k] === (values[k] ?? DEFAULTS[k]));
  });
}
