// One formatter per kind of quantity; non-finite values never print as NaN.
import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatFactor, formatFlops, formatFraction, formatUsd, formatValue, spokenValue, NO_VALUE } from '../../src/lib/format';

describe('formatters', () => {
  it.each([
    [formatUsd(64.81e6), '$64.8M'],
    [formatUsd(18e6), '$18M'],
    [formatUsd(6.816e6), '$6.82M'],
    [formatUsd(866.7e3), '$867K'],
    [formatUsd(1), '$1.00'],
    [formatUsd(45), '$45'],
    [formatCount(25000), '25,000'],
    [formatCount(280e9), '280B'],
    [formatCount(1.76e12), '1.76T'],
    [formatCount(13e12), '13T'],
    [formatCount(16), '16'],
    [formatFlops(2.184e25), '2.18 × 10²⁵ FLOPs'],
    [formatFlops(9.996e24), '1 × 10²⁵ FLOPs'],
    [formatFraction(0.3), '30%'],
    [formatFraction(0.125), '12.5%'],
    [formatFraction(0.0049), '0.49%'],
    [formatFactor(9.51), '9.51×'],
    [formatFactor(2), '2×'],
    [formatDuration(108.02, 'days'), '108 days'],
    [formatDuration(1, 'months'), '1 month'],
    [formatDuration(1.38, 'years'), '1.4 years'],
    [formatValue('cny', 100e6), '¥100M'],
    [spokenValue('count', 25000, 'GPUs'), '25,000 GPUs'],
  ])('%s = %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('shows a dash, never NaN or Infinity', () => {
    for (const kind of ['usd', 'cny', 'count', 'ratio', 'factor', 'percentPoints', 'days', 'months', 'years', 'flops', 'fxRate'] as const) {
      expect(formatValue(kind, Number.NaN)).toBe(NO_VALUE);
      expect(formatValue(kind, Number.POSITIVE_INFINITY)).toBe(NO_VALUE);
    }
  });
});
