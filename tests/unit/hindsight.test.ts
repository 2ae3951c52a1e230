// The scorecard's data and arithmetic: the schema, the binomial test, the tally.
import { DEFAULTS } from '../../src/lib/model/numbers';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { predictionSchema } from '../../src/content/predictions.schema';
import { binomialTail, judgeRecord, tally } from '../../src/lib/model/hindsight';
import { PREDICTION_ID } from '../../src/lib/verdicts';
import { decodeScenario, encodeScenario } from '../../src/lib/url';
import { ROOT } from '../support/dist';

const DIR = join(ROOT, 'src/content/predictions');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const valid = parse(readFileSync(join(DIR, 'efficiency-60.yaml'), 'utf8'));

describe('the prediction schema', () => {
  it.each(files)('accepts %s, named as an id', (file) => {
    expect(predictionSchema.safeParse(parse(readFileSync(join(DIR, file), 'utf8'))).success).toBe(true);
    expect(file.replace(/\.yaml$/, '')).toMatch(PREDICTION_ID);
  });

  it('has at least twelve predictions', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it('refuses a prediction without a source', () => {
    const r = predictionSchema.safeParse({ ...valid, sources: [] });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('at least one source');
    expect(predictionSchema.safeParse({ ...valid, sources: undefined }).success).toBe(false);
  });

  it('refuses an unknown verdict or chapter, naming the valid ones', () => {
    const v = predictionSchema.safeParse({ ...valid, verdict: 'maybe' });
    expect(v.success).toBe(false);
    expect(JSON.stringify(v.error?.issues)).toContain('borne-out');
    const c = predictionSchema.safeParse({ ...valid, chapter: 'hindsight' });
    expect(c.success).toBe(false);
    expect(JSON.stringify(c.error?.issues)).toContain('arithmetic');
  });

  it('refuses a source address that is not https, and a malformed date', () => {
    const source = valid.sources[0];
    expect(predictionSchema.safeParse({ ...valid, sources: [{ ...source, url: 'http://example.org' }] }).success).toBe(false);
    expect(predictionSchema.safeParse({ ...valid, sources: [{ ...source, url: 'javascript:alert(1)' }] }).success).toBe(false);
    expect(predictionSchema.safeParse({ ...valid, sources: [{ ...source, date: 'last year' }] }).success).toBe(false);
  });
});

describe('binomialTail', () => {
  it.each([
    [3, 3, 0.5, 0.125],
    [7, 11, 0.5, 562 / 2048],
    [1, 10, 0.1, 1 - 0.9 ** 10],
    [0, 5, 0.3, 1],
    [6, 5, 0.3, 0],
    [5, 5, 0.9, 0.9 ** 5],
    [2, 4, 0.25, 1 - 0.75 ** 4 - 4 * 0.25 * 0.75 ** 3],
  ])('P(X ≥ %i | n=%i, p=%d) = %d', (k, n, p, expected) => {
    expect(binomialTail(k, n, p)).toBeCloseTo(expected, 12);
  });
});

describe('tally', () => {
  it('counts clean verdicts only and tests them against the guesser', () => {
    const t = tally(['borne-out', 'borne-out', 'not-borne-out', 'partly', 'too-early'], 0.5);
    expect(t.counts).toEqual({ 'borne-out': 2, partly: 1, 'not-borne-out': 1, 'too-early': 1 });
    expect(t.decided).toBe(3);
    expect(t.hits).toBe(2);
    expect(t.chance).toBeCloseTo(0.5, 12);
    expect(judgeRecord(t, 0.5)).toBe('better');
    expect(judgeRecord(tally(Array(6).fill('borne-out'), 0.5), 0.5)).toBe('beyond-chance');
    expect(judgeRecord(tally(['too-early'], 0.5), 0.5)).toBe('undecided');
    expect(judgeRecord(tally(['not-borne-out', 'borne-out'], 0.5), 0.5)).toBe('not-better');
  });
});

describe('the reader’s verdicts in the URL', () => {
  it('round-trip with the scenario', () => {
    const query = encodeScenario({ ...DEFAULTS, mfu: 0.5 }, { 'efficiency-60': 'partly' });
    expect(query).toBe('v=1&mfu=0.5&judge.efficiency-60=partly');
    const { values, judge, notices } = decodeScenario(query);
    expect(values).toEqual({ mfu: 0.5 });
    expect(judge).toEqual({ 'efficiency-60': 'partly' });
    expect(notices).toEqual([]);
  });

  it('drop a malformed verdict or id with a notice', () => {
    const { judge, notices } = decodeScenario('judge.efficiency-60=maybe&judge.BAD_ID=partly&judge.fp8-lever=too-early');
    expect(judge).toEqual({ 'fp8-lever': 'too-early' });
    expect(notices.map((n) => n.kind)).toEqual(['malformed', 'malformed']);
  });
});
