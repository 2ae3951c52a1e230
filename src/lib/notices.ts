/**
 * Notices, ordered and shortened for the scenario bar. Fetched when the first
 * notice appears, so it imports no code of the first script (`quote` comes from the caller).
 */
import type { Notice } from './validate';
import * as WORDS from './ui/en/notices';

/** A notice's text: its words written out with their arguments (or the words it came with). */
export function noticeText(n: Notice): string {
  if ('message' in n) return n.message;
  const [name, ...args] = n.says;
  return (WORDS[name] as (...a: readonly unknown[]) => string)(...args);
}

/** How many notices the bar shows before it says "and N more". */
export const NOTICES_SHOWN = 5;

/**
 * The lines the reader sees, most relevant first: notices about this page's
 * own settings (`isHere(key)`), then the others, then every unknown key in one
 * line (keys shown with `quote`). At most `max` lines; the last says how many more there are.
 */
export function summariseNotices(notices: readonly Notice[], isHere: (key: string) => boolean, quote: (raw: string) => string, max = NOTICES_SHOWN): string[] {
  const known = notices.filter((n) => n.kind !== 'unknown');
  const here = known.filter((n) => isHere(n.key));
  const elsewhere = known.filter((n) => !isHere(n.key));
  const unknown = notices.filter((n) => n.kind === 'unknown');
  const lines = [...here, ...elsewhere].map(noticeText);
  if (unknown.length === 1) lines.push(noticeText(unknown[0]!));
  else if (unknown.length > 1) {
    const names = unknown.slice(0, 4).map((n) => quote(n.key));
    const rest = unknown.length - names.length;
    lines.push(WORDS.unknownSettings(unknown.length, names, rest));
  }
  if (lines.length <= max) return lines;
  const shown = lines.slice(0, max - 1);
  return [...shown, WORDS.moreNotices(lines.length - shown.length)];
}
