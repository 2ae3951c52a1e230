/**
 * Keeping a scenario: as JSON (which opens again through the URL codec, so
 * a saved file is validated like a link), all outputs as CSV, and a citation
 * for one number.
 */
import { DEFAULTS, PARAM_IDS, type Params, OUTPUT_IDS, computeOutputs, type OutputId } from '../model/numbers';
import { OUTPUTS } from '../model/words';
import { isDefined } from '../model/kit';
import { formatValue } from '../format';
import { decodeScenario, encodeScenario, URL_VERSION, type Decoded, type Judgements } from '../url';
import { SOURCES } from '../sources';

export const SCENARIO_FORMAT = 'almost-september-scenario';

export function scenarioJson(p: Params, judge: Judgements, url: string, savedAt: string): string {
  const changed = Object.fromEntries(PARAM_IDS.filter((id) => p[id] !== DEFAULTS[id]).map((id) => [id, p[id]]));
  return `${JSON.stringify({ format: SCENARIO_FORMAT, version: URL_VERSION, savedAt, url, query: encodeScenario(p, judge), params: changed, judge }, null, 2)}\n`;
}

/** Reads a saved scenario. Never throws: anything unreadable becomes a notice. */
export function readScenarioJson(text: string): Decoded {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { values: {}, judge: {}, notices: [{ key: 'file', kind: 'malformed', message: 'That file is not a saved scenario (it is not JSON), so nothing was changed.' }] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SCENARIO_FORMAT) {
    return { values: {}, judge: {}, notices: [{ key: 'file', kind: 'malformed', message: 'That file is not a scenario saved from this site, so nothing was changed.' }] };
  }
  const query = (data as { query?: unknown }).query;
  return decodeScenario(typeof query === 'string' ? query : '');
}

function csvCell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function outputsCsv(p: Params): string {
  const o = computeOutputs(p);
  const rows = [['id', 'label', 'chapter', 'value', 'shown as', 'formula']];
  for (const id of OUTPUT_IDS) {
    const v = o[id];
    const spec = OUTPUTS[id];
    rows.push([id, spec.label, spec.chapter, isDefined(v) ? String(v) : '', isDefined(v) ? formatValue(spec.kind, v) : `undefined: ${v.undefinedBecause}`, spec.formula]);
  }
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

/** A sentence to paste into a document: the value, how it was computed, the link and the date. */
export function citation(p: Params, id: OutputId, url: string, date: string): string {
  const v = computeOutputs(p)[id];
  const spec = OUTPUTS[id];
  const value = isDefined(v) ? formatValue(spec.kind, v) : `not defined (${v.undefinedBecause})`;
  const essay = SOURCES['original-essay'];
  return `${spec.label[0]?.toUpperCase()}${spec.label.slice(1)}: ${value}. Computed as ${spec.formula}, in “Almost September, explored”, an explorable retelling of “${essay.title}” by ${essay.publisher} (${essay.date}); scenario at ${url} (accessed ${date}).`;
}
