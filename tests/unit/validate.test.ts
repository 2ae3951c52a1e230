// Untrusted values: a reader's typing and single values from a link.
import { describe, expect, it } from 'vitest';
import { coerceParam, parseStrictNumber } from '../../src/lib/validate';
import { noticeText } from '../../src/lib/notices';
import { parseReaderNumber } from '../../src/lib/reader-number';

describe('parseReaderNumber', () => {
  it.each([
    ['25,000', 'count', 25000],
    ['25k', 'count', 25000],
    ['$1.5M', 'usd', 1.5e6],
    ['280B', 'count', 280e9],
    ['60%', 'ratio', 0.6],
    ['60', 'ratio', 0.6],
    ['0.6', 'ratio', 0.6],
    ['2×', 'factor', 2],
    ['¥100M', 'cny', 100e6],
  ] as const)('%s (%s) = %d', (raw, kind, expected) => {
    expect(parseReaderNumber(raw, kind)).toBeCloseTo(expected, 10);
  });

  it.each(['', 'abc', '1..2', '--1', '$', 'NaN', '1e400'])('refuses %j', (raw) => {
    expect(parseReaderNumber(raw, 'usd')).toBeUndefined();
  });
});

describe('coerceParam', () => {
  it.each(['NaN', '-Infinity', 'infinity'])('refuses %j without echoing a word that reads as a broken number', (raw) => {
    const result = coerceParam('mfu', raw);
    expect(result.ok).toBe(false);
    expect(noticeText(result.notice!)).toBe('A value that is not a finite number is not a number for “training efficiency (MFU)”, so it was left out.');
  });

  it('accepts a value in range as it is', () => {
    expect(coerceParam('mfu', 0.42)).toEqual({ ok: true, value: 0.42 });
  });

  it('clamps with a notice that names the parameter and the limit', () => {
    const r = coerceParam('mfu', 3);
    expect(r).toMatchObject({ ok: true, value: 0.95 });
    expect(noticeText(r.notice!)).toContain('training efficiency');
    expect(noticeText(r.notice!)).toContain('95%');
  });

  it('refuses a malformed value and a GPU it does not know', () => {
    expect(coerceParam('gpuCount', 'lots')).toMatchObject({ ok: false, notice: { kind: 'malformed' } });
    expect(coerceParam('gpu', 'tpu-v5')).toMatchObject({ ok: false, notice: { kind: 'malformed' } });
    expect(coerceParam('gpu', 'h800')).toEqual({ ok: true, value: 'h800' });
  });

  it('quotes long input shortened', () => {
    const r = coerceParam('gpuCount', 'x'.repeat(500));
    expect(noticeText(r.notice!).length).toBeLessThan(200);
  });

  it('parses strict numbers only', () => {
    expect(parseStrictNumber('1e6')).toBe(1e6);
    expect(parseStrictNumber('.5')).toBe(0.5);
    expect(parseStrictNumber('0x1f')).toBeUndefined();
  });
});

describe('negative zero', () => {
  it('becomes plain zero, so that no cost prints as "-$0.00"', () => {
    const r = coerceParam('gpuPriceCut', '-0');
    expect(r).toEqual({ ok: true, value: 0 });
    expect(Object.is(r.ok && r.value, 0)).toBe(true);
  });
});
