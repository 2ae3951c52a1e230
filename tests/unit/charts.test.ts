// Charts are pure functions of the scenario: deterministic SVG, kept as files.
import { computeOutputs, DEFAULTS, type Params } from '../../src/lib/model/numbers';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderChart } from '../../src/lib/charts/plots';
import { NARROW, WIDE, logTicks, wrapLines, textWidth } from '../../src/lib/charts/frame';
import { CHART_IDS, chartDescription, chartText, type ChartId } from '../../src/lib/model/charts';
import { PRESETS } from '../../src/lib/presets';
import { morph } from '../../src/lib/charts/morph';

const svgOf = (id: ChartId, p: Params, width = WIDE) => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return renderChart(id, p, computeOutputs(p), width, document as unknown as Document).outerHTML;
};
const textOf = (id: ChartId, p: Params) => chartText(id, p, computeOutputs(p));
const deepseek: Params = { ...DEFAULTS, ...PRESETS['deepseek-v3'].values };

describe('charts', () => {
  it.each(CHART_IDS)('%s renders the same SVG for the same scenario', async (id) => {
    const svg = svgOf(id, DEFAULTS);
    expect(svg).toBe(svgOf(id, DEFAULTS));
    expect(svg).not.toMatch(/NaN|Infinity/);
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${id}-essay.svg`);
    await expect(svgOf(id, deepseek)).toMatchFileSnapshot(`./__snapshots__/${id}-deepseek-v3.svg`);
    await expect(svgOf(id, DEFAULTS, NARROW)).toMatchFileSnapshot(`./__snapshots__/${id}-essay-narrow.svg`);
  });

  it.each(CHART_IDS)('%s is drawn for the width it is given, with 12 px text and its takeaway on top', (id) => {
    for (const width of [NARROW, WIDE, 288]) {
      const { document } = parseHTML(`<div>${svgOf(id, DEFAULTS, width)}</div>`);
      const svg = document.querySelector('svg');
      expect(svg?.getAttribute('width')).toBe(String(width));
      expect(svg?.getAttribute('viewBox')).toMatch(new RegExp(`^0 0 ${width} `));
      expect(svg?.getAttribute('style')).toMatch(/font-size:\s*12px/);
      // No text set smaller than the chart's own 12 px (the style overrides Plot's font-size attribute on the root).
      for (const el of document.querySelectorAll('svg [font-size]')) expect(Number.parseFloat(el.getAttribute('font-size') ?? '0')).toBeGreaterThanOrEqual(12);
      // The takeaway's lines are separate tspans: compare the words.
      const words = (t: string | null | undefined) => (t ?? '').split(/\s+/).join('');
      expect(words(document.querySelector('.takeaway')?.textContent)).toBe(words(textOf(id, DEFAULTS).takeaway));
    }
  });

  it('draws the levers as seven bars, the essay’s band and the DeepSeek-V3 marker', () => {
    const { document } = parseHTML(`<div>${svgOf('levers', DEFAULTS)}</div>`);
    // Five levers as bars spanning what each divides away; the two totals as dots.
    expect(document.querySelectorAll('.bar-step rect')).toHaveLength(5);
    expect(document.querySelectorAll('.mine circle')).toHaveLength(2);
    expect(document.querySelectorAll('.band rect')).toHaveLength(1);
    const text = document.querySelector('svg')?.textContent ?? '';
    expect(text).toContain('$64.8M');
    expect(text).toContain('$6.82M');
    expect(text).toContain('DeepSeek-V3 $5.58M');
  });

  it('says where the lines meet only when they do (the DeepSeek-V3 run is below the round from the start)', () => {
    expect(textOf('computeMoat', DEFAULTS).description).toContain('The lines meet in');
    expect(textOf('computeMoat', deepseek).description).not.toContain('The lines meet');
    expect(textOf('computeMoat', deepseek).description).toContain('the round already pays for a run');
    expect(textOf('computeMoat', deepseek).takeaway).toBe('The largest round already pays for a run in September 2023.');
  });

  it('puts each ratio where it can be read: the round against a launch on a linear axis, model sizes as dots', () => {
    const launches = parseHTML(`<div>${svgOf('launches', DEFAULTS)}</div>`).document;
    expect(launches.querySelector('[aria-label="x-axis tick label"], .plot-axis')).toBeDefined();
    expect(textOf('launches', DEFAULTS).takeaway).toBe('The largest round covers 22.8% of one launch.');
    const sizes = parseHTML(`<div>${svgOf('modelSizes', DEFAULTS)}</div>`).document;
    expect(sizes.querySelectorAll('rect')).toHaveLength(0);
    expect(sizes.querySelectorAll('circle')).toHaveLength(7);
  });

  it('thins log ticks to what fits and wraps the takeaway to the width', () => {
    expect(logTicks([2e6, 90e6], 7)).toEqual([2e6, 5e6, 1e7, 2e7, 5e7]);
    expect(logTicks([2e6, 90e6], 3)).toEqual([3e6, 1e7, 3e7]);
    expect(logTicks([2e6, 90e6], 1)).toEqual([1e7]);
    expect(logTicks([1e6, 1e13], 4)).toEqual([1e6, 1e8, 1e10, 1e12]);
    const lines = wrapLines('The API is cheaper below 3.36B tokens a month; at your volume the custom model costs 3.25× the API.', 339, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(339);
  });

  it('hides the picture from assistive technology and describes it in words instead', () => {
    const svg = svgOf('levers', DEFAULTS);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).not.toContain('aria-label');
    expect(textOf('levers', DEFAULTS).description).toContain('from $64.8M');
    expect(textOf('levers', DEFAULTS).takeaway).toBe('Five levers take $64.8M down to $6.82M, above the essay’s target.');
    expect(textOf('levers', DEFAULTS).description).toContain('to $6.82M, above the essay’s $3M–$6M band');
    expect(textOf('levers', DEFAULTS).table.rows).toHaveLength(7);
  });

  it('follows the scenario', () => {
    expect(svgOf('levers', { ...DEFAULTS, mfu: 0.6 })).not.toBe(svgOf('levers', DEFAULTS));
    expect(textOf('ceilingGrowth', { ...DEFAULTS, computeGrowthPerYear: 2 }).description).toContain('At your 2× a year');
  });

  it.each(CHART_IDS)('%s: the description a redraw writes with its table closed is the one its words give', (id) => {
    for (const p of [DEFAULTS, deepseek, ...Object.values(PRESETS).map((preset) => ({ ...DEFAULTS, ...preset.values }))]) {
      expect(chartDescription(id, p, computeOutputs(p))).toBe(textOf(id, p).description);
    }
  });
});

describe('a redraw changes only what differs (morph)', () => {
  const nodeOf = (html: string) => parseHTML(`<div>${html}</div>`).document.querySelector('div')!.firstElementChild!;

  it.each(CHART_IDS)('%s: the drawing on the page ends up identical to a fresh drawing, from any scenario or width', (id) => {
    const pairs: [Params, number, Params, number][] = [
      [DEFAULTS, WIDE, deepseek, WIDE],
      [deepseek, WIDE, DEFAULTS, WIDE],
      [DEFAULTS, WIDE, DEFAULTS, NARROW],
      [DEFAULTS, NARROW, deepseek, 288],
    ];
    for (const [a, wa, b, wb] of pairs) {
      const shown = nodeOf(svgOf(id, a, wa));
      const next = svgOf(id, b, wb);
      morph(shown, nodeOf(next));
      expect(shown.outerHTML).toBe(next);
    }
  });

  it('keeps the nodes that did not change, so the browser redoes only the rest', () => {
    // A small step on one number, as a reader takes it: the same marks, some of them moved.
    const nudged: Params = { ...DEFAULTS, mfu: DEFAULTS.mfu * 1.1 };
    expect(svgOf('levers', nudged)).not.toBe(svgOf('levers', DEFAULTS));
    const shown = nodeOf(svgOf('levers', DEFAULTS));
    const texts = [...shown.querySelectorAll('text')];
    morph(shown, nodeOf(svgOf('levers', nudged)));
    expect(shown.outerHTML).toBe(svgOf('levers', nudged));
    // Same shape: every text element is still the one that was on the page.
    const after = [...shown.querySelectorAll('text')];
    expect(after.length).toBe(texts.length);
    expect(after.filter((t, i) => t !== texts[i])).toEqual([]);
  });

  it('keeps the children before the first that differs when a mark gains or loses one (an axis with a tick more or less)', () => {
    const shown = nodeOf('<g><text>1</text><text>2</text></g>');
    const [first, second] = [...shown.children];
    morph(shown, nodeOf('<g><text>1</text><text>3</text><text>4</text></g>'));
    expect(shown.outerHTML).toBe('<g><text>1</text><text>3</text><text>4</text></g>');
    expect(shown.children[0]).toBe(first);
    expect(shown.children[1]).toBe(second);
    morph(shown, nodeOf('<g><text>5</text></g>'));
    expect(shown.outerHTML).toBe('<g><text>5</text></g>');
    expect(shown.children[0]).toBe(first);
  });

  it('removes attributes the new drawing lacks and replaces children whose shape differs', () => {
    const shown = nodeOf('<g class="a" data-x="1"><text>1</text><line></line></g>');
    morph(shown, nodeOf('<g class="b"><text>2</text><circle r="3"></circle></g>'));
    expect(shown.outerHTML).toBe('<g class="b"><text>2</text><circle r="3"></circle></g>');
  });
});
