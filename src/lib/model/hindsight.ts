/**
 * Our coin-flip test (the essay's preface gives only 0.5³), applied to the essay: how likely is its record of
 * predictions for someone who guesses right with probability p?
 */
import type { Verdict } from '../verdicts';

/** C(n, k) as a float, exact for the small n used here. */
function choose(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** P(X ≥ k) for X ~ Binomial(n, p). */
export function binomialTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let sum = 0;
  for (let i = k; i <= n; i++) sum += choose(n, i) * p ** i * (1 - p) ** (n - i);
  return Math.min(1, Math.max(0, sum));
}

export interface Tally {
  readonly counts: Readonly<Record<Verdict, number>>;
  /** Predictions with a clean verdict: borne out or not (partly and too early are left out). */
  readonly decided: number;
  readonly hits: number;
  /** P(at least `hits` of `decided`) for a guesser right with probability p; undefined with nothing decided. */
  readonly chance: number | undefined;
}

export function tally(verdicts: readonly Verdict[], p: number): Tally {
  const counts: Record<Verdict, number> = { 'borne-out': 0, partly: 0, 'not-borne-out': 0, 'too-early': 0 };
  for (const v of verdicts) counts[v] += 1;
  const hits = counts['borne-out'];
  const decided = hits + counts['not-borne-out'];
  return { counts, decided, hits, chance: decided === 0 ? undefined : binomialTail(hits, decided, p) };
}

/** How the record compares with a guesser of accuracy p. */
export type RecordJudgement = 'beyond-chance' | 'better' | 'not-better' | 'undecided';
export function judgeRecord(t: Tally, p: number): RecordJudgement {
  if (t.chance === undefined) return 'undecided';
  if (t.chance < 0.05) return 'beyond-chance';
  return t.hits / t.decided > p ? 'better' : 'not-better';
}
