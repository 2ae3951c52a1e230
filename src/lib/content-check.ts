/**
 * The one pass over a chapter's MDX that the build makes before rendering it:
 * it reads the components a text uses (names, attributes, lines, nesting) and
 * refuses an editor's mistakes with the file, the line and the fix: an
 * unknown id, a component in lower case or misspelt, an unclosed component, a
 * slot in single quotes, a `SetButton` value outside its parameter's range, a
 * link to a heading that does not exist, a figure typed by hand. The same
 * scan lists the ids a chapter uses, for its list of sources.
 */
import GithubSlugger from 'github-slugger';
import { PARAMS, PARAM_IDS, OUTPUT_IDS, CONCLUSION_IDS, CONCLUSIONS, isConclusionId, isParamId } from './model/numbers';
import { isEnumSpec } from './model/kit';
import { FACT_IDS } from './facts';
import { CHART_IDS } from './model/charts';
import { SOURCE_IDS } from './sources';
import { TERM_IDS } from './glossary';
import { CHAPTERS, isChapterId, type ChapterId } from './model/chapters';
import { nearest, unknownIdMessage } from './suggest';

/** The components a chapter can use (src/components/index.ts), and for each its attributes that name ids. */
const COMPONENT_IDS: Readonly<Record<string, readonly (readonly [attr: string, what: string, valid: readonly string[]])[]>> = {
  Scrub: [['id', 'parameter', PARAM_IDS]],
  Param: [['id', 'parameter', PARAM_IDS]],
  SetButton: [['id', 'parameter', PARAM_IDS]],
  TakeOutput: [['param', 'parameter', PARAM_IDS], ['output', 'output', OUTPUT_IDS]],
  Out: [['id', 'output', OUTPUT_IDS]],
  Conclusion: [['id', 'conclusion', CONCLUSION_IDS]],
  Fact: [['id', 'fact', FACT_IDS]],
  Chart: [['id', 'chart', CHART_IDS]],
  Cite: [['source', 'source', SOURCE_IDS]],
  ChapterLink: [['to', 'chapter', CHAPTERS]],
  MoatTable: [],
  EyesBrainHands: [],
  Timeline: [],
  Hindsight: [],
  Term: [['id', 'term', TERM_IDS]],
  Quote: [],
};
export const COMPONENT_NAMES = Object.keys(COMPONENT_IDS);

export interface Attr {
  readonly name: string;
  /** The literal value; `{expression}` for a JSX expression; undefined for a bare attribute. */
  readonly value: string | undefined;
  readonly quote: '"' | "'" | '{' | undefined;
}

export interface Tag {
  readonly name: string;
  readonly attrs: readonly Attr[];
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly closing: boolean;
  readonly selfClosing: boolean;
}

export interface ContentError {
  readonly line: number;
  readonly message: string;
}

