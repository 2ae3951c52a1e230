/**
 * `<essay-hindsight>`: the scorecard page. The reader's verdicts (a store kept
 * in the URL) override the site's; the tally, the coin-flip test, the chart
 * and the filters follow. Plot is fetched only when a verdict changes.
 */
import { define } from './boot';
import { $judge, $param, notify, setJudgement } from '../../state/scenario';
import { VERDICT_LABELS, isVerdict, type Verdict } from '../../lib/verdicts';
import { tally, judgeRecord } from '../../lib/model/hindsight';
import { formatFraction } from '../../lib/format';

class EssayHindsight extends HTMLElement {
  #unsubscribe: (() => void)[] = [];
  #verdictFilter = 'all';
  #chapterFilter = 'all';
  #chartFrame = 0;
  #drawn = false;

  connectedCallback(): void {
    const claims = [...this.querySelectorAll<HTMLElement>('[data-claim]')];
    const known = new Set(claims.map((c) => c.dataset.claim ?? ''));
    const unknown = Object.keys($judge.get()).filter((id) => !known.has(id));
    if (unknown.length > 0) {
      notify(unknown.map((id) => ({ key: `judge.${id}`, kind: 'unknown' as const, message: `The link has a verdict for “${id.slice(0, 40)}”, which is not a prediction on this page, so it was ignored.` })));
    }

    for (const select of this.querySelectorAll<HTMLSelectElement>('select[data-judge]')) {
      select.addEventListener('change', () => {
        const id = select.dataset.judge ?? '';
        setJudgement(id, isVerdict(select.value) ? select.value : undefined);
      });
    }
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-filter-verdict]')) {
      b.addEventListener('click', () => {
        this.#verdictFilter = b.dataset.filterVerdict ?? 'all';
        this.#applyFilters();
      });
    }
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-filter-chapter]')) {
      b.addEventListener('click', () => {
        this.#chapterFilter = b.dataset.filterChapter ?? 'all';
        this.#applyFilters();
      });
    }

    const update = () => {
      const judge = $judge.get();
      for (const c of claims) {
        const id = c.dataset.claim ?? '';
        const site = c.dataset.siteVerdict as Verdict;
        const mine = judge[id];
        const verdict = mine ?? site;
        c.dataset.verdict = verdict;
        c.className = c.className.replace(/\bv-[a-z-]+/, `v-${verdict}`);
        const label = c.querySelector('[data-verdict-label]');
        if (label) label.textContent = VERDICT_LABELS[verdict];
        const cell = this.querySelector(`[data-row-verdict="${id}"]`);
        if (cell) cell.textContent = VERDICT_LABELS[verdict];
        const yours = c.querySelector<HTMLElement>('[data-verdict-yours]');
        if (yours) yours.hidden = mine === undefined;
        const select = c.querySelector<HTMLSelectElement>('select[data-judge]');
        if (select && select.value !== (mine ?? '')) select.value = mine ?? '';
      }
      this.#updateTally(claims);
      this.#applyFilters();
      if (Object.keys(judge).length > 0 || this.#drawn) this.#scheduleChart(claims);
    };
    this.#unsubscribe.push($judge.subscribe(update), $param.guessAccuracy.listen(() => this.#updateTally(claims)));
  }

  disconnectedCallback(): void {
    for (const u of this.#unsubscribe) u();
    cancelAnimationFrame(this.#chartFrame);
  }

  #updateTally(claims: HTMLElement[]): void {
    const p = $param.guessAccuracy.get();
    const t = tally(claims.map((c) => c.dataset.verdict as Verdict), p);
    for (const [k, n] of Object.entries(t.counts)) {
      const dd = this.querySelector<HTMLElement>(`[data-tally="${k}"]`);
      if (dd) {
        dd.textContent = String(n);
        dd.dataset.value = String(n);
      }
    }
    const text: Record<string, number> = { partly: t.counts.partly, 'too-early': t.counts['too-early'], hits: t.hits, decided: t.decided };
    for (const [k, n] of Object.entries(text)) {
      const el = this.querySelector(`[data-tally-text="${k}"]`);
      if (el) el.textContent = String(n);
    }
    const chance = this.querySelector<HTMLElement>('[data-record-chance]');
    if (chance) {
      chance.dataset.value = t.chance === undefined ? '' : String(t.chance);
      chance.textContent = t.chance === undefined ? '— (no prediction has a clean verdict)' : formatFraction(t.chance);
    }
    const judgement = judgeRecord(t, p);
    const sentence = this.querySelector<HTMLElement>('[data-record-judgement]');
    if (sentence) {
      sentence.dataset.state = judgement;
      for (const v of sentence.querySelectorAll<HTMLElement>('[data-when]')) v.hidden = v.dataset.when !== judgement;
    }
  }

  #applyFilters(): void {
    let shown = 0;
    const claims = [...this.querySelectorAll<HTMLElement>('[data-claim]')];
    for (const c of claims) {
      const ok = (this.#verdictFilter === 'all' || c.dataset.verdict === this.#verdictFilter) && (this.#chapterFilter === 'all' || c.dataset.chapter === this.#chapterFilter);
      const item = c.closest('li');
      if (item) item.hidden = !ok;
      if (ok) shown += 1;
    }
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-filter-verdict]')) b.setAttribute('aria-pressed', String(b.dataset.filterVerdict === this.#verdictFilter));
    for (const b of this.querySelectorAll<HTMLButtonElement>('button[data-filter-chapter]')) b.setAttribute('aria-pressed', String(b.dataset.filterChapter === this.#chapterFilter));
    const status = this.querySelector('[data-filter-status]');
    if (status) status.textContent = `Showing ${shown} of ${claims.length} predictions.`;
  }

  #scheduleChart(claims: HTMLElement[]): void {
    cancelAnimationFrame(this.#chartFrame);
    this.#chartFrame = requestAnimationFrame(async () => {
      const { renderPredictionsChart, describePredictions, decimalYear } = await import('../../lib/charts/predictions');
      const rows = claims.map((c) => ({
        id: c.dataset.claim ?? '',
        title: c.dataset.title ?? '',
        made: decimalYear(c.dataset.made ?? ''),
        horizon: decimalYear(c.dataset.horizon ?? ''),
        verdict: c.dataset.verdict as Verdict,
      }));
      const box = this.querySelector<HTMLElement>('[data-predictions-chart]');
      box?.replaceChildren(renderPredictionsChart(rows, undefined, box.clientWidth || undefined));
      const desc = this.querySelector('[data-predictions-description]');
      if (desc) desc.textContent = describePredictions(rows);
      this.#drawn = true;
      this.dataset.rendered = String(Number(this.dataset.rendered ?? 0) + 1);
    });
  }
}

define('essay-hindsight', EssayHindsight);
