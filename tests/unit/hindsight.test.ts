// The scorecard's data and arithmetic: the schema, the binomial test, the tally.
import { DEFAULTS } from '../../src/lib/model/numbers';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { isRealDate, predictionSchema } from '../../src/content/predictions.schema';
import { binomialTail, judgeRecord, tally } from '../../src/lib/model/hindsight';
import { PREDICTION_ID } from '../../src/lib/verdicts';
import { PREDICTION_IDS } from '../../src/lib/prediction-ids';
import { forecastVerdicts, predictionRows, sourceDate } from '../../src/lib/hindsight-data';
import { describePredictions, monthName } from '../../src/lib/charts/predictions';
import { checkPredictionFiles } from '../../src/integrations/validate-content';
import { decodeScenario, encodeScenario } from '../../src/lib/url';
import { noticeText } from '../../src/lib/notices';
import { ROOT } from '../support/dist';

const DIR = join(ROOT, 'src/content/predictions');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const valid = parse(readFileSync(join(DIR, 'efficiency-60.yaml'), 'utf8'));

describe('the prediction schema', () => {
  it.each(files)('accepts %s, named as an id', (file) => {
    expect(predictionSchema.safeParse(parse(readFileSync(join(DIR, file), 'utf8'))).success).toBe(true);
    expect(file.replace(/\.yaml$/, '')).toMatch(PREDICTION_ID);
  });

  it('has at least twenty predictions, each listed for the link codec', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect([...PREDICTION_IDS].sort()).toEqual(files.map((f) => f.replace(/\.yaml$/, '')).sort());
    expect(checkPredictionFiles(ROOT)).toEqual([]);
  });

  it.each(files)('%s quotes the essay in Chinese, tells its kind, and links an outside source', (file) => {
    const p = parse(readFileSync(join(DIR, file), 'utf8'));
    expect(p.quote).toMatch(/[\u4e00-\u9fff]/);
    expect(['forecast', 'lever-check']).toContain(p.kind);
    expect(p.sources.some((s: { url?: string }) => s.url?.startsWith('https://'))).toBe(true);
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
    for (const url of ['http://example.org', 'javascript:alert(1)']) {
      const r = predictionSchema.safeParse({ ...valid, sources: [{ ...source, url }] });
      expect(r.success).toBe(false);
      expect(JSON.stringify(r.error?.issues), url).toContain('https://');
    }
    expect(predictionSchema.safeParse({ ...valid, sources: [{ ...source, date: 'last year' }] }).success).toBe(false);
  });

  it('refuses impossible dates, naming what is allowed', () => {
    const source = valid.sources[0];
    for (const date of ['2025-13', '2024-02-31', '2023-00', '2023-04-31', '2025-02-29']) {
      const r = predictionSchema.safeParse({ ...valid, sources: [{ ...source, date }] });
      expect(r.success, date).toBe(false);
      expect(JSON.stringify(r.error?.issues), date).toContain('month 01–12');
    }
    for (const horizon of ['2025-13', '2025-00', '2025', '2025-1']) {
      const r = predictionSchema.safeParse({ ...valid, horizon });
      expect(r.success, horizon).toBe(false);
      expect(JSON.stringify(r.error?.issues), horizon).toContain('YYYY-MM');
    }
    expect(predictionSchema.safeParse({ ...valid, sources: [{ ...source, date: '2024-02-29' }] }).success).toBe(true);
    expect([isRealDate('2024'), isRealDate('2024-12'), isRealDate('2024-02-29'), isRealDate('2023-02-29')]).toEqual([true, true, true, false]);
  });

  it('refuses an unknown kind, and a source without a title or a date', () => {
    const k = predictionSchema.safeParse({ ...valid, kind: 'guess' });
    expect(k.success).toBe(false);
    expect(JSON.stringify(k.error?.issues)).toContain('lever-check');
    expect(predictionSchema.safeParse({ ...valid, kind: undefined }).success).toBe(false);
    const { title: _t, ...noTitle } = valid.sources[0];
    const { date: _d, ...noDate } = valid.sources[0];
    expect(JSON.stringify(predictionSchema.safeParse({ ...valid, sources: [noTitle] }).error?.issues)).toContain('needs a title');
    expect(JSON.stringify(predictionSchema.safeParse({ ...valid, sources: [noDate] }).error?.issues)).toContain('needs a date');
  });

  it('refuses a prediction whose sources have no address at all', () => {
    const sources = valid.sources.map((s: { url?: string }) => ({ ...s, url: undefined }));
    const r = predictionSchema.safeParse({ ...valid, sources });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('at least one source with an https:// address');
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

describe('dates in words', () => {
  it('names months and days, and never prints Invalid Date', () => {
    expect(monthName('2026-11')).toBe('November 2026');
    expect(monthName('2025-13')).toBe('2025-13');
    expect(sourceDate('2024-12-27')).toBe('27 December 2024');
    expect(sourceDate('2024-07')).toBe('July 2024');
    expect(sourceDate('2022')).toBe('2022');
    expect(sourceDate('2025-13-01')).toBe('2025-13-01');
    for (const d of ['', 'soon', '2025-13', '2024-02-31']) expect(sourceDate(d)).not.toContain('Invalid');
  });
});

describe('tally', () => {
  it('counts forecasts only; lever checks stay outside', () => {
    const entries = [
      { id: 'a', data: { title: 'A', kind: 'forecast', made: '2023-09', horizon: '2024-09', verdict: 'borne-out' } },
      { id: 'b', data: { title: 'B', kind: 'lever-check', made: '2023-09', horizon: '2025-09', verdict: 'not-borne-out' } },
      { id: 'c', data: { title: 'C', kind: 'forecast', made: '2023-09', horizon: '2025-09', verdict: 'not-borne-out' } },
    ] as const;
    const rows = predictionRows(entries, { c: 'borne-out' });
    expect(forecastVerdicts(rows)).toEqual(['borne-out', 'borne-out']);
    const t = tally(forecastVerdicts(rows), 0.5);
    expect([t.hits, t.decided]).toEqual([2, 2]);
    expect(t.chance).toBeCloseTo(0.25, 12);
    expect(describePredictions(rows)).toContain('1 is a lever check');
    expect(describePredictions([])).toContain('No prediction matches');
  });

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

  it('drop a verdict for a prediction that does not exist, with a notice, and never write one', () => {
    const { judge, notices } = decodeScenario('judge.no-such-claim=partly&judge.fp8-lever=partly');
    expect(judge).toEqual({ 'fp8-lever': 'partly' });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.kind).toBe('unknown');
    expect(noticeText(notices[0]!)).toContain('no-such-claim');
    expect(encodeScenario(DEFAULTS, { 'no-such-claim': 'partly', 'fp8-lever': 'partly' })).toBe('v=1&judge.fp8-lever=partly');
    expect(encodeScenario(DEFAULTS, { 'no-such-claim': 'partly' })).toBe('');
  });
});
