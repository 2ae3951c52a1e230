/** The parameters a reader has changed from the essay's values. */
import { DEFAULTS, PARAMS, PARAM_IDS, type ParamId, type Params } from '../model/numbers';
import { isEnumSpec } from '../model/kit';
import { formatValue } from '../format';

export interface Change {
  readonly id: ParamId;
  readonly label: string;
  readonly essay: string;
  readonly yours: string;
}

/** A parameter's value as the page shows it. */
export function showParam(id: ParamId, value: Params[ParamId]): string {
  const spec = PARAMS[id];
  if (isEnumSpec(spec)) return (spec.optionLabels as Record<string, string>)[value as string] ?? String(value);
  return formatValue(spec.kind, value as number);
}

/**
 * The changed parameters: label, the essay's value and the reader's. (Their
 * origins live in param-origins.ts, which the first script does without.)
 */
export function changedParams(p: Params): Change[] {
  return PARAM_IDS.filter((id) => p[id] !== DEFAULTS[id]).map((id) => ({
    id,
    label: PARAMS[id].label,
    essay: showParam(id, DEFAULTS[id]),
    yours: showParam(id, p[id]),
  }));
}
