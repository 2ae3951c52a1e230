/**
 * The multimodal chapter: the room the parameter ceiling leaves above GPT-4,
 * and whether a native vision part would fit in it.
 */
import { isDefined, finiteOr, stateOf, undefinedBecause, yesNo, type ConclusionSpec, type OutputValue } from '../kit';
import type { ArithmeticOutputs } from '../arithmetic/compute';
import type { MultimodalParams } from './inputs';

export interface MultimodalOutputs {
  paramHeadroom: OutputValue;
  visionParams: OutputValue;
  visionShareOfGrowth: OutputValue;
}

export function multimodal(p: MultimodalParams, a: Pick<ArithmeticOutputs, 'ceilingTotalParams' | 'totalParams'>): MultimodalOutputs {
  const visionParams = p.imageModelParams * p.visionModuleMultiple;
  if (!isDefined(a.ceilingTotalParams) || !isDefined(a.totalParams)) {
    const missing = undefinedBecause('the arithmetic chapter’s ceiling is not defined for these numbers');
    return { paramHeadroom: missing, visionParams: finiteOr(visionParams, 'sizes must be finite'), visionShareOfGrowth: missing };
  }
  const room = a.ceilingTotalParams - a.totalParams;
  return {
    paramHeadroom: finiteOr(a.ceilingTotalParams / a.totalParams, 'the model must have parameters'),
    visionParams: finiteOr(visionParams, 'sizes must be finite'),
    visionShareOfGrowth:
      room <= 0
        ? undefinedBecause('there is no room to grow: the ceiling is no bigger than the model itself')
        : finiteOr(visionParams / room, 'sizes must be finite'),
  };
}

export const MULTIMODAL_CONCLUSIONS = {
  /** Whether a native vision part fits in the room under the ceiling. */
  visionFits: {
    chapter: 'multimodal',
    states: ['true', 'false'],
    decide: (_p, o) => stateOf(o.visionShareOfGrowth, (share) => yesNo(share < 1)),
  } satisfies ConclusionSpec<'true' | 'false', MultimodalParams, MultimodalOutputs>,
};
