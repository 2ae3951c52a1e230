// Interaction that never lies: drags, notices, presets, one change at a time (issue 14).
import { beforeEach, describe, expect, it } from 'vitest';
import { PARAMS, PARAM_IDS, DEFAULTS } from '../../src/lib/model/numbers';
import { DRAG_THRESHOLD_PX, Drag, dragSpanPx } from '../../src/lib/drag';
import { fromPosition, toPosition } from '../../src/lib/scale';
import { isEnumSpec, type NumericParamSpec } from '../../src/lib/model/kit';
import { coerceParam, quote, type Notice } from '../../src/lib/validate';
import { foreignCurrency, parseReaderNumber } from '../../src/lib/reader-number';
import { noticeText, summariseNotices } from '../../src/lib/notices';
import { decodeScenario } from '../../src/lib/url';
import { presetChapters, presetsFor } from '../../src/lib/preset-chapters';
import { $judge, $notices, $params, applyPreset, dismissNotices, matchingPreset, openScenario, resetAll, resetParams, scenarioName, setParam } from '../../src/state/scenario';


beforeEach(() => {
  resetAll();
  dismissNotices();
});

const numeric = PARAM_IDS.filter((id) => !isEnumSpec(PARAMS[id])).map((id) => [id, PARAMS[id] as NumericParamSpec] as const);

describe('dragging a number', () => {
  const at = (spec: NumericParamSpec, position: number | undefined) => (position === undefined ? undefined : fromPosition(spec, position));

  it.each(numeric)('%s: a 3 px nudge from the essay’s value moves it by at most 10% or one step', (_id, spec) => {
    const drag = new Drag(spec, toPosition(spec, spec.default), 100, 100, false);
    drag.move(100 + DRAG_THRESHOLD_PX, 100);
    const after = at(spec, drag.move(100 + DRAG_THRESHOLD_PX + 3, 100)) ?? spec.default;
    expect(Math.abs(after - spec.default)).toBeLessThanOrEqual(Math.max(0.1 * Math.abs(spec.default), spec.step) + 1e-9);
  });

  it('waits for the threshold, then starts where it was crossed (no jump)', () => {
    const spec = PARAMS.gpuCount;
    const drag = new Drag(spec, toPosition(spec, 25000), 0, 0, false);
    expect(drag.move(DRAG_THRESHOLD_PX - 1, 0)).toBeUndefined();
    expect(drag.phase).toBe('pending');
    expect(drag.move(DRAG_THRESHOLD_PX, 0)).toBeUndefined();
    expect(drag.phase).toBe('dragging');
    const span = dragSpanPx(spec);
    const v = at(spec, drag.move(DRAG_THRESHOLD_PX + span / 6, 0)) ?? 0; // one decade of six
    expect(v).toBeGreaterThan(240000);
    expect(v).toBeLessThan(260000);
  });

  it('on touch gives a mostly vertical swipe back to the page', () => {
    const drag = new Drag(PARAMS.gpuCount, 0.5, 0, 0, true);
    expect(drag.move(2, 12)).toBeUndefined();
    expect(drag.phase).toBe('abandoned');
    expect(drag.move(200, 12)).toBeUndefined();
  });

  it('with a mouse, a diagonal move still drags', () => {
    const drag = new Drag(PARAMS.mfu, 0.3, 0, 0, false);
    drag.move(2, 12);
    expect(drag.phase).toBe('dragging');
  });

  it('moves five times more finely with Shift', () => {
    const spec = PARAMS.gpuCount;
    const coarse = new Drag(spec, 0.5, 0, 0, false);
    const fine = new Drag(spec, 0.5, 0, 0, false);
    coarse.move(10, 0);
    fine.move(10, 0);
    const c = (coarse.move(110, 0) ?? 0) - 0.5;
    const f = (fine.move(110, 0, true) ?? 0) - 0.5;
    expect(c).toBeCloseTo(5 * f, 10);
    expect(c).toBeCloseTo(100 / dragSpanPx(spec), 10);
  });

  it('gives every decade of a log scale the same room, and stays in range', () => {
    expect(dragSpanPx(PARAMS.gpuCount)).toBeCloseTo(6 * 120);
    const drag = new Drag(PARAMS.gpuCount, toPosition(PARAMS.gpuCount, 25000), 0, 0, false);
    drag.move(10, 0);
    expect(drag.move(-10000, 0)).toBe(0);
    expect(drag.move(-10001, 0)).toBe(0);
    // Reversing at the end responds at once.
    expect(drag.move(-9000, 0)).toBeGreaterThan(0);
  });
});

