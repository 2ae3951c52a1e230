/**
 * The ids of the essay's predictions: the names of src/content/predictions/*.yaml.
 * Shared links carry them (`judge.<id>=…`), and the link codec checks them on
 * every page without loading the predictions. The build fails when this list
 * and the files differ (src/integrations/validate-content.ts), so adding a
 * prediction means adding its id here too. Never rename one: links carry them.
 */
export const PREDICTION_IDS = [
  'ai-permissions-topic',
  'beyond-gpt4-in-a-year',
  'big-companies-half-behind',
  'completion-to-chat',
  'compute-moat-falls',
  'dense-ceiling-600b',
  'efficiency-60',
  'extreme-20-50t',
  'fp8-lever',
  'gpt4-class-run-3-6m',
  'gpt5-native-multimodal',
  'gpu-prices-fall',
  'large-companies-gpt4-class',
  'llama2-coupling',
  'long-lived-platforms',
  'native-multimodal-in-a-year',
  'openai-api-over-product',
  'params-5-10x-in-a-year',
  'pause-at-10t',
  'runway-custom-shop',
  'ten-trillion-in-a-year',
  'users-not-a-moat',
  'winner-takes-all',
] as const;

export type PredictionId = (typeof PREDICTION_IDS)[number];

export function isPredictionId(id: string): id is PredictionId {
  return (PREDICTION_IDS as readonly string[]).includes(id);
}
