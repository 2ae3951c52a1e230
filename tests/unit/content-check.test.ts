// An editor's unknown id fails with the file, the line, the id and the nearest valid ids.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkMdx } from '../../src/lib/content-check';
import { checkContentDir } from '../../src/integrations/validate-content';
import { nearest } from '../../src/lib/suggest';

describe('checkMdx', () => {
  it('passes known ids', () => {
    expect(checkMdx('Cost <Out id="trainingCostUsd" /> at <Scrub id="mfu" />.', 'a.mdx')).toEqual([]);
  });

  it('names the file, line, bad id and nearest valid ids', () => {
    const errors = checkMdx('First line\nCost <Out id="trainingCostUSD" /> here.', 'chapters/a.mdx');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('chapters/a.mdx:2');
    expect(errors[0]?.message).toContain('"trainingCostUSD"');
    expect(errors[0]?.message).toContain('Did you mean "trainingCostUsd"');
  });

  it('checks every component that takes an id', () => {
    const text = '<Scrub id="mfoo" /> <Param id="gpus" /> <Conclusion id="band"><span slot="x">a</span></Conclusion> <Chart id="lever" /> <Fact id="deepseek" /> <Cite source="deepseek">x</Cite>';
    const messages = checkMdx(text, 'x.mdx').map((e) => e.message);
    for (const what of ['parameter id "mfoo"', 'parameter id "gpus"', 'conclusion id "band"', 'chart id "lever"', 'fact id "deepseek"', 'source id "deepseek"']) {
      expect(messages.some((m) => m.includes(what)), what).toBe(true);
    }
  });

  it('requires a sentence for every state of a conclusion and no unknown state', () => {
    const text = '<Conclusion id="leveredCostBand"><span slot="above">a</span><span slot="inside">b</span><span slot="under">c</span></Conclusion>';
    const messages = checkMdx(text, 'x.mdx').map((e) => e.message);
    expect(messages.some((m) => m.includes('"under", which is not one of its states: below, inside, above'))).toBe(true);
    expect(messages.some((m) => m.includes('no sentence for the state "below"'))).toBe(true);
  });

  it('checks glossary terms and asks a quotation for its original words', () => {
    expect(checkMdx('The <Term id="mfu">efficiency</Term> and <Quote zh="炼丹">alchemy</Quote>.', 'x.mdx')).toEqual([]);
    const term = checkMdx('A\nThe <Term id="mfuu">efficiency</Term>.', 'chapters/x.mdx')[0]?.message ?? '';
    expect(term).toContain('chapters/x.mdx:2');
    expect(term).toContain('unknown term id "mfuu"');
    expect(term).toContain('Valid term ids: ');
    expect(term).toContain('tokens');
    expect(checkMdx('<Quote>alchemy</Quote>', 'x.mdx')[0]?.message).toContain('<Quote> needs the essay\'s original words');
    expect(checkMdx('<Quote zh="">alchemy</Quote>', 'x.mdx')[0]?.message).toContain('<Quote> needs');
  });

  it('refuses an id given as an expression', () => {
    expect(checkMdx('<Out id={x} />', 'x.mdx')[0]?.message).toContain('needs a literal id');
  });

  it('finds nearest ids by edit distance', () => {
    expect(nearest('gpucount', ['gpuCount', 'gpu', 'mfu'], 1)).toEqual(['gpuCount']);
  });

  it('finds no unknown ids in the site’s own chapters', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    expect(checkContentDir(root)).toEqual([]);
  });
});
