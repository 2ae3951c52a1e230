/**
 * Checks an MDX chapter's component references against the model's ids, so
 * that an editor's typo fails the build with the file, the line, the bad id
 * and the nearest valid ones, instead of rendering a blank.
 */
import { PARAM_IDS } from './params';
import { OUTPUT_IDS } from './outputs';
import { CONCLUSION_IDS, CONCLUSIONS, isConclusionId } from './conclusions';
import { FACT_IDS } from './facts';
import { CHART_IDS } from './charts/ids';
import { SOURCE_IDS } from './sources';
import { unknownIdMessage } from './suggest';

/** Component name → [what its id names, the valid ids]. */
const COMPONENT_IDS: Readonly<Record<string, readonly [string, readonly string[]]>> = {
  Scrub: ['parameter', PARAM_IDS],
  Param: ['parameter', PARAM_IDS],
  Out: ['output', OUTPUT_IDS],
  Conclusion: ['conclusion', CONCLUSION_IDS],
  Fact: ['fact', FACT_IDS],
  Chart: ['chart', CHART_IDS],
  Cite: ['source', SOURCE_IDS],
};

const TAG = /<([A-Z][A-Za-z]*)\b([^>]*)>/g;
const ID_ATTR = /\b(id|source)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{[^}]*\})/;

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

export interface ContentError {
  readonly line: number;
  readonly message: string;
}

/** All unknown ids and conclusion slots in one MDX text. */
export function checkMdx(text: string, file: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const m of text.matchAll(TAG)) {
    const [, name = '', attrs = ''] = m;
    const known = COMPONENT_IDS[name];
    if (!known) continue;
    const line = lineOf(text, m.index ?? 0);
    const idMatch = ID_ATTR.exec(attrs);
    const id = idMatch?.[2] ?? idMatch?.[3];
    const [what, valid] = known;
    if (id === undefined) {
      errors.push({ line, message: `${file}:${line}: <${name}> needs a literal ${name === 'Cite' ? 'source' : 'id'}="…" (one of: ${valid.join(', ')}).` });
      continue;
    }
    if (!valid.includes(id)) {
      errors.push({ line, message: unknownIdMessage(what, id, valid, `${file}:${line}: <${name}>`) });
      continue;
    }
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
