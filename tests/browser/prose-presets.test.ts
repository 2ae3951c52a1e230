// The words follow the numbers: every chapter under every preset and a few
// extreme scenarios that change what it shows, read as a reader sees it, with no
// contradiction between a sentence and the numbers in it (see tests/support/prose.ts
// for the list).
import { describe, expect, it } from 'vitest';
import { pageErrors, reusedTab, useBrowser } from '../support/browser';
import { readPage } from '../support/dist';
import { contradictions, loadScenario, movesPage, presetScenario, readProse, unknownParams, type ProseScenario } from '../support/prose';

const browser = useBrowser();

/**
 * The pages checked, by path, listed one by one as their prose is made to
 * follow the numbers: home and arithmetic join when they are rewritten, and
 * the branch that retells customization, multimodal, lifelines and moats adds
 * those chapters to this list.
 */
const CHAPTERS = ['', 'arithmetic/', 'rockets/', 'customization/', 'multimodal/', 'lifelines/', 'moats/'] as const;

const SCENARIOS: readonly ProseScenario[] = [
  { name: 'the essay', values: {} },
  presetScenario('deepseek-v3', /DeepSeek/),
  presetScenario('llama-3.1-405b', /Llama/),
  { name: 'one expert (a dense model)', values: { expertCount: 1, expertParams: 280e9 }, subject: /\byour\b|\bthis (model|run)\b/i },
  { name: 'efficiency already at the improved target (a factor of 1)', values: { mfu: 0.6 } },
  { name: 'no gain from parameters, dearer hardware', values: { paramEfficiencyGain: 1, leverGpuHourUsd: 20 } },
  { name: 'a single GPU', values: { gpuCount: 1 } },
  { name: 'a million GPUs at the lowest price', values: { gpuCount: 1e6, gpuHourUsd: 0.1 } },
  { name: 'the smallest rounds', values: { largestRoundCny: 1e6, typicalRoundCny: 1e6 } },
  { name: 'huge rounds', values: { largestRoundCny: 1e10, typicalRoundCny: 1e9 } },
  { name: 'rounds of zero (clamped)', values: { largestRoundCny: 0, typicalRoundCny: 0 } },
  { name: 'a cheap GPT-4 and an efficient challenger', values: { gpt4CostUsd: 1e6, challengerEfficiency: 0.9 } },
  { name: 'a wasteful challenger', values: { challengerEfficiency: 0.05 } },
  { name: 'one wrong call at near-certain accuracy', values: { wrongStreak: 1, guessAccuracy: 0.99 } },
  { name: 'ten wrong calls at the worst accuracy', values: { wrongStreak: 10, guessAccuracy: 0.01 } },
  // Customization, multimodal, lifelines and moats: each of their conclusions in each state, and the edges of their inputs.
  { name: 'a custom model cheaper than the API', values: { monthlyTokens: 1e12 } },
  { name: 'an API no dearer than serving your own model', values: { apiPricePerMTokUsd: 1, customServingPerMTokUsd: 2 } },
  { name: 'one-month lives, cadences and horizons', values: { customLifeMonths: 1, upgradeIntervalMonths: 1, horizonMonths: 1 } },
  { name: 'a vision part too big for the room', values: { visionModuleMultiple: 1000, imageModelParams: 1e12 } },
  { name: 'a product that is always swallowed and never pays', values: { subsumeChance: 1, monthlyProfitUsd: 0 } },
  { name: 'a very long lifeline', values: { subsumeChance: 0.01, upgradeIntervalMonths: 24 } },
  { name: 'a lead that moves most users', values: { qualityGapPct: 60 } },
  { name: 'levers that make nothing cheaper', values: { targetMfu: 0.05, kernelSpeedup: 1, paramEfficiencyGain: 1 } },
  { name: 'every moat answered', values: { moatCompute: 'partly', moatUsers: 'yes', moatPerformance: 'no', moatFineTuning: 'no', moatData: 'partly', moatReputation: 'unsure', moatEcosystem: 'yes' } },
  { name: 'one moat answered', values: { moatUsers: 'no' } },
];

/**
 * A page is loaded under the essay's numbers and under each scenario that changes something it
 * shows (an input, an output, a conclusion or a chart's words: `movesPage`, computed from the built
 * page with the model). Under any other scenario the page can show only the essay's sentences,
 * which its first visit reads; loading it again would check nothing new. When this was written that
 * left 47 of 175 visits, and each of the other 128, loaded once to check the rule, showed the
 * essay's text block for block.
 */
const VISITS = CHAPTERS.map((path) => {
  const moves = movesPage(readPage(path));
  return [path, SCENARIOS.filter((s) => Object.keys(s.values).length === 0 || moves(s))] as const;
});

describe('the prose follows the numbers', () => {
  it('names only parameters the model has', () => {
    expect(unknownParams(SCENARIOS)).toEqual([]);
  });

  it('loads every scenario on at least one page, and a page only under scenarios that change what it shows', () => {
    const unused = SCENARIOS.filter((s) => !VISITS.some(([, list]) => list.includes(s))).map((s) => s.name);
    expect(unused).toEqual([]);
    const names = (path: string) => VISITS.find(([p]) => p === path)?.[1].map((s) => s.name) ?? [];
    // The rounds are the rockets chapter's and the cost of the run the arithmetic's; the custom model's
    // volume of tokens is the customization chapter's alone.
    expect(names('rockets/')).toContain('the smallest rounds');
    expect(names('arithmetic/')).not.toContain('the smallest rounds');
    expect(names('arithmetic/')).toContain('a single GPU');
    expect(names('customization/')).toContain('a custom model cheaper than the API');
    expect(names('rockets/')).not.toContain('a custom model cheaper than the API');
  });

  // What the visits above leave out: a page under a link whose values it does not show. One visit
  // per page under every scenario's values at once (a later scenario's value for the same number
  // wins) checks that such a link neither breaks the page nor puts a number that is not one on it.
  describe('every scenario at once', () => {
    const all: ProseScenario = { name: 'every scenario at once', values: Object.assign({}, ...SCENARIOS.map((s) => s.values)) };
    const tab = reusedTab(browser);

    it.each([...CHAPTERS, 'hindsight/'])('/%s loads without an error or a non-finite number', async (path) => {
      const page = await loadScenario(tab, path, all);
      expect(await page.locator('main').innerText()).not.toMatch(/\bNaN\b|Infinity/);
      expect(pageErrors(page)).toEqual([]);
    });
  });

  describe.each(VISITS)('page /%s', (path, scenarios) => {
    // One tab per page, loaded afresh for each scenario: a scenario arrives by its link, as a reader's would.
    const tab = reusedTab(browser);

    it.each(scenarios.map((s) => [s.name, s] as const))('under %s', async (_name, scenario) => {
      const page = await loadScenario(tab, path, scenario);
      const prose = await readProse(page);
      expect(prose.blocks.length).toBeGreaterThan(3);
      expect(contradictions(prose, scenario)).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
    });
  });
});
