// A parameter's spec that cannot work stops the build, naming the chapter's inputs file and the id.
import { describe, expect, it } from 'vitest';
import { checkInputs, inputMistakes } from '../../src/lib/model/check';
import { PARAMS } from '../../src/lib/model/numbers';
import type { ParamSpec } from '../../src/lib/model/kit';

const base = { chapter: 'lifelines', label: 'x', kind: 'ratio', default: 0.5, min: 0, max: 1, step: 0.01, scale: 'linear' } as const satisfies ParamSpec;

describe('the parameters’ specs', () => {
  it('are all sound', () => {
    expect(inputMistakes(PARAMS)).toEqual([]);
  });

  it('refuse a default outside the range, a step not above zero, a log scale from zero, an unknown choice', () => {
    expect(
      inputMistakes({
        subsumeChance: { ...base, default: 1.5 },
        buildCostUsd: { ...base, step: 0 },
        horizonMonths: { ...base, scale: 'log' },
        gpu: { chapter: 'arithmetic', label: 'GPU', kind: 'enum', options: ['a100'], optionLabels: { a100: 'A100' }, default: 'tpu' as 'a100' },
      }),
    ).toEqual([
      'src/lib/model/lifelines/inputs.ts: parameter "subsumeChance": its default 1.5 lies outside its range, 0 to 1. Change the default or widen the range.',
      'src/lib/model/lifelines/inputs.ts: parameter "buildCostUsd": its step is 0; a step must be above zero (the smallest meaningful change, such as 0.01 or 1).',
      "src/lib/model/lifelines/inputs.ts: parameter \"horizonMonths\": a log scale cannot start at 0; set min above zero, or use scale: 'linear'.",
      'src/lib/model/arithmetic/inputs.ts: parameter "gpu": its default "tpu" is not one of its options. Set it to one of: a100.',
    ]);
    expect(() => checkInputs({ subsumeChance: { ...base, default: -1 } })).toThrow(/lifelines\/inputs\.ts: parameter "subsumeChance": its default -1 lies outside/);
  });
});
