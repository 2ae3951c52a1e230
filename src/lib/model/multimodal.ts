/**
 * The multimodal chapter: the room the parameter ceiling leaves above GPT-4,
 * and whether a native vision part would fit in it.
 */
import type { Params } from '../params';
import type { ArithmeticOutputs } from './arithmetic';
import { isDefined, finiteOr, undefinedBecause, type OutputValue } from './value';

export type MultimodalParams = Pick<Params, 'imageModelParams' | 'visionModuleMultiple'>;

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
