/** The sources behind the numbers a chapter shows, for its list of sources. */
import { PARAMS, isParamId } from './model/numbers';
import { isEnumSpec, type Origin } from './model/kit';
import { PARAM_ORIGINS } from './model/words';
import { FACTS, isFactId } from './facts';
import { GPUS, isGpuKey } from './gpus';
import { SOURCES, type Source, type SourceId } from './sources';
import { idsUsed } from './content-check';

function originSources(o: Origin): SourceId[] {
  if (o.kind === 'reader') return [];
  if (o.kind === 'essay') return o.via ? [o.via] : [];
  return o.source ? [o.source] : [];
}

const isSourceId = (id: string): id is SourceId => Object.hasOwn(SOURCES, id);

/** Sources cited by the parameters, facts and `<Cite>`s an MDX text uses (the same scan as the build's check). */
export function sourcesUsed(mdx: string): Source[] {
  const ids = new Set<SourceId>(['original-essay']);
  for (const { tag, id } of idsUsed(mdx)) {
    if (tag === 'Fact' && isFactId(id)) originSources(FACTS[id].origin).forEach((s) => ids.add(s));
    else if (tag === 'Cite' && isSourceId(id)) ids.add(id);
    else if (isParamId(id)) {
      const spec = PARAMS[id];
      originSources(PARAM_ORIGINS[id]).forEach((s) => ids.add(s));
      if (isEnumSpec(spec)) spec.options.filter(isGpuKey).forEach((g) => ids.add(GPUS[g].source));
    }
  }
  return [...ids].map((id) => SOURCES[id]);
}
