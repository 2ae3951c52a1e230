// 10,000 random and adversarial query strings through the codec and into the stores:
// never a throw, always a valid state, every output finite or explained.
import { PARAMS, PARAM_IDS } from '../../src/lib/model/numbers';
import { isEnumSpec, isDefined } from '../../src/lib/model/kit';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeScenario, encodeScenario } from '../../src/lib/url';
import { noticeText } from '../../src/lib/notices';
import { isVerdict } from '../../src/lib/verdicts';
import { $judge, $outputs, $params, resetAll, setParams } from '../../src/state/scenario';
import { adversarialQuery } from '../support/adversarial';

describe('fuzz: the URL codec and the state loader', () => {
  it('turns any of 10,000 query strings into a valid scenario', () => {
    fc.assert(
      fc.property(adversarialQuery, (query) => {
        const decoded = decodeScenario(query);
        resetAll();
        setParams(decoded.values);
        $judge.set(decoded.judge);
        const p = $params.get();
        for (const id of PARAM_IDS) {
          const spec = PARAMS[id];
          const v = p[id];
          if (isEnumSpec(spec)) expect((spec.options as readonly string[]).includes(v as string), id).toBe(true);
          else {
            expect(typeof v === 'number' && Number.isFinite(v), id).toBe(true);
            expect(v as number).toBeGreaterThanOrEqual(spec.min);
            expect(v as number).toBeLessThanOrEqual(spec.max);
          }
        }
        for (const v of Object.values($judge.get())) expect(isVerdict(v)).toBe(true);
        for (const v of Object.values($outputs.get())) {
          if (isDefined(v)) expect(Number.isFinite(v)).toBe(true);
          else expect(v.undefinedBecause.length).toBeGreaterThan(0);
        }
        for (const n of decoded.notices) expect(typeof noticeText(n)).toBe('string');
        // What the page writes back reads the same again.
        const again = decodeScenario(encodeScenario(p, $judge.get()));
        expect(again.notices).toEqual([]);
        expect({ ...Object.fromEntries(PARAM_IDS.map((id) => [id, PARAMS[id].default])), ...again.values }).toEqual(p);
      }),
      { numRuns: 10_000, seed: 20231 },
    );
  }, 120_000);
});
