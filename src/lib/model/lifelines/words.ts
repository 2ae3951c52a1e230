/** The lifelines chapter's words: what its outputs mean and where its defaults came from. */
import { assumption, type ChartWords, type Origin, type OutputSpec } from '../kit';
import { formatDuration, formatFraction } from '../../format';
import { ARCHETYPES, survivalAt, type Archetype, type LifelinesOutputs } from './compute';
import type { LifelinesParams } from './inputs';

export const LIFELINES_OUTPUT_WORDS: { readonly [K in keyof LifelinesOutputs]: OutputSpec } = {
  expectedLifelineMonths: {
    chapter: 'lifelines', label: 'expected lifeline', kind: 'months',
    formula: 'months between upgrades ÷ chance one upgrade swallows the product',
  },
  expectedProfitUsd: {
    chapter: 'lifelines', label: 'expected profit over the horizon', kind: 'usd', signed: true,
    formula: 'monthly profit × lifeline × (1 − e^(−horizon ÷ lifeline)) − cost to build',
  },
  paybackMonths: {
    chapter: 'lifelines', label: 'months to pay back the cost to build', kind: 'months',
    formula: 'cost to build ÷ monthly profit',
  },
  paybackChance: {
    chapter: 'lifelines', label: 'chance the product lives long enough to pay back', kind: 'ratio',
    formula: 'e^(−chance of being swallowed × payback months ÷ months between upgrades)',
  },
};

export const LIFELINES_ORIGINS: { readonly [K in keyof LifelinesParams]: Origin } = {
  upgradeIntervalMonths: assumption('the 2023 cadence'),
  subsumeChance: assumption('a poorly chosen direction'),
  buildCostUsd: assumption('a small product'),
  monthlyProfitUsd: assumption('a small product'),
  horizonMonths: assumption('two years'),
};

/** A share of products for a caption: whole per cent, and "under 1%" rather than spurious precision. */
function formatShare(v: number): string {
  if (!Number.isFinite(v)) return formatFraction(v);
  if (v > 0 && v < 0.01) return 'under 1%';
  return `${Math.round(v * 100)}%`;
}

/** The essay's three common lifelines, in words (its well-chosen direction is none of them: "very long"). */
const ARCHETYPE_LABELS: Readonly<Record<Archetype, string>> = {
  wrapper: 'Poorly chosen direction',
  coupling: 'Deep coupling',
  longest: 'Longest common span',
};
export const YOUR_PRODUCT = 'Your product';

export interface SurvivalPoint {
  readonly month: number;
  readonly alive: number;
  readonly series: string;
}

/** Survival curves: the essay's three archetypes, and the reader's product when it differs. */
function survivalSeries(p: LifelinesParams): SurvivalPoint[] {
  const kinds: { label: string; subsumeChance: number }[] = ARCHETYPES.map((a) => ({ label: ARCHETYPE_LABELS[a.id], subsumeChance: a.subsumeChance }));
  if (!ARCHETYPES.some((a) => a.subsumeChance === p.subsumeChance)) kinds.push({ label: YOUR_PRODUCT, subsumeChance: p.subsumeChance });
  const steps = 48;
  return kinds.flatMap((k) =>
    Array.from({ length: steps + 1 }, (_, i) => {
      const month = (p.horizonMonths * i) / steps;
      return { month, alive: survivalAt({ upgradeIntervalMonths: p.upgradeIntervalMonths, subsumeChance: k.subsumeChance }, month), series: k.label };
    }),
  );
}

export const LIFELINES_CHARTS = {
  survival: {
    title: 'How many products are still alive, month by month',
    rows: survivalSeries,
    takeaway(p, _o, curves) {
      const alive = (label: string) => curves.filter((c) => c.series === label).at(-1)?.alive ?? Number.NaN;
      const labels = [...new Set(curves.map((c) => c.series))];
      const best = labels.reduce((a, b) => (alive(b) > alive(a) ? b : a));
      const worst = labels.reduce((a, b) => (alive(b) < alive(a) ? b : a));
      const a = (label: string) => (label === YOUR_PRODUCT ? 'your product' : `a product of the ${label.toLowerCase()} kind`);
      return `After ${p.horizonMonths} months ${a(worst)} is still alive with odds of ${formatFraction(alive(worst))}; ${a(best)}, ${formatFraction(alive(best))}.`;
    },
    describe(p, _o, curves) {
      const last = (label: string) => curves.filter((c) => c.series === label).at(-1)?.alive ?? Number.NaN;
      const labels = [...new Set(curves.map((c) => c.series))];
      return `Falling curves over ${formatDuration(p.horizonMonths, 'months')}, with an upgrade every ${formatDuration(p.upgradeIntervalMonths, 'months')} on average; still alive at the end: ${labels.map((l) => `${l.toLowerCase()} ${formatShare(last(l))}`).join(', ')}.`;
    },
    table(_p, _o, curves) {
      const labels = [...new Set(curves.map((c) => c.series))];
      const months = [...new Set(curves.map((c) => c.month))].filter((_, i) => i % 8 === 0);
      return {
        columns: ['Month', ...labels],
        rows: months.map((m) => [String(Math.round(m)), ...labels.map((l) => formatFraction(curves.find((c) => c.series === l && c.month === m)?.alive ?? Number.NaN))]),
      };
    },
  } satisfies ChartWords<LifelinesParams, LifelinesOutputs, SurvivalPoint[]>,
};
