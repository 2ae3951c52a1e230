// The reader's tools as pure functions: goal seek, sensitivity, save/open, CSV, citation.
import { DEFAULTS, computeOutputs } from '../../src/lib/model/numbers';
import { describe, expect, it } from 'vitest';
import { goalSeek, inputsAffecting } from '../../src/lib/tools/goal-seek';
import { sensitivity } from '../../src/lib/tools/sensitivity';
import { citation, outputsCsv, readScenarioJson, scenarioJson } from '../../src/lib/tools/export';
import { changedParams } from '../../src/lib/tools/changes';

const cost = (p = DEFAULTS) => computeOutputs(p).trainingCostUsd as number;

describe('goalSeek', () => {
  it('finds the GPU-hour price that makes training cost $10M, within 1%', () => {
    const r = goalSeek(DEFAULTS, 'trainingCostUsd', 10e6, 'gpuHourUsd');
    expect(r.reached).toBe(true);
    expect(Math.abs(cost({ ...DEFAULTS, gpuHourUsd: r.value }) / 10e6 - 1)).toBeLessThan(0.01);
  });

  it('reports an unreachable target, with the closest value in range', () => {
    const r = goalSeek(DEFAULTS, 'trainingCostUsd', 10e6, 'mfu');
    expect(r.reached).toBe(false);
    expect(r.value).toBe(0.95);
    expect(r.achieved).toBeCloseTo(cost({ ...DEFAULTS, mfu: 0.95 }), 0);
  });

  it('solves across log-scaled inputs and other chapters', () => {
    const r = goalSeek(DEFAULTS, 'trainingDays', 60.875, 'gpuCount');
    expect(r.reached).toBe(true);
    expect(Math.abs((computeOutputs({ ...DEFAULTS, gpuCount: r.value }).trainingDays as number) / 60.875 - 1)).toBeLessThan(0.01);
    const y = goalSeek(DEFAULTS, 'yearsUntilRoundAffords', 0.5, 'largestRoundCny');
    expect(y.reached).toBe(true);
  });

  it('offers only the inputs that move the output', () => {
    const inputs = inputsAffecting(DEFAULTS, 'trainingCostUsd');
    expect(inputs).toEqual(expect.arrayContaining(['activeParams', 'trainingTokens', 'mfu', 'gpuHourUsd']));
    expect(inputs).not.toContain('gpuCount');
    expect(inputs).not.toContain('guessAccuracy');
  });
});

describe('sensitivity', () => {
  it('orders inputs by their swing, largest first', () => {
    const bars = sensitivity(DEFAULTS, 'leveredCostUsd', 'fullRange');
    const swings = bars.map((b) => b.swing);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
    expect(bars[0]?.swing).toBeGreaterThan(bars.at(-1)?.swing ?? Number.POSITIVE_INFINITY);
  });

  it('moves each input from half to double, within its range', () => {
    const mfu = sensitivity(DEFAULTS, 'trainingCostUsd').find((b) => b.id === 'mfu');
    expect(mfu?.lowInput).toBe(0.15);
    expect(mfu?.highInput).toBe(0.6);
    expect(mfu?.atLow).toBeCloseTo(cost() * 2, 0);
  });
});

describe('save, open and cite', () => {
  const p = { ...DEFAULTS, mfu: 0.45, gpu: 'h100' as const };

  it('saves only the changed numbers and opens them again through the URL codec', () => {
    const json = scenarioJson(p, { 'fp8-lever': 'partly' }, 'https://x.test/arithmetic/?v=1', '2026-11-28T00:00:00Z');
    expect(JSON.parse(json).params).toEqual({ gpu: 'h100', mfu: 0.45 });
    const back = readScenarioJson(json);
    expect(back.values).toEqual({ gpu: 'h100', mfu: 0.45 });
    expect(back.judge).toEqual({ 'fp8-lever': 'partly' });
    expect(back.notices).toEqual([]);
  });

  it('refuses a file that is not a saved scenario, and validates one that was tampered with', () => {
    expect(readScenarioJson('not json').notices[0]?.kind).toBe('malformed');
    expect(readScenarioJson('{"format":"other"}').notices[0]?.kind).toBe('malformed');
    const tampered = readScenarioJson(JSON.stringify({ format: 'almost-september-scenario', query: 'mfu=5&evil=1' }));
    expect(tampered.values).toEqual({ mfu: 0.95 });
    expect(tampered.notices.map((n) => n.kind)).toEqual(['clamped', 'unknown']);
  });

  it('writes every output to CSV, quoting where needed', () => {
    const lines = outputsCsv(DEFAULTS).trim().split('\n');
    expect(lines.length).toBe(1 + Object.keys(computeOutputs(DEFAULTS)).length);
    expect(lines.find((l) => l.startsWith('efficiencyForOneLaunch,'))).toContain('undefined: no efficiency could do it');
    expect(lines.find((l) => l.startsWith('costDeclinePerYear,'))).toMatch(/,"√\(the arithmetic chapter's five levers together\), the essay's 'about two years'"$/);
  });

  it('cites a number with its value, formula, link and date', () => {
    const text = citation(p, 'trainingCostUsd', 'https://x.test/a/?v=1&mfu=0.45', '2026-11-28');
    expect(text).toMatch(/^Training cost: \$\d/);
    expect(text).toContain('GPU-hours × price of one GPU-hour');
    expect(text).toContain('https://x.test/a/?v=1&mfu=0.45');
    expect(text).toContain('accessed 2026-11-28');
  });

  it('lists the changed parameters with the essay’s value and the reader’s', () => {
    expect(changedParams(p)).toEqual([
      { id: 'gpu', label: 'GPU', essay: 'NVIDIA A100 SXM', yours: 'NVIDIA H100 SXM' },
      { id: 'mfu', label: 'training efficiency (MFU)', essay: '30%', yours: '45%' },
    ]);
  });
});