/** The text with frontmatter, code blocks and code spans blanked out (lines and offsets kept). */
function maskCode(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return text
    .replace(/^---\n[\s\S]*?\n---(?=\n|$)/, blank)
    .replace(/^```[\s\S]*?^```/gm, blank)
    .replace(/`[^`\n]*`/g, blank);
}

const TAG = /<(\/?)([A-Za-z][\w.]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*(\/?)>/g;
const ATTR = /([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}]*\})))?/g;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** Every tag of an MDX text, components and HTML alike, in order. */
export function scanMdx(text: string): Tag[] {
  const masked = maskCode(text);
  return [...masked.matchAll(TAG)].map((m) => {
    const [all, slash = '', name = '', rawAttrs = '', selfSlash = ''] = m;
    const attrs = [...rawAttrs.matchAll(ATTR)].map((a): Attr => {
      const [, attrName = '', dq, sq, expr] = a;
      if (dq !== undefined) return { name: attrName, value: dq, quote: '"' };
      if (sq !== undefined) return { name: attrName, value: sq, quote: "'" };
      if (expr !== undefined) return { name: attrName, value: '{expression}', quote: '{' };
      return { name: attrName, value: undefined, quote: undefined };
    });
    const start = m.index ?? 0;
    return { name, attrs, line: lineOf(text, start), start, end: start + all.length, closing: slash === '/', selfClosing: selfSlash === '/' };
  });
}

const attr = (tag: Tag, name: string) => tag.attrs.find((a) => a.name === name)?.value;
const show = (tag: Tag) => `<${tag.name}${tag.attrs.map((a) => (a.value === undefined ? ` ${a.name}` : ` ${a.name}="${a.value}"`)).join('')}>`;

/** The ids of a chapter's headings, as Astro gives them (github-slugger), for `<ChapterLink hash>`. */
export function headingIds(mdx: string): string[] {
  const slugger = new GithubSlugger();
  return [...maskCode(mdx).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) =>
    slugger.slug((m[1] ?? '').replace(/<[^>]*>/g, '').replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')),
  );
}

export interface CheckContext {
  /** Prediction ids (the names of src/content/predictions/*.yaml), to check `<Hindsight>` and `<Chart scorecard>`. */
  readonly predictions?: readonly string[];
  /** Each chapter's heading ids, to check `<ChapterLink hash>`. */
  readonly headings?: Partial<Readonly<Record<ChapterId, readonly string[]>>>;
}

function checkIds(tag: Tag, file: string, predictions: readonly string[] | undefined, errors: ContentError[]): boolean {
  const { line, name } = tag;
  if (name === 'Quote') {
    const zh = attr(tag, 'zh');
    if (zh === undefined || zh === '{expression}' || zh.trim() === '') {
      errors.push({ line, message: `${file}:${line}: <Quote> needs the essay's original words as a literal zh="…" (<Quote zh="原文">English</Quote>).` });
      return false;
    }
    return true;
  }
  const known = name === 'Hindsight' && predictions ? [['id', 'prediction', predictions] as const] : COMPONENT_IDS[name] ?? [];
  let ok = true;
  for (const [a, what, valid] of known) {
    const id = attr(tag, a);
    if (id === undefined || id === '{expression}') {
      errors.push({ line, message: `${file}:${line}: <${name}> needs a literal ${a}="…" (one of: ${valid.join(', ')}).` });
      ok = false;
    } else if (!valid.includes(id)) {
      errors.push({ line, message: unknownIdMessage(what, id, valid, `${file}:${line}: <${name}>`) });
      ok = false;
    }
  }
  const scorecard = attr(tag, 'scorecard');
  if (name === 'Chart' && scorecard !== undefined && predictions && !predictions.includes(scorecard)) {
    errors.push({ line, message: unknownIdMessage('prediction', scorecard, predictions, `${file}:${line}: <Chart scorecard>`) });
    ok = false;
  }
  return ok;
}

function checkSetButton(tag: Tag, file: string, errors: ContentError[]): void {
  const id = attr(tag, 'id') ?? '';
  const value = attr(tag, 'value');
  if (!isParamId(id) || value === undefined || value === '{expression}') return;
  const spec = PARAMS[id];
  const where = `${file}:${tag.line}: <SetButton id="${id}" value="${value}">`;
  if (isEnumSpec(spec)) {
    if (!(spec.options as readonly string[]).includes(value))
      errors.push({ line: tag.line, message: `${where}: "${value}" is not one of the parameter's choices. Use one of: ${spec.options.join(', ')}.` });
    return;
  }
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    errors.push({ line: tag.line, message: `${where}: "${value}" is not a number. Write the value as a plain number, e.g. value="${spec.default}".` });
  else if (n < spec.min || n > spec.max)
    errors.push({ line: tag.line, message: `${where}: ${value} lies outside the parameter's range. Use a value from ${spec.min} to ${spec.max}.` });
}

