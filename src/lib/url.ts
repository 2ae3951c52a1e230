/**
 * The scenario in the URL: `?v=1&mfu=0.6&gpu=h100`. Keys are parameter ids;
 * only values that differ from the essay's are written. `v` is the codec's
 * version: a link without it is read as the current version, and RENAMES
 * lets a later version keep older links working.
 */
import { DEFAULTS, PARAM_IDS, isParamId, type Params } from './model/numbers';
import { coerceParam, quote, type Notice } from './validate';
import { PREDICTION_ID, VERDICTS, isVerdict, type Verdict } from './verdicts';
import { VERDICT_LABELS } from './ui/en/essay';
import { isPredictionId } from './prediction-ids';

/** The reader's own verdicts on the essay's predictions, by prediction id. */
export type Judgements = Readonly<Record<string, Verdict>>;
/** Key prefix of a judgement in the query: `judge.efficiency-60=partly`. */
export const JUDGE_PREFIX = 'judge.';

export const URL_VERSION = 1;
export const VERSION_KEY = 'v';

/**
 * Ids renamed since a version: RENAMES[n] maps ids used by links of version n
 * to today's ids. Empty while version 1 is the only one.
 */
const RENAMES: Readonly<Record<number, Readonly<Record<string, string>>>> = {};

/** The shortest exact text of a number: "25000", "0.6", "1e13". */
export function numberToUrl(n: number): string {
  const plain = String(n);
  const exp = n.toExponential().replace('e+', 'e');
  return exp.length < plain.length ? exp : plain;
}

/** The query string (without "?") for a scenario; empty for the essay's own. */
export function encodeScenario(p: Readonly<Params>, judge: Judgements = {}): string {
  const q = new URLSearchParams();
  for (const id of PARAM_IDS) {
    const v = p[id];
    if (v === DEFAULTS[id]) continue;
    q.set(id, typeof v === 'number' ? numberToUrl(v) : v);
  }
  // Only verdicts on predictions that exist, with a valid verdict, are ever written.
  for (const id of Object.keys(judge).sort()) {
    const v = judge[id];
    if (isPredictionId(id) && v !== undefined && isVerdict(v)) q.set(`${JUDGE_PREFIX}${id}`, v);
  }
  if ([...q.keys()].length === 0) return '';
  return `${VERSION_KEY}=${URL_VERSION}&${q.toString()}`;
}

export interface Decoded {
  readonly values: Partial<Params>;
  readonly judge: Judgements;
  readonly notices: readonly Notice[];
}

function renameFor(version: number, key: string): string {
  let id = key;
  for (let v = version; v < URL_VERSION; v++) id = RENAMES[v]?.[id] ?? id;
  return id;
}

/** Reads a query string. Never throws: bad keys and values become notices. */
export function decodeScenario(query: string): Decoded {
  const values: Record<string, unknown> = {};
  const judge: Record<string, Verdict> = {};
  const notices: Notice[] = [];
  let q: URLSearchParams;
  try {
    q = new URLSearchParams(query);
  } catch {
    return { values: {}, judge: {}, notices: [{ key: '', kind: 'malformed', says: ['linkUnreadable'] }] };
  }
  // A key given twice: the first value counts, everywhere, and the reader is told.
  const first = new URLSearchParams();
  const repeated = new Set<string>();
  for (const [key, raw] of q) {
    if (first.has(key)) repeated.add(key);
    else first.append(key, raw);
  }
  for (const key of repeated) {
    notices.push({ key, kind: 'repeated', says: ['repeatedKey', quote(key), quote(first.get(key) ?? '')] });
  }
  q = first;
  let version = URL_VERSION;
  const rawVersion = q.get(VERSION_KEY);
  if (rawVersion !== null) {
    const n = Number(rawVersion);
    if (Number.isInteger(n) && n >= 1 && n <= URL_VERSION) version = n;
    else
      notices.push({
        key: VERSION_KEY,
        kind: 'version',
        says: ['badVersion', quote(rawVersion), URL_VERSION],
      });
  }
  for (const [key, raw] of q) {
    if (key === VERSION_KEY) continue;
    if (key.startsWith(JUDGE_PREFIX)) {
      const claim = key.slice(JUDGE_PREFIX.length);
      const wellFormed = PREDICTION_ID.test(claim) && claim.length <= 80 && isVerdict(raw);
      if (wellFormed && isPredictionId(claim)) judge[claim] = raw;
      else if (wellFormed)
        notices.push({
          key,
          kind: 'unknown',
          says: ['unknownPrediction', quote(claim)],
        });
      else
        notices.push({
          key,
          kind: 'malformed',
          says: ['badVerdict', quote(`${claim} = ${raw}`), VERDICTS.map((v) => VERDICT_LABELS[v])],
        });
      continue;
    }
    const id = renameFor(version, key);
    if (!isParamId(id)) {
      notices.push({ key, kind: 'unknown', says: ['unknownSetting', quote(key)] });
      continue;
    }
    const result = coerceParam(id, raw, key);
    if (result.ok) values[id] = result.value;
    if (result.notice) notices.push(result.notice);
  }
  return { values: values as Partial<Params>, judge, notices };
}

