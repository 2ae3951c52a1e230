/**
 * `<essay-chart data-chart="id">`: the static SVG of the essay's numbers,
 * redrawn when the scenario changes. A chart on screen is redrawn at most once
 * a frame; a chart off screen is left alone while the reader works and redrawn
 * once when the page is idle, so that a link opened with a changed scenario, or
 * a print, shows every chart of that scenario. Plot and the chart words (the
 * text description and data table) are fetched with the first redraw, and the
 * words are rewritten with the drawing, not on every change. After a key step
 * on a number, a chart on screen is drawn ahead for the number's next step
 * (chart-ahead.ts). Every redraw is drawn for the column's exact width, in the
 * proportions of the build's drawing shown there (so nothing moves); a column
 * that differs materially from that drawing's width (a 320 px phone) is
 * redrawn too, when idle and on screen.
 */
import type { Outputs, Params } from '../../lib/model/numbers';
import { define, idleTask, setText } from './boot';
import { $outputs, $params, isEssay } from '../../state/scenario';
import { differsMaterially } from '../../lib/charts/fit';

type Plots = typeof import('../../lib/charts/plots');
type Words = typeof import('../../lib/model/charts');
type Ahead = typeof import('./chart-ahead');
/** Plot and the chart specs, the charts' words, and the drawing ahead, once the first redraw has fetched them. */
let plots: Plots | undefined;
let words: Words | undefined;
let ahead: Ahead | undefined;
const load = async (): Promise<void> => {
  [plots, words, ahead] = await Promise.all([plots ?? import('../../lib/charts/plots'), words ?? import('../../lib/model/charts'), ahead ?? import('./chart-ahead')]);
};

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
  /** Off screen (or a misfit width): one redraw when the page is next idle. */
  #idle = idleTask(() => void this.#render());
  /** The chart's id, checked against the charts when their words arrive (the build has checked it already). */
  #id = '';
  /** The column's width as last observed (0 before the first observation). */
  #width = 0;
  /** The data table, closed, still shows an older scenario. */
  #tableStale = false;

  connectedCallback(): void {
    this.#id = this.dataset.chart ?? '';
    if (!this.#id) return;
    charts.add(this);
    this.#observer = new IntersectionObserver((entries) => {
      this.#visible = entries.some((e) => e.isIntersecting);
      if (this.#visible && this.#dirty) this.#schedule();
      else if (this.#visible && this.#misfit) this.#idle.schedule();
    });
    this.#observer.observe(this);
    const box = this.querySelector<HTMLElement>('[data-chart-svg]');
    if (box) {
      this.#resize = new ResizeObserver(() => {
        // Read here, where layout is fresh, so that a redraw never forces a layout of its own.
        this.#width = box.clientWidth;
        const shown = [...box.querySelectorAll('svg')].find((svg) => svg.getBoundingClientRect().width > 0);
        this.#misfit = this.#width > 0 && differsMaterially(Number(shown?.dataset.width ?? this.#width), this.#width);
        if (this.#misfit && this.#visible) this.#idle.schedule();
      });
      this.#resize.observe(box);
    }
    this.querySelector('details')?.addEventListener('toggle', () => {
      if (this.#tableStale) this.#writeWords($params.get(), $outputs.get());
    });
    this.#unsubscribe = $params.subscribe((p) => {
      // The static SVG and text show the essay's numbers: redraw only once they differ.
      if (!this.#dirty && isEssay(p) && !this.dataset.rendered) return;
      this.#dirty = true;
      this.dataset.stale = 'true';
      if (this.#visible) this.#schedule();
      else this.#idle.schedule();
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

  /**
   * The description, and the data table if it is open (a closed table is
   * brought up to date when it is opened): only the text that changed is
   * touched, so the browser lays out again only what changed.
   */
  #writeWords(p: Params, o: Outputs): void {
    if (!words?.isChartId(this.#id)) return;
    const details = this.querySelector('details');
    const tbody = details?.querySelector('tbody');
    this.#tableStale = !details?.open;
    if (!tbody || this.#tableStale) {
      // The table's rows (and the takeaway, which the drawing carries) are not worked out for nothing.
      setText(this.querySelector('[data-chart-description]'), words.chartDescription(this.#id, p, o));
      return;
    }
    const { description, table } = words.chartText(this.#id, p, o);
    setText(this.querySelector('[data-chart-description]'), description);
    if (plots) plots.morph(tbody, plots.tableBody(table.rows));
  }

  /** On screen: one redraw in the next frame, however many changes come before it. */
  #schedule(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
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
    const width = this.#width || (box?.clientWidth ?? 0);
    if (!(this.#dirty || this.#misfit) || !plots || !ahead || !plots.isChartId(this.#id) || !box || width === 0) return;
    const next = ahead.drawing(this, this.#id, p, o, width);
    const shown = box.children;
    if (shown.length === 1 && shown[0]!.nodeName === next.nodeName) plots.morph(shown[0]!, next);
    else box.replaceChildren(next);
    this.#dirty = false;
    this.#misfit = false;
    delete this.dataset.stale;
    this.dataset.rendered = String(Number(this.dataset.rendered ?? 0) + 1);
    if (this.#visible) ahead.drawAhead(this.#id, width);
  }
}

define('essay-chart', EssayChart);