function checkConclusionSlots(tag: Tag, body: readonly Tag[], file: string, errors: ContentError[]): void {
  const id = attr(tag, 'id') ?? '';
  if (!isConclusionId(id)) return;
  const { line } = tag;
  const states: readonly string[] = [...CONCLUSIONS[id].states, 'undefined'];
  const seen = new Set<string>();
  for (const t of body) {
    const slot = t.attrs.find((a) => a.name === 'slot');
    if (!slot || slot.value === undefined || slot.quote === "'") continue;
    seen.add(slot.value);
    if (!states.includes(slot.value))
      errors.push({ line, message: `${file}:${line}: <Conclusion id="${id}"> has a sentence for "${slot.value}", which is not one of its states: ${states.join(', ')}.` });
  }
  for (const s of CONCLUSIONS[id].states)
    if (!seen.has(s)) errors.push({ line, message: `${file}:${line}: <Conclusion id="${id}"> has no sentence for the state "${s}" (slot="${s}").` });
}

/** Every mistake in one MDX text: ids, component names, nesting, slots, SetButton values, links to headings. */
export function checkMdx(text: string, file: string, context: CheckContext | readonly string[] = {}): ContentError[] {
  const { predictions, headings }: CheckContext = Array.isArray(context) ? { predictions: context } : (context as CheckContext);
  const errors: ContentError[] = [];
  const tags = scanMdx(text);
  const open: { tag: Tag; index: number }[] = [];
  const lowerNames = new Map(COMPONENT_NAMES.map((n) => [n.toLowerCase(), n]));
  tags.forEach((tag, index) => {
    const { name, line } = tag;
    for (const a of tag.attrs)
      if (a.name === 'slot' && a.quote === "'")
        errors.push({ line, message: `${file}:${line}: slot='${a.value}' is in single quotes, so no state would show this sentence. Write slot="${a.value}".` });
    const isComponent = /^[A-Z]/.test(name);
    if (!isComponent) {
      const meant = lowerNames.get(name.toLowerCase());
      if (meant && !tag.closing)
        errors.push({ line, message: `${file}:${line}: <${name}> is in lower case, so it would be an empty HTML tag, not the component. Write <${meant}${tag.attrs.length ? ' …' : ''}${tag.selfClosing ? ' />' : '>'} (components start with a capital letter).` });
      return;
    }
    if (!Object.hasOwn(COMPONENT_IDS, name)) {
      if (!tag.closing)
        errors.push({ line, message: `${file}:${line}: <${name}> is not a component. Did you mean ${nearest(name, COMPONENT_NAMES, 2).map((n) => `<${n}>`).join(' or ')}? Components: ${COMPONENT_NAMES.join(', ')}.` });
      return;
    }
    if (tag.closing) {
      const at = open.map((o) => o.tag.name).lastIndexOf(name);
      if (at === -1) {
        errors.push({ line, message: `${file}:${line}: </${name}> closes nothing: there is no open <${name}> before it. Remove it, or add the opening tag.` });
        return;
      }
      for (const o of open.splice(at + 1))
        errors.push({ line: o.tag.line, message: `${file}:${o.tag.line}: ${show(o.tag)} is never closed: add </${o.tag.name}> before </${name}> on line ${line}.` });
      const opened = open.pop();
      if (opened?.tag.name === 'Conclusion' && checkIds(opened.tag, file, predictions, []))
        checkConclusionSlots(opened.tag, tags.slice(opened.index + 1, index), file, errors);
      return;
    }
    const ok = checkIds(tag, file, predictions, errors);
    if (ok && name === 'SetButton') checkSetButton(tag, file, errors);
    if (ok && name === 'ChapterLink') {
      const to = attr(tag, 'to') ?? '';
      const hash = attr(tag, 'hash');
      const ids = isChapterId(to) ? headings?.[to] : undefined;
      if (hash !== undefined && hash !== '{expression}' && ids && !ids.includes(hash))
        errors.push({ line, message: `${file}:${line}: <ChapterLink to="${to}" hash="${hash}">: the ${to} page has no heading with the id "${hash}". Did you mean ${nearest(hash, ids, 2).map((h) => `"${h}"`).join(' or ')}? Its headings: ${ids.join(', ')}.` });
    }
    if (!tag.selfClosing) open.push({ tag, index });
  });
  for (const o of open)
    errors.push({ line: o.tag.line, message: `${file}:${o.tag.line}: ${show(o.tag)} is never closed: add </${o.tag.name}> after its content (or end the tag with "/>" if it has none).` });
  return errors.sort((a, b) => a.line - b.line);
}

