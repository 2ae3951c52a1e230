/**
 * Interface words of every page's first script (the 'essay' chunk): the scenario bar's status,
 * the theme button and verdict names. (The notices about a link's or a field's values are in
 * notices.ts, fetched with the first notice.)
 * Small named exports, so that each module ships only what it uses; a second language puts a
 * file with the same exports beside this one (docs/TRANSLATING.md).
 */
import type { Verdict } from '../../verdicts';

/** Untrusted text quoted back to the reader (already shortened and made visible by lib/validate.ts). */
export const quoted = (shown: string): string => `“${shown}”`;

// Number formats (lib/format.ts): the locale of Intl's number and date formats, and the units
// written as words. (Symbols such as ¥, × and the powers of ten stay in lib/format.ts.)
export const NUMBER_LOCALE = 'en-US';
export const FLOPS_UNIT = 'FLOPs';
/** A duration's unit, for one and for any other number. */
export const DURATION_WORDS: Readonly<Record<'days' | 'months' | 'years', readonly [string, string]>> = {
  days: ['day', 'days'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};
/** An exchange rate after its amount of yuan: “¥7.20 per $1”. */
export const PER_DOLLAR = 'per $1';

// The scenario bar: the scenario's name, and the share button's answer.
export const AS_IN_ESSAY = 'as in the essay';
export const changedCount = (n: number): string => `${n} changed`;
export const withVerdicts = (numbers: string, n: number): string => `${numbers}, ${n} ${n === 1 ? 'verdict' : 'verdicts'} yours`;
export const LINK_COPIED = 'Link copied.';
export const copyThisLink = (url: string): string => `Copy this link: ${url}`;

// The presets' names (lib/presets.ts), shown on their buttons and as the bar's scenario; what each
// one is, only ever written by the build, is in pages.ts.
export const PRESET_ESSAY = 'The essay (2023)';
export const PRESET_DEEPSEEK_V3 = 'DeepSeek-V3 (2024)';
export const PRESET_LLAMA_405B = 'Llama 3.1 405B (2024)';

const THEME_WORDS: Readonly<Record<string, string>> = { light: 'light', dark: 'dark' };
/** The theme button's last word: the theme picked, or 'system' (theme 'auto'). */
export const themeWord = (theme: string): string => THEME_WORDS[theme] ?? 'system';

/** Verdicts on the essay's predictions, as the scorecard and the notes name them. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  'borne-out': 'borne out',
  partly: 'partly borne out',
  'not-borne-out': 'not borne out',
  'too-early': 'too early to tell',
};