describe('untrusted text', () => {
  it('shows invisible and direction-changing characters instead of obeying them', () => {
    expect(quote('\u202Egnp.exe')).toBe('“[U+202E]gnp.exe”');
    expect(quote('0.2\u200B')).toBe('“0.2[U+200B]”');
    const r = decodeScenario('\u202Egnp.exe=1');
    expect(noticeText(r.notices[0]!)).not.toMatch(/\p{Cf}/u);
  });

  it('rounds counts of whole things, saying so', () => {
    const r = coerceParam('gpuCount', 2.5);
    expect(r).toMatchObject({ ok: true, value: 3, notice: { kind: 'clamped' } });
    expect(noticeText(r.notice!)).toContain('whole number');
    expect(coerceParam('expertCount', '3.7')).toMatchObject({ ok: true, value: 4 });
    expect(coerceParam('mfu', 0.333)).toEqual({ ok: true, value: 0.333 });
  });

  it('quotes what the reader typed, not the number it became', () => {
    expect(noticeText(coerceParam('gpuHourUsd', 1.5e6, 'gpuHourUsd', '1.5M').notice!)).toContain('“1.5M” became');
    expect(noticeText(coerceParam('mfu', 0, 'mfu', '-0').notice!)).toContain('“-0” became');
  });

  it('refuses another currency', () => {
    expect(foreignCurrency('¥7', 'usd')).toBe('¥');
    expect(parseReaderNumber('¥7', 'usd')).toBeUndefined();
    expect(parseReaderNumber('$7', 'cny')).toBeUndefined();
    expect(parseReaderNumber('€7', 'usd')).toBeUndefined();
    expect(foreignCurrency('$7', 'usd')).toBeUndefined();
    expect(parseReaderNumber('US$7', 'usd')).toBe(7);
    expect(parseReaderNumber('¥7', 'cny')).toBe(7);
  });

  it('resolves a repeated key one way (the first value), with a notice', () => {
    const params = decodeScenario('mfu=0.4&mfu=0.7');
    expect(params.values.mfu).toBe(0.4);
    expect(params.notices).toHaveLength(1);
    expect(params.notices[0]).toMatchObject({ kind: 'repeated', key: 'mfu' });
    const version = decodeScenario('v=1&v=9&mfu=0.5');
    expect(version.values.mfu).toBe(0.5);
    expect(version.notices.map((n) => n.kind)).toEqual(['repeated']);
  });
});

describe('notices, most relevant first', () => {
  const query = '?mfu=0.6O&gpuCount=2e6&utm_source=newsletter&utm_medium=email&utm_campaign=sept&fbclid=IwAR0abc&gclid=xyz&buildCostUsd=-1';
  const here = (key: string) => ['mfu', 'gpuCount'].includes(key);

  it('puts this page’s settings first and collapses unknown keys into one line with "and N more"', () => {
    const lines = summariseNotices(decodeScenario(query).notices, here, quote);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('“0.6O”');
    expect(lines[1]).toContain('“GPUs in the cluster” can be at most');
    expect(lines[2]).toContain('cost to build');
    expect(lines[3]).toMatch(/^The link has 5 settings this page does not know.*“utm_source”.*and 1 more\.$/);
  });

  it('says how many more there are when it has to shorten', () => {
    const many: Notice[] = Array.from({ length: 9 }, (_, i) => ({ key: `k${i}`, kind: 'clamped', message: `m${i}` }));
    const lines = summariseNotices(many, () => false, quote, 5);
    expect(lines).toEqual(['m0', 'm1', 'm2', 'm3', 'And 5 more notices about this link.']);
  });

  it('clears a parameter’s notice once a good value is set', () => {
    setParam('mfu', 'abc');
    expect($notices.get()).toHaveLength(1);
    setParam('mfu', 0.5);
    expect($notices.get()).toEqual([]);
  });
});

describe('presets, reset and opening a scenario', () => {
  it('offers the model presets only where they change something', () => {
    expect(presetChapters('deepseek-v3').sort()).toEqual(['arithmetic', 'moats', 'multimodal']);
    expect(presetsFor('arithmetic')).toEqual(['deepseek-v3', 'llama-3.1-405b']);
    for (const page of ['home', 'rockets', 'customization', 'lifelines'] as const) expect(presetsFor(page)).toEqual([]);
    expect(presetsFor(undefined)).toEqual([]);
  });

  it('apply a preset, a reset and an opened scenario as one change each', () => {
    const seen: unknown[] = [];
    const unbind = $params.listen((p) => seen.push(p));
    applyPreset('deepseek-v3');
    expect(seen).toHaveLength(1);
    resetParams();
    expect(seen).toHaveLength(2);
    openScenario(decodeScenario('mfu=0.5&gpuCount=1000&gpu=h100&judge.fp8-lever=partly'));
    expect(seen).toHaveLength(3);
    expect($judge.get()).toEqual({ 'fp8-lever': 'partly' });
    unbind();
  });

  it('keep the reader’s verdicts through a preset and a reset', () => {
    $judge.set({ 'fp8-lever': 'partly' });
    applyPreset('llama-3.1-405b');
    expect($judge.get()).toEqual({ 'fp8-lever': 'partly' });
    resetParams();
    expect($judge.get()).toEqual({ 'fp8-lever': 'partly' });
    expect($params.get()).toEqual(DEFAULTS);
  });

  it('name the scenario: the essay, a preset, or how many numbers changed, and the reader’s verdicts', () => {
    expect(scenarioName($params.get(), {})).toBe('as in the essay');
    applyPreset('deepseek-v3');
    expect(matchingPreset($params.get())).toBe('deepseek-v3');
    expect(scenarioName($params.get(), {})).toBe('DeepSeek-V3 (2024)');
    setParam('mfu', 0.5);
    expect(scenarioName($params.get(), { 'fp8-lever': 'partly' })).toBe('8 changed, 1 verdict yours');
  });
});
