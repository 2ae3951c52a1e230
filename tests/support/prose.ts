// Reading the prose a reader sees, and the contradictions it must never show
// (tests/browser/prose-presets.test.ts; the checker itself is tested in
// tests/unit/prose-check.test.ts).
import type { Page } from 'playwright-core';
import { drawEveryBlock, waitInPage, type ReusedTab } from './browser';
import type { HTMLElement as BuiltElement } from 'node-html-parser';
import { CHARTS, chartText, isChartId } from '../../src/lib/model/charts';
import { DEFAULTS, PARAM_IDS, computeOutputs, decideConclusions, type Params } from '../../src/lib/model/numbers';
import { PRESETS } from '../../src/lib/presets';
import { decodeScenario, numberToUrl } from '../../src/lib/url';

/** A scenario to load: values in the URL, and the name the prose must use for the modelled run. */
export interface ProseScenario {
  readonly name: string;
  /** Raw query values (they may be out of range: the page clamps them). */
  readonly values: Readonly<Record<string, number | string>>;
  /** When the scenario changes the modelled model, the words a sentence naming GPT-4 must also use. */
  readonly subject?: RegExp;
}

/** Parameters that define which model is trained: change one and the run is no longer GPT-4. */
const MODEL_PARAMS = ['activeParams', 'expertCount', 'expertParams', 'trainingTokens'] as const;

export function changesTheModel(s: ProseScenario): boolean {
  return MODEL_PARAMS.some((id) => id in s.values && s.values[id] !== DEFAULTS[id]);
}

export function presetScenario(id: keyof typeof PRESETS, subject?: RegExp): ProseScenario {
  return subject ? { name: `preset ${id}`, values: PRESETS[id].values, subject } : { name: `preset ${id}`, values: PRESETS[id].values };
}

export function scenarioQuery(s: ProseScenario): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(s.values)) q.set(k, typeof v === 'number' ? numberToUrl(v) : v);
  return [...q.keys()].length === 0 ? '' : `?v=1&${q.toString()}`;
}

/** The essay's own numbers: its parameters, every output and every conclusion. */
const ESSAY_PARAMS = { ...DEFAULTS } as Params;
const ESSAY_OUTPUTS = computeOutputs(ESSAY_PARAMS);
const ESSAY_CONCLUSIONS = decideConclusions(ESSAY_PARAMS, ESSAY_OUTPUTS);

/** One entry of a record of the model's, by an id read from a page. */
const at = (record: object, id: string): unknown => (record as Record<string, unknown>)[id];

/**
 * For a page as built (`page`), whether it shows anything under a scenario that it does not show
 * under the essay's numbers: an input, an output, a conclusion or a chart's words (title, takeaway,
 * description, table) that differs once the link is read as the page reads it (`decodeScenario`,
 * which clamps and refuses). Where none does, every sentence the page can show is the essay's own,
 * which the visit under the essay's numbers reads.
 */
export function movesPage(page: BuiltElement): (s: ProseScenario) => boolean {
  const ids = (attribute: string) => [...new Set(page.querySelectorAll(`[${attribute}]`).map((e) => e.getAttribute(attribute) ?? ''))];
  const params = ['data-param', 'data-origin-param', 'data-set-param', 'data-moat-param'].flatMap(ids);
  const outputs = ids('data-output');
  const conclusions = ids('data-conclusion');
  const charts = ids('data-chart');
  const unknown = charts.filter((id) => !isChartId(id));
  if (unknown.length > 0) throw new Error(`movesPage: charts the model does not know: ${unknown.join(', ')} (known: ${Object.keys(CHARTS).join(', ')})`);
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const essayCharts = charts
    .filter(isChartId)
    .map((id) => [id, chartText(id, ESSAY_PARAMS, ESSAY_OUTPUTS)] as const);
  return (s) => {
    const p = { ...DEFAULTS, ...decodeScenario(scenarioQuery(s)).values } as Params;
    const o = computeOutputs(p);
    const c = decideConclusions(p, o);
    return (
      params.some((id) => differs(at(p, id), at(ESSAY_PARAMS, id))) ||
      outputs.some((id) => differs(at(o, id), at(ESSAY_OUTPUTS, id))) ||
      conclusions.some((id) => differs(at(c, id), at(ESSAY_CONCLUSIONS, id))) ||
      essayCharts.some(([id, essay]) => differs(chartText(id, p, o), essay))
    );
  };
}

