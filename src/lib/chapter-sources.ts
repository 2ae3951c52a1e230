/** The sources behind the numbers a chapter shows, for its list of sources. */
import { PARAMS, PARAM_IDS } from './model/numbers';
import { isEnumSpec, type Origin } from './model/kit';
import { PARAM_ORIGINS } from './model/words';
import { FACTS, isFactId } from './facts';
import { GPUS, isGpuKey } from './gpus';
import { SOURCES, type Source, type SourceId } from './sources';

function originSources(o: Origin): SourceId[] {
  if (o.kind === 'reader') return [];
  if (o.kind === 'essay') return o.via ? [o.via] : [];
  return o.source ? [o.source] : [];
}

/** Sources cited by the parameters, facts and `<Cite>`s an MDX text uses. */
export function sourcesUsed(mdx: string): Source[] {
  const ids = new Set<SourceId>(['original-essay']);
  for (const m of mdx.matchAll(/<(Scrub|Param|Fact|Cite)\b[^>]*\b(?:id|source)="([^"]+)"/g)) {
    const [, tag, id = ''] = m;
    if (tag === 'Fact' && isFactId(id)) originSources(FACTS[id].origin).forEach((s) => ids.add(s));
    else if (tag === 'Cite' && Object.hasOwn(SOURCES, id)) ids.add(id as SourceId);
    else if (PARAM_IDS.includes(id as never)) {
      const spec = PARAMS[id as keyof typeof PARAMS];
      originSources(PARAM_ORIGINS[id as keyof typeof PARAMS]).forEach((s) => ids.add(s));
      if (isEnumSpec(spec)) spec.options.filter(isGpuKey).forEach((g) => ids.add(GPUS[g].source));
    }
  }
  return [...ids].map((id) => SOURCES[id]);
}
