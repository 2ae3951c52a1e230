/**
 * `<essay-chart data-chart="id">`: the static SVG of the essay's numbers,
 * redrawn when the scenario changes. A chart on screen is redrawn at most once
 * a frame; a chart off screen is left alone while the reader works and redrawn
 * once when the page is idle, so that a link opened with a changed scenario, or
 * a print, shows every chart of that scenario. Plot and the chart words (the
 * text description and data table) are fetched with the first redraw, and the
 * words are rewritten with the drawing, not on every change. Every redraw is
 * drawn for the column's exact width, in the proportions of the build's drawing
 * shown there (so nothing moves); a column that differs materially from that
 * drawing's width (a 320 px phone) is redrawn too, when idle and on screen.
 */
import type { Outputs, Params } from '../../lib/model/numbers';
import { define } from './boot';
import { $outputs, $params, isEssay } from '../../state/scenario';
import { differsMaterially } from '../../lib/charts/fit';

type Plots = typeof import('../../lib/charts/plots');
type Words = typeof import('../../lib/model/charts');
/** Plot and the chart specs, and the charts' words, once the first redraw has fetched them. */
let plots: Plots | undefined;
let words: Words | undefined;
const load = async (): Promise<void> => {
  [plots, words] = await Promise.all([plots ?? import('../../lib/charts/plots'), words ?? import('../../lib/model/charts')]);
};

const whenIdle = (fn: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);

const charts = new Set<EssayChart>();
// Printing shows every chart as it stands: redraw the stale ones now if Plot is here.
addEventListener('beforeprint', () => {
  for (const c of charts) c.drawNow();
});

class EssayChart extends HTMLElement {
  #unsubscribe: (() => void) | undefined;
  #observer: IntersectionObserver | undefined;
  #resize: ResizeObserver | undefined;
  #visible = false;
  /** The drawing shown was made for a materially different width. */
  #misfit = false;
  /** The drawing and the words lag behind the scenario. */
  #dirty = false;
  #frame = 0;
  #idle = false;
  /** The chart's id, checked against the charts when their words arrive (the build has checked it already). */
  #id = '';

  connectedCallback(): void {
    this.#id = this.dataset.chart ?? '';
    if (!this.#id) return;
    charts.add(this);
    this.#observer = new IntersectionObserver((entries) => {
      this.#visible = entries.some((e) => e.isIntersecting);
      if (this.#visible && this.#dirty) this.#schedule();
      else if (this.#visible && this.#misfit) this.#scheduleIdle();
    });
    this.#observer.observe(this);
    const box = this.querySelector<HTMLElement>('[data-chart-svg]');
    if (box) {
      this.#resize = new ResizeObserver(() => {
        const shown = [...box.querySelectorAll('svg')].find((svg) => svg.getBoundingClientRect().width > 0);
        this.#misfit = box.clientWidth > 0 && differsMaterially(Number(shown?.dataset.width ?? box.clientWidth), box.clientWidth);
        if (this.#misfit && this.#visible) this.#scheduleIdle();
      });
      this.#resize.observe(box);
    }
    this.#unsubscribe = $params.subscribe((p) => {
      // The static SVG and text show the essay's numbers: redraw only once they differ.
      if (!this.#dirty && isEssay(p) && !this.dataset.rendered) return;
      this.#dirty = true;
      this.dataset.stale = 'true';
      if (this.#visible) this.#schedule();
      else this.#scheduleIdle();
    });
  }

  disconnectedCallback(): void {
    charts.delete(this);
    this.#unsubscribe?.();
    this.#observer?.disconnect();
    this.#resize?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #writeWords(p: Params, o: Outputs): void {
    if (!words?.isChartId(this.#id)) return;
    const { description, table } = words.chartText(this.#id, p, o);
    const desc = this.querySelector('[data-chart-description]');
    if (desc) desc.textContent = description;
    const tbody = this.querySelector('tbody');
    if (tbody) {
      const rows = table.rows.map((cells) => {
        const tr = document.createElement('tr');
        cells.forEach((c, i) => {
          const cell = document.createElement(i === 0 ? 'th' : 'td');
          if (i === 0) cell.setAttribute('scope', 'row');
          cell.textContent = c;
          tr.append(cell);
        });
        return tr;
      });
      tbody.replaceChildren(...rows);
    }
  }

  /** On screen: one redraw in the next frame, however many changes come before it. */
  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      void this.#render();
    });
  }

  /** Off screen (or a misfit width): one redraw when the page is next idle. */
  #scheduleIdle(): void {
    if (this.#idle) return;
    this.#idle = true;
    whenIdle(() => {
      this.#idle = false;
      void this.#render();
    });
  }

  async #render(): Promise<void> {
    await load();
    this.drawNow();
  }

  /** Redraws at once, for the column's width, what is stale or misfit, once Plot and the words have been fetched. */
  drawNow(): void {
    const p = $params.get();
    const o = $outputs.get();
    if (this.#dirty) this.#writeWords(p, o);
    const box = this.querySelector<HTMLElement>('[data-chart-svg]');
    if (!(this.#dirty || this.#misfit) || !plots || !plots.isChartId(this.#id) || !box || box.clientWidth === 0) return;
    box.replaceChildren(plots.renderChart(this.#id, p, o, box.clientWidth));
    this.#dirty = false;
    this.#misfit = false;
    delete this.dataset.stale;
    this.dataset.rendered = String(Number(this.dataset.rendered ?? 0) + 1);
  }
}

define('essay-chart', EssayChart);