/** One block of visible text (a paragraph, list item, caption, heading …) and the live outputs in it. */
export interface ProseBlock {
  readonly text: string;
  readonly outputs: readonly { id: string; value: number; text: string }[];
}

export interface PageProse {
  readonly blocks: readonly ProseBlock[];
  /** Conclusions whose visible variants are not exactly one non-empty sentence. */
  readonly badConclusions: readonly string[];
}

const BLOCKS = 'p, li, dt, dd, figcaption, caption, h1, h2, h3, h4, td, th, summary, label, legend, .dek';

/** Opens `path` with the scenario in `tab` (a fresh document) and waits until the page has read it. */
export async function loadScenario(tab: ReusedTab, path: string, s: ProseScenario): Promise<Page> {
  const page = await tab.open(path + scenarioQuery(s));
  const changed = Object.keys(s.values).length > 0;
  await waitInPage(
    page,
    (changed) => {
      if (!customElements.get('essay-scenario')) return false;
      const count = document.querySelector('[data-changed-count]')?.textContent ?? '';
      // The bar names the scenario: a preset's name or "N changed" once the link's values are in.
      return changed ? count.trim() !== '' && !/as in the essay/.test(count) : true;
    },
    changed,
  );
  return page;
}

/** The visible text of `main`, block by block, with the live outputs each block shows. */
export async function readProse(page: Page): Promise<PageProse> {
  // A block left undrawn (far from the window) has no innerText.
  await drawEveryBlock(page);
  return page.evaluate((selector) => {
    const main = document.querySelector('main');
    if (!main) return { blocks: [], badConclusions: ['(no main element)'] };
    // A drop-down reads as its chosen option, as a reader sees it, not as the list of all options.
    for (const select of main.querySelectorAll('select')) {
      const shown = document.createElement('span');
      shown.textContent = select.selectedOptions[0]?.text ?? '';
      select.after(shown);
      select.style.display = 'none';
    }
    const visible = (e: Element) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed';
    const leaves = [...main.querySelectorAll(selector)].filter((e) => visible(e) && !e.querySelector(selector));
    const blocks = leaves.map((e) => ({
      text: (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
      outputs: [...e.querySelectorAll<HTMLElement>('[data-output]')]
        .filter(visible)
        .map((o) => ({ id: o.dataset.output ?? '', value: Number(o.dataset.value), text: o.innerText.trim() })),
    }));
    const badConclusions = [...main.querySelectorAll<HTMLElement>('[data-conclusion]')]
      .filter((c) => {
        const shown = [...c.querySelectorAll<HTMLElement>(':scope > [data-when]')].filter((v) => !v.hidden);
        return shown.length !== 1 || (shown[0]?.innerText.trim() ?? '') === '';
      })
      .map((c) => c.dataset.conclusion ?? '?');
    return { blocks, badConclusions };
  }, BLOCKS);
}

/** The essay's value of an output (for "close to the essay's …"). */
function essayValue(id: string): number | undefined {
  const v = at(ESSAY_OUTPUTS, id);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;:])\s+(?=[A-Z“‘"(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const BAD_VALUE = /\bNaN\b|Infinity|\bInvalid\b|\bundefined\b|\bnull\b|\[object /;
const ONE_PLURAL =
  /(?<![\d.,])1 (experts|GPUs|chips|parameters|tokens|months|years|days|weeks|hours|rounds|calls|wrong calls|launches|runs|companies|models|people|times|predictions|moats|steps)\b/i;
const TIMES_TIMES = /×\s*times\b|\btimes\s*×/i;
const TIMES_THAN = /(×|\btimes)\s+(more|larger|bigger|cheaper|smaller|less|fewer|higher|lower|faster|slower)\s+than\b/i;
const FACTOR_ONE = /(?<![\d.,])1(\.0+)?\s?×|\bby a factor of 1\b(?![\d.,])/;
const CHANGE_WORD = /\b(fall|falls|fell|falling|cut|cuts|drop|drops|dropped|shrinks?|reduc\w*|cheaper|saves?|saving|lowers?|faster|speeds? up|rises?|grows?|gain|gains)\b/i;
const ZERO_CHANGE = /(?<![\d.,])0(\.0+)?\s?% (cut|fall|drop|reduction|saving|discount|rise|increase|gain)\b|\b(falls?|cuts?|drops?|rises?|grows?) by 0(\.0+)?\s?%/i;
const NEGATIVE_MONEY = /[-−]\s?[$¥]\s?\d|[$¥]\s?[-−]\s?\d/;
const ZERO_OF_ZERO = /(?<![\d.,])0 of 0\b/;
const EXACT_LIFELINE = /\bexact(ly)?\b[^.]*\blifelines?\b|\blifelines?\b[^.]*\bexact(ly)?\b/i;
const WELL_CHOSEN_TWELVE = /\bwell[- ]chosen\b[^.]*(?<![\d.,])12 months\b|(?<![\d.,])12 months\b[^.]*\bwell[- ]chosen\b/i;
const ANSWERED_NONE = /\banswered 0\b|(?<![\d.,])0 of (your|the seven|seven)\b/i;
const DOUBLED = /\b(the|a|an|of|to|and|is|in)\s+\1\b/i;
const CLOSE_TO_ESSAY =
  /\b(close to|near|nearly|roughly|about|around|in line with|matches|match|reproduces|reproduce|the same as|similar to|as the essay)\b[^.]*\bthe essay|\bthe essay[’'`s]*\b[^.]*\b(matches|reproduced|agrees)\b/i;

/** Every contradiction in a page's prose under a scenario, as readable messages. */
export function contradictions(prose: PageProse, s: ProseScenario): string[] {
  const found: string[] = [];
  const model = changesTheModel(s);
  for (const id of prose.badConclusions) found.push(`conclusion ${id} does not show exactly one sentence`);
  const seen = new Map<string, number>();
  for (const block of prose.blocks) {
    for (const sentence of sentences(block.text)) {
      const say = (why: string) => found.push(`${why}: “${sentence}”`);
      if (BAD_VALUE.test(sentence)) say('a broken value');
      if (ONE_PLURAL.test(sentence)) say('a plural after 1');
      if (TIMES_TIMES.test(sentence)) say('“× times”');
      if (TIMES_THAN.test(sentence)) say('“× more than” (say “N times as much as”, or “N× the …”)');
      if (FACTOR_ONE.test(sentence) && CHANGE_WORD.test(sentence)) say('a factor of 1 described as a change');
      if (ZERO_CHANGE.test(sentence)) say('a change of 0% described as a change');
      if (NEGATIVE_MONEY.test(sentence)) say('a negative amount of money');
      if (ZERO_OF_ZERO.test(sentence)) say('“0 of 0”');
      if (DOUBLED.test(sentence)) say('a doubled word');
      if (EXACT_LIFELINE.test(sentence)) say('calls a lifeline exact (the essay’s spans are rough, and its longest has no number)');
      if (WELL_CHOSEN_TWELVE.test(sentence)) say('ties the well-chosen direction to 12 months (the essay calls it very long)');
      if (ANSWERED_NONE.test(sentence)) say('counts the reader’s answers before there are any');
      const inSentence = block.outputs.filter((o) => o.text !== '' && sentence.includes(o.text));
      if (CLOSE_TO_ESSAY.test(sentence)) {
        for (const o of inSentence) {
          const e = essayValue(o.id);
          if (e !== undefined && e !== 0 && Number.isFinite(o.value) && Math.abs(o.value / e - 1) > 0.25)
            say(`claims closeness to the essay while ${o.id} is ${o.text}, far from the essay’s value`);
        }
      }
      if (model && /GPT-4/.test(sentence)) {
        const moved = inSentence.filter((o) => {
          const e = essayValue(o.id);
          return e !== undefined && Number.isFinite(o.value) && Math.abs(o.value - e) > 1e-9 * Math.max(1, Math.abs(e));
        });
        if (moved.length > 0 && !(s.subject?.test(sentence) ?? false))
          say(`names GPT-4 as the subject of ${moved.map((o) => o.id).join(', ')}, which follow the scenario’s model`);
      }
      if (sentence.split(/\s+/).length >= 8) seen.set(sentence, (seen.get(sentence) ?? 0) + 1);
    }
  }
  for (const [sentence, n] of seen) if (n > 1) found.push(`a sentence repeated ${n} times: “${sentence}”`);
  return found;
}

/** Parameter ids the scenarios use, checked against the model so a renamed id fails loudly. */
export function unknownParams(list: readonly ProseScenario[]): string[] {
  return list.flatMap((s) => Object.keys(s.values).filter((k) => !(PARAM_IDS as readonly string[]).includes(k)));
}
