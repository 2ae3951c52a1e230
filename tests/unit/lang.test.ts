// Chinese runs inside English text, as src/components/Mixed.astro marks them with lang="zh".
import { describe, expect, it } from 'vitest';
import { hasChinese, langRuns } from '../../src/lib/lang';

const zhRuns = (text: string) =>
  langRuns(text)
    .filter((r) => r.zh)
    .map((r) => r.text);

describe('langRuns', () => {
  it('gives the text back, cut into runs', () => {
    for (const text of [
      '',
      'plain English',
      '炼丹',
      'alchemy (炼丹)',
      'Almost September: sharp takes on AI (快9月了，来看看对 AI 的锐评)',
    ]) {
      expect(
        langRuns(text)
          .map((r) => r.text)
          .join(''),
      ).toBe(text);
    }
  });

  it('marks a Chinese run from its first to its last Chinese character, with the digits and Latin words between', () => {
    expect(zhRuns('Almost September: sharp takes on AI (快9月了，来看看对 AI 的锐评)')).toEqual([
      '快9月了，来看看对 AI 的锐评',
    ]);
    expect(zhRuns('Cherry 车厘子电波, WeChat')).toEqual(['车厘子电波']);
    expect(zhRuns('a present-tense estimate ("目前", at present)')).toEqual(['目前']);
  });

  it('takes in a Latin word joined to a run with no space, and no English around it', () => {
    expect(zhRuns('it was still closed (“GPT-4的多模态始终不开放”).')).toEqual(['GPT-4的多模态始终不开放']);
    expect(langRuns('alchemy (炼丹)')).toEqual([
      { text: 'alchemy (', zh: false },
      { text: '炼丹', zh: true },
      { text: ')', zh: false },
    ]);
  });

  it('finds no run in English, and tells Chinese apart', () => {
    expect(zhRuns('GPT-4 cost $63M to train · 2023–09')).toEqual([]);
    expect(hasChinese('GPT-4 cost $63M')).toBe(false);
    expect(hasChinese('车')).toBe(true);
    expect(hasChinese('，')).toBe(true);
  });
});
