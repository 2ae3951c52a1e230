/** The customization chapter's words: what its outputs mean and where its defaults came from. */
import { assumption, type Origin, type OutputSpec } from '../kit';
import type { CustomizationOutputs } from './compute';
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