/** The ids a text's components use, by attribute: what the sources list reads. */
export function idsUsed(text: string): { tag: string; id: string }[] {
  return scanMdx(text)
    .filter((t) => !t.closing && Object.hasOwn(COMPONENT_IDS, t.name))
    .flatMap((t) => (COMPONENT_IDS[t.name] ?? []).map(([a]) => ({ tag: t.name, id: attr(t, a) ?? '' })))
    .filter((u) => u.id !== '' && u.id !== '{expression}');
}

/** Figures allowed as typed text: file (under src/content/) → [the text, why]. */
export const ALLOWED_FIGURES: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  'chapters/multimodal.mdx': [['5–10×', 'a quoted phrase of the essay, marked and attributed']],
};

/**
 * A number with a unit or a magnitude: $18M, 30%, 9.5×, 280B, 108 days, 25,000 GPUs, and the
 * same in words: 30 per cent, 99.9 million dollars, 2 billion yuan.
 */
export const FIGURE =
  /(?:[$¥]\s?\d[\d,.]*(?:\s?[KMBT]\b|\s(?:thousand|million|billion|trillion)\b)?|\b\d[\d,.]*(?:[–-]\d[\d,.]*)?(?:\s?%|\s?×|[KMBT]\b|\s?[Pp]er\s?cent\b|\s(?:thousand|million|billion|trillion)(?:\s(?:US\s)?(?:dollars|yuan|RMB|parameters|tokens|GPUs))?\b|\s(?:dollars|yuan|RMB|days?|months?|years?|GPUs|GPU-hours|parameters|tokens|FLOPs?)\b))/g;

/** The prose of an MDX text, line by line: components, tags and code replaced by spaces. */
export function prose(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1));
  return body.split('\n').map((line) =>
    line
      .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, ' ') // self-closing components: live values
      .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // other tags: keep their words
      .replace(/`[^`]*`/g, ' '),
  );
}

/** Figures typed by hand in a text's prose, where <Out>, <Scrub> or <Fact> belongs. */
export function typedFigures(text: string, file: string, allowed: readonly string[] = []): ContentError[] {
  return prose(text).flatMap((line, i) =>
    [...line.matchAll(FIGURE)]
      .map((m) => m[0].trim())
      .filter((figure) => !allowed.includes(figure))
      .map((figure) => ({
        line: i + 1,
        message: `${file}:${i + 1}: “${figure}” is a figure typed by hand. Use <Out>, <Scrub> or <Fact> so that it stays live and shows its origin (a quoted phrase of the essay goes into ALLOWED_FIGURES in src/lib/content-check.ts, with the reason).`,
      })),
  );
}

/** Something with zod's safeParse: the chapter schema. */
interface Schema {
  safeParse(data: unknown): { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** Frontmatter errors with the line of the field they concern. */
export function checkFrontmatter(text: string, file: string, parse: (yaml: string) => unknown, schema: Schema): ContentError[] {
  const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!m) return [{ line: 1, message: `${file}:1: the file must begin with frontmatter between two lines of "---" (title, description, sections, status).` }];
  const yaml = m[1] ?? '';
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    const line = (mark?.line ?? 0) + 2;
    const reason = (e as { reason?: string }).reason ?? String(e);
    return [{ line, message: `${file}:${line}: the frontmatter cannot be read: ${reason}. Check the quotes and the indentation.` }];
  }
  const result = schema.safeParse(data);
  if (result.success) return [];
  const lines = yaml.split('\n');
  return result.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? '');
    const at = lines.findIndex((l) => l.startsWith(`${key}:`));
    const line = at === -1 ? lines.length + 2 : at + 2;
    const what = at === -1 ? `the frontmatter has no "${key}"` : `frontmatter "${key}"`;
    return { line, message: `${file}:${line}: ${what}: ${issue.message}` };
  });
}
