/**
 * `<essay-chart data-chart="id">`: the static SVG of the essay's numbers,
 * redrawn when the scenario changes. Plot is fetched only after the scenario
 * first differs from the essay's and only while the chart is on screen; the
 * text description and data table (a small module of their own, fetched on
 * the first change) update at once, on screen or not.
 */
import type { Params } from '../../lib/model/numbers';
import { define, isEssay } from './boot';
import { $outputs, $params } from '../../state/scenario';

type Plots = typeof import('../../lib/charts/plots');
/** Plot and the chart specs, once the first redraw has fetched them. */
let plots: Plots | undefined;
const loadPlots = async (): Promise<Plots> => (plots ??= await import('../../lib/charts/plots'));

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
  #visible = false;
  #dirty = false;
  #frame = 0;
  /** The chart's id, checked against the charts when their words arrive (the build has checked it already). */
  #id = '';

  connectedCallback(): void {
    this.#id = this.dataset.chart ?? '';
    if (!this.#id) return;
    charts.add(this);
    this.#observer = new IntersectionObserver((entries) => {
      this.#visible = entries.some((e) => e.isIntersecting);
      if (this.#visible && this.#dirty) this.#schedule();
    });
    this.#observer.observe(this);
    this.#unsubscribe = $params.subscribe((p) => {
      // The static SVG and text show the essay's numbers: redraw only once they differ.
      if (!this.#dirty && isEssay(p) && !this.dataset.rendered) return;
      void this.#updateText(p);
      this.#dirty = true;
      this.dataset.stale = 'true';
      if (this.#visible) this.#schedule();
      // Off screen: redraw when idle, but only if Plot is already here (never fetch it for a hidden chart).
      else if (plots) whenIdle(() => this.drawNow());
    });
  }

  disconnectedCallback(): void {
    charts.delete(this);
    this.#unsubscribe?.();
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
  }

  async #updateText(p: Params): Promise<void> {
    const { chartText, isChartId } = await import('../../lib/model/charts');
    if (p !== $params.get() || !isChartId(this.#id)) return; // a newer scenario has arrived meanwhile
    const { description, table } = chartText(this.#id, p, $outputs.get());
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

  #schedule(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => void this.#render());
  }

  async #render(): Promise<void> {
    await loadPlots();
    this.drawNow();
  }

  /** Redraws at once if the chart is stale and Plot has been fetched. */
  drawNow(): void {
    if (!this.#dirty || !plots || !plots.isChartId(this.#id)) return;
    const svg = plots.renderChart(this.#id, $params.get(), $outputs.get());
    this.querySelector('[data-chart-svg]')?.replaceChildren(svg);
    this.#dirty = false;
    delete this.dataset.stale;
    this.dataset.rendered = String(Number(this.dataset.rendered ?? 0) + 1);
  }
}

define('essay-chart', EssayChart);
