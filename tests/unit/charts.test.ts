// Charts are pure functions of the scenario: deterministic SVG, kept as files.
import { computeOutputs, DEFAULTS, type Params } from '../../src/lib/model/numbers';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderChart } from '../../src/lib/charts/plots';
import { CHART_IDS, chartText, type ChartId } from '../../src/lib/model/charts';
import { PRESETS } from '../../src/lib/presets';

const svgOf = (id: ChartId, p: Params) => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return renderChart(id, p, computeOutputs(p), document as unknown as Document).outerHTML;
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
  });

  it('draws the levers as seven bars, the essay’s band and the DeepSeek-V3 marker', () => {
    const { document } = parseHTML(`<div>${svgOf('levers', DEFAULTS)}</div>`);
    expect(document.querySelectorAll('.bar-total rect, .bar-step rect')).toHaveLength(7);
    expect(document.querySelectorAll('.band rect')).toHaveLength(1);
    const text = document.querySelector('svg')?.textContent ?? '';
    expect(text).toContain('$64.8M');
    expect(text).toContain('$6.82M');
    expect(text).toContain('DeepSeek-V3, $5.58M');
  });

  it('hides the picture from assistive technology and describes it in words instead', () => {
    const svg = svgOf('levers', DEFAULTS);
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).not.toContain('aria-label');
    expect(textOf('levers', DEFAULTS).description).toContain('from $64.8M');
    expect(textOf('levers', DEFAULTS).description).toContain('to $6.82M, above the essay’s $3M–$6M band');
    expect(textOf('levers', DEFAULTS).table.rows).toHaveLength(7);
  });

  it('follows the scenario', () => {
    expect(svgOf('levers', { ...DEFAULTS, mfu: 0.6 })).not.toBe(svgOf('levers', DEFAULTS));
    expect(textOf('ceilingGrowth', { ...DEFAULTS, computeGrowthPerYear: 2 }).description).toContain('At your 2× a year');
  });
});
