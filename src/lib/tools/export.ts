/**
 * Keeping a scenario: as JSON (which opens again through the URL codec, so
 * a saved file is validated like a link), all outputs as CSV, and a citation
 * for one number.
 */
import { DEFAULTS, PARAM_IDS, type Params, OUTPUT_IDS, computeOutputs, type OutputId } from '../model/numbers';
import { OUTPUTS } from '../model/words';
import { isDefined } from '../model/kit';
import { capitalize, formatValue } from '../format';
import { JUDGE_PREFIX, decodeScenario, encodeScenario, URL_VERSION, type Decoded, type Judgements } from '../url';
import { SOURCES } from '../sources';
import { CSV_COLUMNS, FILE_NOT_JSON, FILE_NOT_OURS, FILE_NO_SETTINGS, citationNotDefined, citationOf, csvNotDefined } from '../ui/en/tools';

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
    return { values: {}, judge: {}, notices: [{ key: 'file', kind: 'malformed', message: FILE_NOT_JSON }] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== SCENARIO_FORMAT) {
    return { values: {}, judge: {}, notices: [{ key: 'file', kind: 'malformed', message: FILE_NOT_OURS }] };
  }
  const { query, params, judge } = data as { query?: unknown; params?: unknown; judge?: unknown };
  if (typeof query === 'string') return decodeScenario(query);
  // No query (a file written by hand or by another tool): read its `params` and `judge` blocks the same way.
  const q = new URLSearchParams();
  const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  if (isRecord(params)) for (const [k, v] of Object.entries(params)) q.append(k, String(v));
  if (isRecord(judge)) for (const [k, v] of Object.entries(judge)) q.append(`${JUDGE_PREFIX}${k}`, String(v));
  if ([...q.keys()].length === 0) {
    return { values: {}, judge: {}, notices: [{ key: 'file', kind: 'malformed', message: FILE_NO_SETTINGS }] };
  }
  return decodeScenario(q.toString());
}

/** A CSV cell: quoted when needed, and never read by a spreadsheet as a formula (= + - @ tab or return first). */
function csvCell(s: string): string {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function outputsCsv(p: Params): string {
  const o = computeOutputs(p);
  const rows = [[...CSV_COLUMNS]];
  for (const id of OUTPUT_IDS) {
    const v = o[id];
    const spec = OUTPUTS[id];
    rows.push([id, spec.label, spec.chapter, isDefined(v) ? String(v) : '', isDefined(v) ? formatValue(spec.kind, v) : csvNotDefined(v.undefinedBecause), spec.formula]);
  }
  // The byte-order mark tells spreadsheets the file is UTF-8 (×, ÷, ’ and — stay readable).
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;
}

/** A sentence to paste into a document: the value, how it was computed, the link and the date. */
export function citation(p: Params, id: OutputId, url: string, date: string): string {
  const v = computeOutputs(p)[id];
  const spec = OUTPUTS[id];
  const value = isDefined(v) ? formatValue(spec.kind, v) : citationNotDefined(v.undefinedBecause);
  const essay = SOURCES['original-essay'];
  return citationOf(capitalize(spec.label), value, spec.formula, essay, url, date);
}
