// The reader's tools as pure functions: goal seek, sensitivity, save/open, CSV, citation.
import { DEFAULTS, computeOutputs } from '../../src/lib/model/numbers';
import { describe, expect, it } from 'vitest';
import { goalSeek, goalSeekOffer, inputsAffecting } from '../../src/lib/tools/goal-seek';
import { MAIN_OUTPUTS, chapterOutputs, citeOutputs, sensitivityStart, toolOutputs } from '../../src/lib/tools/menus';
import { sensitivity } from '../../src/lib/tools/sensitivity';
import { citation, outputsCsv, readScenarioJson, scenarioJson } from '../../src/lib/tools/export';
import { changedParams } from '../../src/lib/tools/changes';
import { noticeText } from '../../src/lib/notices';

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

describe('goalSeekOffer', () => {
  it('offers the found value, and the value to restore on undo, without changing the scenario', () => {
    const p = { ...DEFAULTS, gpuHourUsd: 2 };
    const { result, offer } = goalSeekOffer(p, 'trainingCostUsd', 10e6, 'gpuHourUsd');
    expect(result.reached).toBe(true);
    expect(offer).toEqual({ param: 'gpuHourUsd', value: result.value, previous: 2 });
    expect(p.gpuHourUsd).toBe(2);
  });

  it('offers nothing when the target is out of reach', () => {
    const { result, offer } = goalSeekOffer(DEFAULTS, 'trainingCostUsd', 10e6, 'mfu');
    expect(result.reached).toBe(false);
    expect(offer).toBeUndefined();
  });
});

describe('the tools’ menus', () => {
  it('offer the main outputs first, then the chapter’s own, each once', () => {
    const lifelines = toolOutputs('lifelines');
    expect(lifelines.slice(0, MAIN_OUTPUTS.length)).toEqual(MAIN_OUTPUTS);
    expect(lifelines).toEqual(expect.arrayContaining(chapterOutputs('lifelines')));
    expect(new Set(lifelines).size).toBe(lifelines.length);
    expect(citeOutputs('moats')[0]).toBe(chapterOutputs('moats')[0]);
    expect(citeOutputs('moats').length).toBe(Object.keys(computeOutputs(DEFAULTS)).length);
  });

  it('start the sensitivity tool on the chapter’s headline figure when its inputs can be told apart', () => {
    expect(sensitivityStart('arithmetic', 'trainingCostUsd')).toBe('trainingCostUsd');
    // Elsewhere: a result of that chapter whose bars differ at the essay's numbers.
    for (const chapter of ['customization', 'multimodal', 'lifelines', 'moats'] as const) {
      const start = sensitivityStart(chapter);
      const swings = sensitivity(DEFAULTS, start).map((b) => b.swing.toPrecision(4));
      expect(swings.length, chapter).toBeGreaterThanOrEqual(2);
      expect(new Set(swings).size, chapter).toBe(swings.length);
    }
  });
});

describe('sensitivity', () => {
  it('starts with each input across its whole range, which tells the inputs of a product apart', () => {
    const byDefault = sensitivity(DEFAULTS, 'trainingCostUsd');
    expect(byDefault).toEqual(sensitivity(DEFAULTS, 'trainingCostUsd', 'fullRange'));
    const swings = byDefault.map((b) => b.swing);
    expect(new Set(swings).size).toBe(swings.length);
    // Half to double gives every factor of the cost the same bar: it cannot tell them apart.
    const halfToDouble = sensitivity(DEFAULTS, 'trainingCostUsd', 'halfToDouble').filter((b) => ['activeParams', 'trainingTokens', 'gpuHourUsd'].includes(b.id));
    expect(new Set(halfToDouble.map((b) => b.swing.toPrecision(6))).size).toBe(1);
  });

  it('leaves out an input that does not move the result', () => {
    // The levered cost divides by a gain that raises efficiency to its target: the scenario's own efficiency cancels out.
    expect(inputsAffecting(DEFAULTS, 'leveredCostUsd')).toContain('mfu');
    for (const range of ['fullRange', 'halfToDouble'] as const) {
      const bars = sensitivity(DEFAULTS, 'leveredCostUsd', range);
      expect(bars.length).toBeGreaterThan(2);
      expect(bars.map((b) => b.id)).not.toContain('mfu');
      expect(bars.every((b) => b.swing > 0)).toBe(true);
    }
  });

  it('moves each input from half to double, within its range', () => {
    const mfu = sensitivity(DEFAULTS, 'trainingCostUsd', 'halfToDouble').find((b) => b.id === 'mfu');
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
    expect(lines.find((l) => l.startsWith('efficiencyForOneLaunch,'))).toContain('not defined: no efficiency could do it');
    expect(lines.find((l) => l.startsWith('costDeclinePerYear,'))).toMatch(/,"√\(the arithmetic chapter's five levers together\), the essay's 'about two years'"$/);
  });

  it('starts the CSV with a byte-order mark and lets no cell read as a formula', () => {
    const csv = outputsCsv({ ...DEFAULTS, buildCostUsd: 1e7, monthlyProfitUsd: 1e4 });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const cells = csv.slice(1).trim().split('\n').flatMap((l) => l.split(','));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(csv).toMatch(/,'-\$[\d.]+[KM]?,/);
  });

  it('opens a saved scenario that has a params block but no query', () => {
    const back = readScenarioJson(JSON.stringify({ format: 'almost-september-scenario', params: { mfu: 0.9, gpu: 'h100' }, judge: { 'fp8-lever': 'partly' } }));
    expect(back.values).toEqual({ mfu: 0.9, gpu: 'h100' });
    expect(back.judge).toEqual({ 'fp8-lever': 'partly' });
    const empty = readScenarioJson(JSON.stringify({ format: 'almost-september-scenario', query: { mfu: 0.9 } }));
    expect(empty.values).toEqual({});
    expect(noticeText(empty.notices[0]!)).toContain('nothing was changed');
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
