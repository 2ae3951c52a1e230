/**
 * The customization chapter: a frontier API against a custom fine-tuned model,
 * month by month, and the volume at which the custom model pays off.
 */
import { finiteOr, stateOf, undefinedBecause, yesNo, type ConclusionSpec, type OutputValue } from '../kit';
import type { CustomizationParams } from './inputs';

export interface CustomizationOutputs {
  apiMonthlyUsd: OutputValue;
  customFixedUsd: OutputValue;
  customMonthlyUsd: OutputValue;
  customToApiRatio: OutputValue;
  breakEvenMonthlyTokens: OutputValue;
}

const POSITIVE = 'the chance of success and the lifetime must be above zero';

/** Monthly cost of the API at a volume of tokens. */
export function apiMonthlyAt(p: CustomizationParams, tokens: number): number {
  return (tokens / 1e6) * p.apiPricePerMTokUsd;
}

/** Fixed cost of a custom model: data, the attempts until one succeeds, the team for its life. */
export function customFixed(p: CustomizationParams): number {
  return p.customDataUsd + p.fineTuneRunUsd / p.fineTuneSuccessChance + (p.customTeamUsdPerYear * p.customLifeMonths) / 12;
}

/** Monthly cost of a custom model at a volume of tokens, its fixed cost spread over its life. */
export function customMonthlyAt(p: CustomizationParams, tokens: number): number {
  return customFixed(p) / p.customLifeMonths + (tokens / 1e6) * p.customServingPerMTokUsd;
}

export function customization(p: CustomizationParams): CustomizationOutputs {
  const apiMonthlyUsd = apiMonthlyAt(p, p.monthlyTokens);
  const customMonthlyUsd = customMonthlyAt(p, p.monthlyTokens);
  const margin = (p.apiPricePerMTokUsd - p.customServingPerMTokUsd) / 1e6;
  return {
    apiMonthlyUsd: finiteOr(apiMonthlyUsd, POSITIVE),
    customFixedUsd: finiteOr(customFixed(p), POSITIVE),
    customMonthlyUsd: finiteOr(customMonthlyUsd, POSITIVE),
    customToApiRatio: finiteOr(customMonthlyUsd / apiMonthlyUsd, POSITIVE),
    breakEvenMonthlyTokens:
      margin <= 0
        ? undefinedBecause('there is no break-even volume: serving your own model costs as much per token as the API, or more')
        : finiteOr(customFixed(p) / p.customLifeMonths / margin, POSITIVE),
  };
}

export const CUSTOMIZATION_CONCLUSIONS = {
  /** Whether a custom model is cheaper than the API per month. */
  customPaysOff: {
    chapter: 'customization',
    states: ['true', 'false'],
    decide: (_p, o) => stateOf(o.customMonthlyUsd, (custom) => stateOf(o.apiMonthlyUsd, (api) => yesNo(custom < api))),
  } satisfies ConclusionSpec<'true' | 'false', CustomizationParams, CustomizationOutputs>,
};
