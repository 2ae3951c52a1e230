// The URL codec: state ⇄ query string, and never a throw on any input.
import { DEFAULTS, PARAMS, PARAM_IDS, type Params } from '../../src/lib/model/numbers';
import { isEnumSpec } from '../../src/lib/model/kit';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeScenario, encodeScenario, numberToUrl, URL_VERSION } from '../../src/lib/url';
import { noticeText } from '../../src/lib/notices';
import { scenario } from '../support/arbitraries';

describe('encodeScenario', () => {
  it('writes nothing for the essay’s own numbers', () => {
    expect(encodeScenario(DEFAULTS)).toBe('');
  });

  it('writes only changed parameters, by id, with the version', () => {
    expect(encodeScenario({ ...DEFAULTS, mfu: 0.6, gpu: 'h100' })).toBe(`v=${URL_VERSION}&gpu=h100&mfu=0.6`);
  });

  it('writes numbers in their shortest exact form', () => {
    expect(numberToUrl(25000)).toBe('25000');
    expect(numberToUrl(1e13)).toBe('1e13');
    expect(numberToUrl(0.6)).toBe('0.6');
    expect(Number(numberToUrl(2.62109375e9))).toBe(2.62109375e9);
  });
});

describe('decodeScenario', () => {
  it('reads the model’s example link', () => {
    const { values, notices } = decodeScenario('?mfu=0.6&gpu=h100');
    expect(values).toEqual({ mfu: 0.6, gpu: 'h100' });
    expect(notices).toEqual([]);
  });

  it('clamps out-of-range values, drops malformed ones, ignores unknown keys, each with a notice, and keeps the rest', () => {
    const { values, notices } = decodeScenario('mfu=2&gpuCount=abc&bogus=1&gpu=tpu&gpuHourUsd=3&trainingTokens=-5');
    expect(values).toEqual({ mfu: 0.95, gpuHourUsd: 3, trainingTokens: PARAMS.trainingTokens.min });
    expect(notices.map((n) => [n.key, n.kind])).toEqual([
      ['mfu', 'clamped'],
      ['gpuCount', 'malformed'],
      ['bogus', 'unknown'],
      ['gpu', 'malformed'],
      ['trainingTokens', 'clamped'],
    ]);
    for (const n of notices) expect(noticeText(n)).not.toMatch(/NaN|Infinity|undefined/);
  });

  it('rejects NaN, Infinity, hex and empty values', () => {
    for (const bad of ['NaN', 'Infinity', '-Infinity', '0x10', '', ' ', '1e999', '1,000']) {
      const { values, notices } = decodeScenario(`gpuCount=${encodeURIComponent(bad)}`);
      expect(values, bad).toEqual({});
      expect(notices[0]?.kind, bad).toBe('malformed');
    }
  });

  it('reads a link without a version as the current version, and a bad version with a notice', () => {
    expect(decodeScenario('mfu=0.5').values).toEqual({ mfu: 0.5 });
    const { values, notices } = decodeScenario('v=99&mfu=0.5');
    expect(values).toEqual({ mfu: 0.5 });
    expect(notices[0]?.kind).toBe('version');
  });

  it('round-trips any scenario', () => {
    fc.assert(
      fc.property(scenario, (p) => {
        const { values, notices } = decodeScenario(encodeScenario(p));
        expect(notices).toEqual([]);
        expect({ ...DEFAULTS, ...values }).toEqual(p);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any query string, and always yields valid values', () => {
    const key = fc.oneof(fc.constantFrom(...PARAM_IDS, 'v', '__proto__', 'constructor', 'toString'), fc.string());
    const val = fc.oneof(fc.string(), fc.double().map(String), fc.constantFrom('h100', '<script>alert(1)</script>', '%E0%A4%A', '1e308'));
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(fc.tuple(key, val), { maxLength: 12 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(query, (q) => {
        const { values, notices } = decodeScenario(q);
        expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
        for (const [id, v] of Object.entries(values)) {
          const spec = PARAMS[id as keyof Params];
          expect(spec, id).toBeDefined();
          if (isEnumSpec(spec)) expect(spec.options).toContain(v);
          else {
            expect(Number.isFinite(v)).toBe(true);
            expect(v as number).toBeGreaterThanOrEqual(spec.min);
            expect(v as number).toBeLessThanOrEqual(spec.max);
          }
        }
        for (const n of notices) expect(typeof noticeText(n)).toBe('string');
      }),
      { numRuns: 3000 },
    );
  });
});
