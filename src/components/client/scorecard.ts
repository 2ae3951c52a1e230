/**
 * `<essay-hindsight>`: the scorecard page, loaded only where the page has one
 * (see hindsight.ts). The reader's verdicts (a store kept in the URL) override
 * the site's; the tally and the coin-flip test (forecasts only), the lever
 * checks' count, the chart and the filters follow. Plot is fetched only when a
 * verdict or a filter changes the chart.
 */
import { define, setAttr, setHidden, setText } from './boot';
import { $judge, $param, setJudgement } from '../../state/scenario';
import { VERDICTS, isVerdict, type PredictionKind, type Verdict } from '../../lib/verdicts';
import { VERDICT_LABELS } from '../../lib/ui/en/essay';
import { NO_CLEAN_VERDICT, filterStatus } from '../../lib/ui/en/scorecard';
import { tally, judgeRecord } from '../../lib/model/hindsight';
import { formatFraction } from '../../lib/format';
import { showVerdict } from './hindsight';

type Filter = 'kind' | 'verdict' | 'chapter';
const FILTERS: readonly Filter[] = ['kind', 'verdict', 'chapter'];

class EssayHindsight extends HTMLElement {
  #unsubscribe: (() => void)[] = [];
  #filters: Record<Filter, string> = { kind: 'all', verdict: 'all', chapter: 'all' };
  #chartFrame = 0;
  #drawn = false;

  connectedCallback(): void {
    const claims = [...this.querySelectorAll<HTMLElement>('[data-claim]')];

    for (const select of this.querySelectorAll<HTMLSelectElement>('select[data-judge]')) {
      select.addEventListener('change', () => {
        const id = select.dataset.judge ?? '';
        setJudgement(id, isVerdict(select.value) ? select.value : undefined);
      });
    }
    for (const f of FILTERS) {
      for (const b of this.querySelectorAll<HTMLButtonElement>(`button[data-filter-${f}]`)) {
        b.addEventListener('click', () => {
          this.#filters[f] = b.getAttribute(`data-filter-${f}`) ?? 'all';
          this.#applyFilters(claims, true);
        });
      }
    }
    this.querySelector<HTMLButtonElement>('button[data-filter-clear]')?.addEventListener('click', () => {
      this.#filters = { kind: 'all', verdict: 'all', chapter: 'all' };
      this.#applyFilters(claims, true);
      this.querySelector<HTMLButtonElement>('button[data-filter-kind="all"]')?.focus();
    });

    const update = () => {
      const judge = $judge.get();
      for (const c of claims) {
        const id = c.dataset.claim ?? '';
        const site = c.dataset.siteVerdict as Verdict;
        const mine = judge[id];
        const verdict = mine ?? site;
        showVerdict(c, verdict, mine !== undefined, c.querySelector('[data-verdict-label]'), c.querySelector<HTMLElement>('[data-verdict-yours]'));
        setText(this.querySelector(`[data-row-verdict="${id}"]`), VERDICT_LABELS[verdict]);
        const select = c.querySelector<HTMLSelectElement>('select[data-judge]');
        if (select && select.value !== (mine ?? '')) select.value = mine ?? '';
      }
      this.#updateTally(claims);
      this.#applyFilters(claims, Object.keys(judge).length > 0 || this.#drawn);
    };
    this.#unsubscribe.push($judge.subscribe(update), $param.guessAccuracy.listen(() => this.#updateTally(claims)));
  }

