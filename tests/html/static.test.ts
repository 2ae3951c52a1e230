// The built HTML already holds every default number, sentence and chart.
import { DEFAULTS, PARAMS, isParamId, computeOutputs, isOutputId, decideConclusions, isConclusionId } from '../../src/lib/model/numbers';
import { isEnumSpec, isDefined } from '../../src/lib/model/kit';
import { OUTPUTS } from '../../src/lib/model/words';
import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/lib/format';
import { FACTS, isFactId } from '../../src/lib/facts';
import { SOURCES } from '../../src/lib/sources';
import { PAGES, readPage, visibleText } from '../support/dist';
import { hasChinese } from '../../src/lib/lang';
import { NodeType, type HTMLElement, type Node } from 'node-html-parser';

/** Text nodes with Chinese whose nearest lang attribute is not Chinese, by their text. */
function unmarkedChinese(root: HTMLElement): string[] {
  const bad: string[] = [];
  const walk = (node: Node, lang: string) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      if (hasChinese(node.rawText) && !lang.startsWith('zh')) bad.push(node.rawText.trim());
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    if (['script', 'style'].includes(el.rawTagName?.toLowerCase() ?? '')) return;
    for (const child of el.childNodes) walk(child, el.getAttribute('lang') ?? lang);
  };
  walk(root, '');
  return bad;
}

const outputs = computeOutputs(DEFAULTS);
const conclusions = decideConclusions(DEFAULTS, outputs);

