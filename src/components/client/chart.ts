/**
 * `<essay-chart data-chart="id">`: the static SVG of the essay's numbers,
 * redrawn when the scenario changes. Plot is fetched only once the scenario
 * differs from the essay's: at once for a chart on screen, at idle otherwise; the
 * text description and data table (a small module of their own, fetched on
 * the first change) update at once, on screen or not. Every redraw is drawn
 * for the column's exact width, in the proportions of the build's drawing
 * shown there (so nothing moves); a column that differs materially from that
 * drawing's width (a 320 px phone) is redrawn too, when idle and on screen.
 */
import type { Params } from '../../lib/model/numbers';
import { define, isEssay } from './boot';
import { $outputs, $params } from '../../state/scenario';
import { differsMaterially } from '../../lib/charts/fit';

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
  #resize: ResizeObserver | undefined;
  #visible = false;
  /** The drawing shown was made for a materially different width. */
  #misfit = false;
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
      else if (this.#visible && this.#misfit) whenIdle(() => void this.#render());
    });
    this.#observer.observe(this);
    const box = this.querySelector<HTMLElement>('[data-chart-svg]');
    if (box) {
      this.#resize = new ResizeObserver(() => {
        const shown = [...box.querySelectorAll('svg')].find((svg) => svg.getBoundingClientRect().width > 0);
        this.#misfit = box.clientWidth > 0 && differsMaterially(Number(shown?.dataset.width ?? box.clientWidth), box.clientWidth);
        if (this.#misfit && this.#visible) whenIdle(() => void this.#render());
      });
      this.#resize.observe(box);
    }
    this.#unsubscribe = $params.subscribe((p) => {
      // The static SVG and text show the essay's numbers: redraw only once they differ.
      if (!this.#dirty && isEssay(p) && !this.dataset.rendered) return;
      void this.#updateText(p);
      this.#dirty = true;
      this.dataset.stale = 'true';
      if (this.#visible) this.#schedule();
      // Off screen: fetch Plot (once) and redraw when the page is idle, so that a reader who arrives
      // by a link with a changed scenario, or prints, sees charts of that scenario untouched.
      else whenIdle(() => void this.#render());
    });
  }

  disconnectedCallback(): void {
    charts.delete(this);
    this.#unsubscribe?.();
    this.#observer?.disconnect();
    this.#resize?.disconnect();
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

  /** Redraws at once, for the column's width, if the chart is stale or misfit and Plot has been fetched. */
  drawNow(): void {
    const box = this.querySelector<HTMLElement>('[data-chart-svg]');
    if (!(this.#dirty || this.#misfit) || !plots || !plots.isChartId(this.#id) || !box || box.clientWidth === 0) return;
    box.replaceChildren(plots.renderChart(this.#id, $params.get(), $outputs.get(), box.clientWidth));
    this.#dirty = false;
    this.#misfit = false;
    delete this.dataset.stale;
    this.dataset.rendered = String(Number(this.dataset.rendered ?? 0) + 1);
  }
}

define('essay-chart', EssayChart);
