// Random and adversarial query strings, for the fuzz tests of the URL codec and the page.
import { PARAM_IDS } from '../../src/lib/model/numbers';
import fc from 'fast-check';

const nastyValues = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', 'NaN', 'Infinity', '-Infinity',
  '-0', '1e309', '-1e309', '0x10', '1_000', '١٢٣', '%00', '%', '%E0%A4%A', '', ' ', '\u0000', '1e-400', 'h100', 'a100',
  'partly', '__proto__', 'constructor', '9'.repeat(400), '0.'.padEnd(200, '3'),
];

const key = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PARAM_IDS) },
  { weight: 1, arbitrary: fc.constantFrom('v', 'judge.efficiency-60', 'judge.<x>', 'judge.', '__proto__', 'constructor', 'toString', 'hasOwnProperty') },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);
const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...nastyValues) },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** Query strings: raw bytes, web-style parameters, and pairs of known keys with hostile values. */
export const adversarialQuery: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.webQueryParameters(),
  fc.array(fc.tuple(key, value), { maxLength: 15 }).map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')),
  fc.array(fc.tuple(key, value), { maxLength: 15 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
);