describe.each(PAGES)('page /%s', (path) => {
  const page = readPage(path);

  it('credits and links the original essay', () => {
    const links = page.querySelectorAll(`a[href="${SOURCES['original-essay'].url}"]`);
    expect(links.length).toBeGreaterThan(0);
    expect(page.textContent).toContain('Cherry 车厘子电波');
  });

  it('marks every Chinese character with lang="zh", for screen readers and the Chinese font stack', () => {
    expect(page.textContent).toMatch(/车厘子电波/);
    expect(unmarkedChinese(page)).toEqual([]);
  });

  it('shows no NaN, Infinity or undefined', () => {
    expect(visibleText(page)).not.toMatch(/\bNaN\b|Infinity|\bundefined\b/);
    for (const el of page.querySelectorAll('[data-value]')) expect(el.getAttribute('data-value')).not.toMatch(/NaN|Infinity/);
  });

  it('has a title, a description, one h1 and a skip link to the main text', () => {
    expect(page.querySelector('title')?.textContent.length).toBeGreaterThan(5);
    expect(page.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(page.querySelector('#main')).not.toBeNull();
  });

  it('upgrades every live element with its custom element', () => {
    for (const el of page.querySelectorAll('[data-output]')) expect(el.tagName).toBe('ESSAY-OUT');
    for (const el of page.querySelectorAll('[data-conclusion]')) expect(el.tagName).toBe('ESSAY-CONCLUSION');
    for (const el of page.querySelectorAll('[data-chart]')) expect(el.tagName).toBe('ESSAY-CHART');
    for (const el of page.querySelectorAll('[role="slider"][data-param]')) expect(el.parentNode?.tagName).toBe('ESSAY-SCRUB');
  });

  it('carries every output’s default value, formatted, in the page contract', () => {
    for (const el of page.querySelectorAll('[data-output]')) {
      const id = el.getAttribute('data-output') ?? '';
      expect(isOutputId(id), id).toBe(true);
      if (!isOutputId(id)) continue;
      const v = outputs[id];
      if (isDefined(v)) {
        expect(el.getAttribute('data-value'), id).toBe(String(v));
        expect(el.textContent, id).toBe(formatValue(OUTPUTS[id].kind, v));
      } else {
        // Undefined for the essay's numbers: the page says why instead.
        expect(el.getAttribute('data-value'), id).toBe('');
        expect(el.getAttribute('data-undefined'), id).toBe('true');
        expect(el.textContent, id).toContain(v.undefinedBecause);
      }
    }
  });

  it('renders every control at its default with the page contract', () => {
    for (const el of page.querySelectorAll('[data-param]')) {
      const id = el.getAttribute('data-param') ?? '';
      expect(isParamId(id), id).toBe(true);
      if (!isParamId(id)) continue;
      const spec = PARAMS[id];
      if (isEnumSpec(spec)) {
        expect(el.tagName).toBe('SELECT');
        expect(el.querySelector('option[selected]')?.getAttribute('value'), id).toBe(DEFAULTS[id]);
      } else {
        expect(el.getAttribute('data-value'), id).toBe(String(DEFAULTS[id]));
        if (el.getAttribute('role') === 'slider') {
          expect(el.getAttribute('tabindex')).toBe('0');
          expect(el.getAttribute('aria-valuenow')).toBe(String(DEFAULTS[id]));
          expect(el.getAttribute('aria-valuetext')).toContain(formatValue(spec.kind, DEFAULTS[id] as number));
        }
      }
    }
  });

  it('shows the sentence of each conclusion’s default state, and only that one', () => {
    for (const el of page.querySelectorAll('[data-conclusion]')) {
      const id = el.getAttribute('data-conclusion') ?? '';
      expect(isConclusionId(id), id).toBe(true);
      if (!isConclusionId(id)) continue;
      expect(el.getAttribute('data-state')).toBe(conclusions[id]);
      const shown = el.querySelectorAll(':scope > [data-when]').filter((v) => !v.hasAttribute('hidden'));
      expect(shown.map((v) => v.getAttribute('data-when'))).toEqual([conclusions[id]]);
    }
  });

  it('shows every fact with its origin', () => {
    for (const el of page.querySelectorAll('[data-fact]')) {
      const id = el.getAttribute('data-fact') ?? '';
      expect(isFactId(id), id).toBe(true);
      if (isFactId(id)) expect(el.getAttribute('data-value')).toBe(String(FACTS[id].value));
      const tip = page.getElementById(el.getAttribute('aria-describedby') ?? '');
      expect(tip?.getAttribute('role')).toBe('tooltip');
    }
  });

  it('loads nothing from another origin', () => {
    // Resources the page loads (the canonical address is absolute by design, and loads nothing).
    for (const el of page.querySelectorAll('script[src], img[src], link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"]')) {
      const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
      expect(url.startsWith('/') && !url.startsWith('//'), url).toBe(true);
    }
    for (const url of page.querySelector('script[data-modules]')?.getAttribute('data-modules')?.split(' ') ?? ['missing']) {
      expect(url.startsWith('/') && !url.startsWith('//'), url).toBe(true);
    }
  });
});

describe('the arithmetic chapter', () => {
  const page = readPage('arithmetic/');
  const text = visibleText(page);

  it('holds the main outputs, conclusions, charts and the DeepSeek-V3 figure', () => {
    for (const id of ['trainingCostUsd', 'trainingDays', 'gpuHours', 'combinedGain', 'leveredCostUsd', 'bandGapFactor', 'priceCutToReachBand', 'ceilingDenseParams', 'ceilingTotalParams', 'extremeTotalParams', 'impliedGrowthLow', 'impliedGrowthHigh', 'extremeAtEpochGrowth']) {
      expect(page.querySelector(`[data-output="${id}"]`), id).not.toBeNull();
    }
    expect(page.querySelector('[data-conclusion="leveredCostBand"]')?.getAttribute('data-state')).toBe('above');
    expect(page.querySelector('[data-conclusion="durationVsEssay"]')?.getAttribute('data-state')).toBe('longer');
    for (const id of ['levers', 'ceilingGrowth']) {
      const svg = page.querySelector(`essay-chart[data-chart="${id}"] svg`);
      expect(svg, id).not.toBeNull();
      expect(svg?.querySelectorAll('rect, path, line').length).toBeGreaterThan(3);
    }
    expect(page.querySelector('[data-fact="deepseekV3CostUsd"]')?.textContent).toBe('$5.58M');
  });

  it('says the default numbers in its sentences', () => {
    expect(text).toContain('$64.8M');
    expect(text).toContain('108 days');
    expect(text).toContain('$6.82M');
    expect(text).toContain('555B');
    expect(text).toContain('8.88T');
    expect(text).toContain('28.7T');
    expect(text).toContain('90–100 days');
    expect(text).toContain('64.8M GPU-hours');
  });

  it('offers the two model presets, which change its numbers (back to the essay is its own button)', () => {
    const presets = page.querySelectorAll('button[data-preset]').map((b) => b.getAttribute('data-preset'));
    expect(presets).toEqual(['deepseek-v3', 'llama-3.1-405b']);
    expect(page.querySelector('button[data-reset]')?.hasAttribute('disabled')).toBe(true);
  });

  it('lists its sources with dates', () => {
    const items = page.querySelectorAll('.sources li').map((li) => li.textContent);
    expect(items.some((t) => t.includes('SemiAnalysis') && t.includes('2023-07-11'))).toBe(true);
    expect(items.some((t) => t.includes('DeepSeek-V3') && t.includes('2024-12-27'))).toBe(true);
  });
});

describe('the home page', () => {
  const page = readPage('');

  it('has the coin-flip model at its defaults', () => {
    expect(page.querySelector('[data-output="streakChance"]')?.getAttribute('data-value')).toBe('0.125');
    expect(page.querySelector('[data-param="guessAccuracy"]')).not.toBeNull();
    expect(page.querySelector('[data-param="wrongStreak"]')).not.toBeNull();
  });

  it('lists all six chapters in the essay’s order, all written', () => {
    const items = page.querySelectorAll('.toc li');
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(
      ['/rockets/', '/customization/', '/arithmetic/', '/multimodal/', '/lifelines/', '/moats/'],
    );
    expect(items.map((li) => li.getAttribute('data-status'))).toEqual(Array(6).fill('written'));
    expect(page.querySelectorAll('.toc .coming')).toHaveLength(0);
  });
});

describe('presets only where they change something', () => {
  it.each(['', 'rockets/', 'customization/', 'lifelines/', 'hindsight/'])('/%s offers none', (path) => {
    expect(readPage(path).querySelectorAll('button[data-preset]')).toHaveLength(0);
  });
  it.each(['multimodal/', 'moats/'])('/%s offers the model presets', (path) => {
    expect(readPage(path).querySelectorAll('button[data-preset]').map((b) => b.getAttribute('data-preset'))).toEqual(['deepseek-v3', 'llama-3.1-405b']);
  });
});
