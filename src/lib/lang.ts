/**
 * Chinese inside English text: the runs a page must mark with lang="zh", so
 * that a screen reader speaks them in Chinese and the Chinese font stack
 * (`:lang(zh)` in src/styles/global.css) reaches them. Used by
 * src/components/Mixed.astro for text that comes from data (source titles,
 * publishers, timeline events, the scorecard's claims), where a writer cannot
 * add the markup by hand.
 */

/** Han characters, CJK punctuation and full-width forms. */
const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';

/**
 * A Chinese run: from its first to its last Chinese character, taking in the
 * digits, Latin letters and spaces between them ("快9月了，来看看对 AI 的锐评"),
 * and a Latin word joined to its start with no space ("GPT-4的多模态").
 */
const RUN = new RegExp(`(?:[A-Za-z0-9][A-Za-z0-9-]*)?[${CJK}](?:[${CJK}A-Za-z0-9 ·-]*[${CJK}])?`, 'g');

export interface TextRun {
  readonly text: string;
  readonly zh: boolean;
}

/** The text cut into English and Chinese runs, in order; joined, they give the text back. */
export function langRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), zh: false });
    runs.push({ text: m[0], zh: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), zh: false });
  return runs;
}

const ANY = new RegExp(`[${CJK}]`);

/** Whether the text has any Chinese character. */
export const hasChinese = (text: string): boolean => ANY.test(text);
