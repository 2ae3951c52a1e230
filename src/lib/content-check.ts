/**
 * Checks an MDX chapter's component references against the model's ids, so
 * that an editor's typo fails the build with the file, the line, the bad id
 * and the nearest valid ones, instead of rendering a blank.
 */
import { PARAM_IDS, OUTPUT_IDS, CONCLUSION_IDS, CONCLUSIONS, isConclusionId } from './model/numbers';
import { CHAPTERS } from './model/chapters';
import { FACT_IDS } from './facts';
import { CHART_IDS } from './model/charts';
import { SOURCE_IDS } from './sources';
import { unknownIdMessage } from './suggest';

/** For each component: its attributes that name ids, what they name, and the valid ids. */
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
};

const TAG = /<([A-Z][A-Za-z]*)\b([^>]*)>/g;

function attrValue(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|(\\{[^}]*\\}))`).exec(attrs);
  if (!m) return undefined;
  return m[3] !== undefined ? '{expression}' : (m[1] ?? m[2]);
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

export interface ContentError {
  readonly line: number;
  readonly message: string;
}

/** All unknown ids and conclusion slots in one MDX text; prediction ids are checked when given. */
export function checkMdx(text: string, file: string, predictions?: readonly string[]): ContentError[] {
  const errors: ContentError[] = [];
  const components = predictions
    ? { ...COMPONENT_IDS, Hindsight: [['id', 'prediction', predictions]] as const }
    : COMPONENT_IDS;
  for (const m of text.matchAll(TAG)) {
    const [, name = '', attrs = ''] = m;
    const known = components[name];
    if (!known) continue;
    const line = lineOf(text, m.index ?? 0);
    let ok = true;
    for (const [attr, what, valid] of known) {
      const id = attrValue(attrs, attr);
      if (id === undefined || id === '{expression}') {
        errors.push({ line, message: `${file}:${line}: <${name}> needs a literal ${attr}="…" (one of: ${valid.join(', ')}).` });
        ok = false;
      } else if (!valid.includes(id)) {
        errors.push({ line, message: unknownIdMessage(what, id, valid, `${file}:${line}: <${name}>`) });
        ok = false;
      }
    }
    const scorecard = attrValue(attrs, 'scorecard');
    if (name === 'Chart' && scorecard !== undefined && predictions && !predictions.includes(scorecard)) {
      errors.push({ line, message: unknownIdMessage('prediction', scorecard, predictions, `${file}:${line}: <Chart scorecard>`) });
      ok = false;
    }
    const id = attrValue(attrs, 'id') ?? '';
    if (!ok) continue;
    if (name === 'Conclusion' && isConclusionId(id)) {
      const close = text.indexOf('</Conclusion>', m.index);
      const body = close === -1 ? '' : text.slice((m.index ?? 0) + m[0].length, close);
      const states: readonly string[] = [...CONCLUSIONS[id].states, 'undefined'];
      const seen = new Set<string>();
      for (const s of body.matchAll(/\bslot\s*=\s*"([^"]*)"/g)) {
        const slot = s[1] ?? '';
        seen.add(slot);
        if (!states.includes(slot))
          errors.push({ line, message: `${file}:${line}: <Conclusion id="${id}"> has a sentence for "${slot}", which is not one of its states: ${states.join(', ')}.` });
      }
      for (const s of CONCLUSIONS[id].states)
        if (!seen.has(s))
          errors.push({ line, message: `${file}:${line}: <Conclusion id="${id}"> has no sentence for the state "${s}" (slot="${s}").` });
    }
  }
  return errors;
}
