/** The customization chapter's words: what its outputs mean and where its defaults came from. */
import { assumption, orNaN, type ChartWords, type Origin, type OutputSpec } from '../kit';
import { formatCount, formatDuration, formatFactor, formatFraction, formatUsd } from '../../format';
import { apiMonthlyAt, customMonthlyAt, type CustomizationOutputs } from './compute';
import type { CustomizationParams } from './inputs';

export const CUSTOMIZATION_OUTPUT_WORDS: { readonly [K in keyof CustomizationOutputs]: OutputSpec } = {
  apiMonthlyUsd: {
    chapter: 'customization', label: 'the frontier API per month', kind: 'usd',
    formula: 'tokens per month ÷ 1M × API price per 1M tokens',
  },
  customFixedUsd: {
    chapter: 'customization', label: 'fixed cost of a custom model', kind: 'usd',
    formula: "data + one attempt ÷ chance an attempt succeeds + team cost over the model's life",
  },
  customMonthlyUsd: {
    chapter: 'customization', label: 'a custom model per month', kind: 'usd',
    formula: "fixed cost ÷ the model's life in months + tokens per month ÷ 1M × serving cost per 1M tokens",
  },
  customToApiRatio: {
    chapter: 'customization', label: 'custom model against the API', kind: 'factor',
    formula: 'custom model per month ÷ API per month',
  },
  breakEvenMonthlyTokens: {
    chapter: 'customization', label: 'volume at which the custom model breaks even', kind: 'count', unit: 'tokens a month',
    formula: "(fixed cost ÷ life in months) ÷ ((API price − serving cost) per token)",
  },
};

export const CUSTOMIZATION_ORIGINS: { readonly [K in keyof CustomizationParams]: Origin } = {
  monthlyTokens: assumption('a mid-sized product'),
  apiPricePerMTokUsd: assumption("blend of GPT-4 8K's 2023 list prices, $30 per 1M input and $60 per 1M output tokens"),
  customServingPerMTokUsd: assumption('self-hosted serving'),
  customTeamUsdPerYear: assumption('a small team'),
  customDataUsd: assumption('one data set'),
  fineTuneRunUsd: assumption('one attempt'),
  fineTuneSuccessChance: assumption('most attempts fall short'),
  customLifeMonths: assumption("the deep-coupling lifeline of the lifelines chapter"),
};

/** Monthly volumes along the customization chart's x-axis (1M to 10T tokens, log-spaced). */
const VOLUME_GRID = Array.from({ length: 29 }, (_, i) => 10 ** (6 + i / 4));

export const SERIES = { api: 'Frontier API', custom: 'Custom model' } as const;

export interface CostPoint {
  readonly tokens: number;
  readonly usd: number;
  readonly series: (typeof SERIES)[keyof typeof SERIES];
}

export const CUSTOMIZATION_CHARTS = {
  customVsApi: {
    title: 'Monthly cost of a frontier API and of a custom model, by volume',
    rows: (p) =>
      VOLUME_GRID.flatMap((tokens): CostPoint[] => [
        { tokens, usd: apiMonthlyAt(p, tokens), series: SERIES.api },
        { tokens, usd: customMonthlyAt(p, tokens), series: SERIES.custom },
      ]),
    takeaway(_p, o) {
      const be = o.breakEvenMonthlyTokens;
      const ratio = orNaN(o.customMonthlyUsd) / orNaN(o.apiMonthlyUsd);
      const here = ratio >= 1 ? `at your volume the custom model costs ${formatFactor(ratio)} the API` : `at your volume the custom model costs ${formatFraction(ratio)} of the API`;
      return typeof be === 'number' ? `The API is cheaper below ${formatCount(be)} tokens a month; ${here}.` : `The API is cheaper at every volume; ${here}.`;
    },
    describe(p, o) {
      const be = o.breakEvenMonthlyTokens;
      const where = typeof be === 'number' ? `The lines cross at ${formatCount(be)} tokens a month.` : 'The lines never cross: the custom model costs more per token to serve.';
      return `Two lines on log scales. The API’s cost rises in step with volume; the custom model’s starts from its fixed cost of ${formatUsd(orNaN(o.customFixedUsd))} spread over ${formatDuration(p.customLifeMonths, 'months')}. ${where} At your ${formatCount(p.monthlyTokens)} tokens a month the API costs ${formatUsd(orNaN(o.apiMonthlyUsd))} and the custom model ${formatUsd(orNaN(o.customMonthlyUsd))}.`;
    },
    table: (p) => ({
      columns: ['Tokens a month', SERIES.api, SERIES.custom],
      rows: VOLUME_GRID.filter((_, i) => i % 4 === 0).map((t) => [formatCount(t), formatUsd(apiMonthlyAt(p, t)), formatUsd(customMonthlyAt(p, t))]),
    }),
  } satisfies ChartWords<CustomizationParams, CustomizationOutputs, CostPoint[]>,
};
