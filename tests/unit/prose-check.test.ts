// The prose checker of tests/support/prose.ts finds what it claims to find.
import { describe, expect, it } from 'vitest';
import { contradictions, sentences, type PageProse, type ProseScenario } from '../support/prose';
import { DEFAULTS, computeOutputs } from '../../src/lib/model/numbers';

const essay: ProseScenario = { name: 'essay', values: {} };
const deepseek: ProseScenario = { name: 'deepseek', values: { activeParams: 37e9 }, subject: /DeepSeek/ };
const one = (text: string, outputs: PageProse['blocks'][number]['outputs'] = []): PageProse => ({ blocks: [{ text, outputs }], badConclusions: [] });

describe('contradictions()', () => {
  it('passes clean prose', () => {
    expect(contradictions(one('The run takes 1 expert and 2 GPUs. It costs about $5M, less than the essay’s figure.'), essay)).toEqual([]);
  });

  it.each([
    ['The cluster has 1 experts.', 'plural after 1'],
    ['That is 10× times the cost.', '× times'],
    ['It costs 1.14× more than before.', '× more than'],
    ['Efficiency rises by 1× and the cost falls.', 'factor of 1'],
    ['The price falls by 0% this year.', 'change of 0%'],
    ['The bill is NaN dollars.', 'broken value'],
    ['The bill is -$5M.', 'negative amount'],
    ['You agreed with 0 of 0 answers.', '0 of 0'],
    ['It is the the largest round.', 'doubled word'],
    ['At this pace the three buttons give back the essay’s lifelines exactly.', 'calls a lifeline exact'],
    ['A well-chosen direction lasts 12 months.', 'ties the well-chosen direction'],
    ['So far you have answered 0 of the seven candidates.', 'counts the reader’s answers'],
  ])('flags “%s” (%s)', (text, why) => {
    const found = contradictions(one(text), essay);
    expect(found.length).toBe(1);
    expect(found[0]).toContain(why.split(' ')[0]);
  });

  it('flags a claim of closeness to the essay that the number does not bear out', () => {
    const essayCost = computeOutputs({ ...DEFAULTS }).trainingCostUsd as number;
    const outputs = [{ id: 'trainingCostUsd', value: essayCost / 12, text: '$5.4M' }];
    expect(contradictions(one('The bill, $5.4M, is close to the essay’s estimate.', outputs), essay)).toHaveLength(1);
    const near = [{ id: 'trainingCostUsd', value: essayCost * 1.1, text: '$71M' }];
    expect(contradictions(one('The bill, $71M, is close to the essay’s estimate.', near), essay)).toEqual([]);
  });

  it('flags GPT-4 named as the subject of a number that follows another model', () => {
    const essayCost = computeOutputs({ ...DEFAULTS }).trainingCostUsd as number;
    const outputs = [{ id: 'trainingCostUsd', value: essayCost / 12, text: '$5.4M' }];
    expect(contradictions(one('Training GPT-4 costs $5.4M.', outputs), deepseek)).toHaveLength(1);
    expect(contradictions(one('Training DeepSeek-V3 costs $5.4M, against GPT-4’s larger bill.', outputs), deepseek)).toEqual([]);
    expect(contradictions(one('Training GPT-4 costs $5.4M.', outputs), essay)).toEqual([]);
  });

  it('flags a sentence repeated on the page and a conclusion without exactly one sentence', () => {
    const twice: PageProse = {
      blocks: [{ text: 'Three wrong calls in a row happen one time in eight.', outputs: [] }, { text: 'Three wrong calls in a row happen one time in eight.', outputs: [] }],
      badConclusions: ['leversVerdict'],
    };
    expect(contradictions(twice, essay)).toHaveLength(2);
  });

  it('splits sentences at stops followed by a capital', () => {
    expect(sentences('It costs $64.8M. That is a lot; Really.')).toEqual(['It costs $64.8M.', 'That is a lot;', 'Really.']);
  });
});