  disconnectedCallback(): void {
    for (const u of this.#unsubscribe) u();
    cancelAnimationFrame(this.#chartFrame);
  }

  #updateTally(claims: HTMLElement[]): void {
    const p = $param.guessAccuracy.get();
    const kind = (c: HTMLElement) => c.dataset.kind as PredictionKind;
    const t = tally(claims.filter((c) => kind(c) === 'forecast').map((c) => c.dataset.verdict as Verdict), p);
    const levers = claims.filter((c) => kind(c) === 'lever-check');
    for (const v of VERDICTS) {
      const counts: [string, number][] = [
        [`[data-tally="${v}"]`, t.counts[v]],
        [`[data-lever-tally="${v}"]`, levers.filter((c) => c.dataset.verdict === v).length],
      ];
      for (const [selector, n] of counts) {
        const el = this.querySelector<HTMLElement>(selector);
        setText(el, String(n));
        setAttr(el, 'data-value', String(n));
      }
    }
    const text: Record<string, number> = { partly: t.counts.partly, 'too-early': t.counts['too-early'], hits: t.hits, decided: t.decided };
    for (const [k, n] of Object.entries(text)) {
      setText(this.querySelector(`[data-tally-text="${k}"]`), String(n));
    }
    const chance = this.querySelector<HTMLElement>('[data-record-chance]');
    // Formatted only when it changes: a page's first number format is slow to load (docs/PERFORMANCE.md).
    const value = t.chance === undefined ? '' : String(t.chance);
    if (chance && chance.dataset.value !== value) {
      chance.dataset.value = value;
      chance.textContent = t.chance === undefined ? NO_CLEAN_VERDICT : formatFraction(t.chance);
    }
    const judgement = judgeRecord(t, p);
    const sentence = this.querySelector<HTMLElement>('[data-record-judgement]');
    setAttr(sentence, 'data-state', judgement);
    for (const v of sentence?.querySelectorAll<HTMLElement>('[data-when]') ?? []) setHidden(v, v.dataset.when !== judgement);
  }

  /** Shows the cards (and the table rows) the filters let through; redraws the chart with them when asked. */
  #applyFilters(claims: HTMLElement[], redraw: boolean): void {
    const shown: HTMLElement[] = [];
    for (const c of claims) {
      const ok = FILTERS.every((f) => this.#filters[f] === 'all' || c.dataset[f] === this.#filters[f]);
      setHidden(c.closest('li'), !ok);
      setHidden(this.querySelector<HTMLElement>(`[data-row-claim="${c.dataset.claim ?? ''}"]`), !ok);
      if (ok) shown.push(c);
    }
    for (const f of FILTERS) {
      for (const b of this.querySelectorAll<HTMLButtonElement>(`button[data-filter-${f}]`)) {
        setAttr(b, 'aria-pressed', String(b.getAttribute(`data-filter-${f}`) === this.#filters[f]));
      }
    }
    const filtered = FILTERS.some((f) => this.#filters[f] !== 'all');
    setText(this.querySelector('[data-filter-status]'), filterStatus(shown.length, claims.length));
    setHidden(this.querySelector<HTMLButtonElement>('button[data-filter-clear]'), !filtered);
    if (redraw) this.#scheduleChart(shown, claims.length);
  }

  #scheduleChart(shown: HTMLElement[], total: number): void {
    cancelAnimationFrame(this.#chartFrame);
    this.#chartFrame = requestAnimationFrame(async () => {
      const { renderPredictionsChart, describePredictions, decimalYear } = await import('../../lib/charts/predictions');
      const rows = shown.map((c) => ({
        id: c.dataset.claim ?? '',
        title: c.dataset.title ?? '',
        kind: c.dataset.kind as PredictionKind,
        made: decimalYear(c.dataset.made ?? ''),
        horizon: decimalYear(c.dataset.horizon ?? ''),
        verdict: c.dataset.verdict as Verdict,
      }));
      const chart = this.querySelector<HTMLElement>('[data-predictions-chart]');
      if (chart) {
        // Drawn for the column's own width, as the build draws it for a desktop and a phone column.
        chart.replaceChildren(renderPredictionsChart(rows, undefined, chart.clientWidth || undefined));
      }
      const desc = this.querySelector('[data-predictions-description]');
      if (desc) desc.textContent = describePredictions(rows, total);
      this.#drawn = true;
      this.dataset.rendered = String(Number(this.dataset.rendered ?? 0) + 1);
    });
  }
}

define('essay-hindsight', EssayHindsight);
