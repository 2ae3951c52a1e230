// An editor's unknown id fails with the file, the line, the id and the nearest valid ids.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkFrontmatter, checkMdx, headingIds } from '../../src/lib/content-check';
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

describe('checkMdx refuses an editor’s everyday mistakes, naming the line and the fix', () => {
  const one = (text: string, context = {}) => {
    const errors = checkMdx(text, 'c.mdx', context);
    expect(errors, JSON.stringify(errors)).toHaveLength(1);
    return errors[0]?.message ?? '';
  };

  it('a component written in lower case', () => {
    expect(one('Line one\nCost <out id="trainingCostUsd" />.')).toBe(
      'c.mdx:2: <out> is in lower case, so it would be an empty HTML tag, not the component. Write <Out … /> (components start with a capital letter).',
    );
    expect(checkMdx('<span slot="true">a</span> <em>b</em> <a href="x">c</a>', 'c.mdx')).toEqual([]);
  });

  it('a misspelt component', () => {
    expect(one('Cost <Ouf id="trainingCostUsd" />.')).toContain('c.mdx:1: <Ouf> is not a component. Did you mean <Out>');
  });

  it('an unclosed component, reported at its own line', () => {
    const text = 'a\n<Conclusion id="customPaysOff">\n<span slot="true">yes</span><span slot="false">no</span>\n\nMore prose.';
    expect(one(text)).toBe('c.mdx:2: <Conclusion id="customPaysOff"> is never closed: add </Conclusion> after its content (or end the tag with "/>" if it has none).');
    expect(one('<Cite source="sdxl">SDXL</Cite></Cite>')).toContain('</Cite> closes nothing');
  });

  it('a slot attribute in single quotes', () => {
    const text = `<Conclusion id="customPaysOff"><span slot='true'>yes</span><span slot="false">no</span></Conclusion>`;
    const messages = checkMdx(text, 'c.mdx').map((e) => e.message);
    expect(messages).toContain(`c.mdx:1: slot='true' is in single quotes, so no state would show this sentence. Write slot="true".`);
  });

  it('a SetButton value outside its parameter’s range or choices', () => {
    expect(one('<SetButton id="subsumeChance" value="1.5">all</SetButton>')).toBe(
      'c.mdx:1: <SetButton id="subsumeChance" value="1.5">: 1.5 lies outside the parameter\'s range. Use a value from 0.01 to 1.',
    );
    expect(one('<SetButton id="gpu" value="tpu">x</SetButton>')).toContain('"tpu" is not one of the parameter\'s choices. Use one of: a100, h100, h800, b200.');
    expect(checkMdx('<SetButton id="subsumeChance" value="0.5">half</SetButton>', 'c.mdx')).toEqual([]);
  });

  it('a ChapterLink to a heading that does not exist', () => {
    const headings = { arithmetic: ['the-levers', 'the-ceiling'] };
    expect(one('<ChapterLink to="arithmetic" hash="the-lever">x</ChapterLink>', { headings })).toContain(
      'c.mdx:1: <ChapterLink to="arithmetic" hash="the-lever">: the arithmetic page has no heading with the id "the-lever". Did you mean "the-levers"',
    );
    expect(checkMdx('<ChapterLink to="arithmetic" hash="the-ceiling">x</ChapterLink>', 'c.mdx', { headings })).toEqual([]);
  });

  it('gives headings the ids Astro gives them', () => {
    expect(headingIds('## Same price, opposite judgements\n\n### The <Fact id="x" /> ceiling’s *limit*\n## Same price, opposite judgements')).toEqual([
      'same-price-opposite-judgements',
      'the--ceilings-limit',
      'same-price-opposite-judgements-1',
    ]);
  });

  it('ignores tags inside code', () => {
    expect(checkMdx('Write `<out id="x" />` like this:\n\n```mdx\n<Ouf />\n```', 'c.mdx')).toEqual([]);
  });
});

describe('checkFrontmatter', () => {
  it('names the line of a wrong field and the valid values', async () => {
    const { parse } = await import('yaml');
    const { chapterSchema } = await import('../../src/content/chapters.schema');
    const text = '---\ntitle: T\ndescription: D\nsections: [a]\nstatus: draft\n---\nBody';
    const [error, ...rest] = checkFrontmatter(text, 'c.mdx', parse, chapterSchema);
    expect(rest).toEqual([]);
    expect(error?.message).toMatch(/^c\.mdx:5: frontmatter "status": .*expected one of "written"\|"coming"/);
    const broken = checkFrontmatter('---\ntitle: T\ndescription: "D\nsections: [a]\n---\n', 'c.mdx', parse, chapterSchema);
    expect(broken[0]?.message).toMatch(/^c\.mdx:\d+: the frontmatter cannot be read/);
    expect(checkFrontmatter('---\ntitle: T\nsections: [a]\nstatus: written\n---\n', 'c.mdx', parse, chapterSchema)[0]?.message).toContain('the frontmatter has no "description"');
  });
});
