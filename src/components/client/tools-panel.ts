/**
 * The reader's tools, built on first use: the assumptions ledger, goal seek,
 * sensitivity (a tornado chart) and keep-and-share. Everything goes through
 * the same validated actions as the controls in the prose.
 */
import { OUTPUTS, PARAM_ORIGINS } from '../../lib/model/words';
import { OUTPUT_IDS, type OutputId, PARAMS, type NumericParamId } from '../../lib/model/numbers';
import { type NumericParamSpec, isDefined } from '../../lib/model/kit';
import { $judge, $outputs, $params, notify, resetAll, resetParam, setParam, setParams } from '../../state/scenario';
import { shareUrl } from '../../state/browser';
import { formatValue, spokenValue } from '../../lib/format';
import { parseReaderNumber } from '../../lib/validate';
import { changedParams } from '../../lib/tools/changes';
import { describeOrigin } from '../../lib/origin';
import { MAIN_OUTPUTS, goalSeek, inputsAffecting } from '../../lib/tools/goal-seek';
import { sensitivity, type SensitivityRange } from '../../lib/tools/sensitivity';
import { citation, outputsCsv, readScenarioJson, scenarioJson } from '../../lib/tools/export';
import { renderTornado } from '../../lib/charts/tornado';

type Attrs = Record<string, string | boolean | undefined>;

/** A small element builder: text children are always text, never HTML. */
function h(tag: string, attrs: Attrs = {}, ...children: (Node | string | undefined)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== undefined) el.append(c);
  return el;
}

let uid = 0;
const nextId = (prefix: string) => `${prefix}-${++uid}`;

function outputLabel(id: OutputId): string {
  const l = OUTPUTS[id].label;
  return `${l[0]?.toUpperCase()}${l.slice(1)}`;
}

function outputSelect(ids: readonly OutputId[], name: string): HTMLSelectElement {
  return h('select', { name }, ...ids.map((id) => h('option', { value: id }, outputLabel(id)))) as HTMLSelectElement;
}

function show(id: OutputId, v: number | undefined): string {
  return v === undefined ? 'not defined' : formatValue(OUTPUTS[id].kind, v);
}

function download(name: string, type: string, text: string): void {
  const a = h('a', { href: URL.createObjectURL(new Blob([text], { type })), download: name }) as HTMLAnchorElement;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Where a parameter's control is: on this page, or in its chapter. */
function focusControl(id: NumericParamId): void {
  const control = document.querySelector<HTMLElement>(`.prose [data-param="${id}"], [data-param="${id}"]`);
  if (control) {
    control.scrollIntoView({ block: 'center' });
    control.focus();
    return;
  }
  const chapter = PARAMS[id].chapter;
  const url = new URL(shareUrl());
  url.pathname = url.pathname.replace(/[^/]*\/$/, chapter === 'home' ? '' : `${chapter}/`);
  location.href = url.toString();
}

function ledgerSection(): HTMLElement {
  const body = h('div', { class: 'ledger-body' });
  const section = h('section', { class: 'tool', 'aria-labelledby': 'tool-ledger' }, h('h3', { id: 'tool-ledger' }, 'Your assumptions against the essay’s'), body);
  $params.subscribe((p) => {
    const list = changedParams(p).map((c) => ({ ...c, origin: describeOrigin(PARAM_ORIGINS[c.id]) }));
    if (list.length === 0) {
      body.replaceChildren(h('p', { 'data-ledger-empty': true }, 'You have not changed any of the essay’s numbers.'));
      return;
    }
    const rows = list.map((c) => {
      const reset = h('button', { type: 'button', 'data-reset-param': c.id }, 'Reset');
      reset.setAttribute('aria-label', `Reset ${c.label} to the essay’s ${c.essay}`);
      reset.addEventListener('click', () => resetParam(c.id));
      return h(
        'tr',
        { 'data-ledger-row': c.id },
        h('th', { scope: 'row' }, c.label),
        h('td', {}, c.essay),
        h('td', { class: 'ledger-yours' }, c.yours),
        h('td', {}, h('span', { class: 'origin-badge' }, c.origin.badge), ' ', c.origin.text),
        h('td', {}, reset),
      );
    });
    const all = h('button', { type: 'button', 'data-reset-all': true }, 'Reset all to the essay’s numbers');
    all.addEventListener('click', () => resetAll());
    body.replaceChildren(
      h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, ...['Number', 'The essay’s', 'Yours', 'Where the essay’s came from', ''].map((t) => h('th', { scope: 'col' }, t)))), h('tbody', {}, ...rows))),
      all,
    );
  });
  return section;
}

function goalSeekSection(pageOutputs: readonly OutputId[]): HTMLElement {
  const outputs = [...new Set([...MAIN_OUTPUTS, ...pageOutputs])];
  const output = outputSelect(outputs, 'goal-output');
  output.setAttribute('data-goal-output', '');
  const target = h('input', { type: 'text', inputmode: 'decimal', 'data-goal-target': true, size: '10' }) as HTMLInputElement;
  const drag = h('span', { role: 'slider', tabindex: '0', class: 'goal-drag', 'data-goal-drag': true, 'aria-label': 'Target: drag or use the arrow keys' });
  const input = h('select', { 'data-goal-input': true }) as HTMLSelectElement;
  const go = h('button', { type: 'button', 'data-goal-run': true }, 'Find it');
  const result = h('p', { class: 'tool-result', role: 'status', 'data-goal-result': true });
  const ids = { output: nextId('goal-output'), target: nextId('goal-target'), input: nextId('goal-input') };
  output.id = ids.output;
  target.id = ids.target;
  input.id = ids.input;

  const current = () => {
    const v = $outputs.get()[output.value as OutputId];
    return isDefined(v) ? v : undefined;
  };
  let targetValue = 0;
  const setTarget = (v: number) => {
    targetValue = v;
    const id = output.value as OutputId;
    target.value = formatValue(OUTPUTS[id].kind, v);
    drag.textContent = target.value;
    drag.setAttribute('aria-valuenow', String(v));
    drag.setAttribute('aria-valuetext', spokenValue(OUTPUTS[id].kind, v));
  };
  const refreshInputs = () => {
    const id = output.value as OutputId;
    const affecting = inputsAffecting($params.get(), id);
    input.replaceChildren(...affecting.map((p) => h('option', { value: p }, PARAMS[p].label)));
    const now = current();
    if (now !== undefined) setTarget(now);
    result.textContent = '';
  };
  const run = () => {
    const id = output.value as OutputId;
    const param = input.value as NumericParamId;
    if (!param) return;
    const r = goalSeek($params.get(), id, targetValue, param);
    const spec = PARAMS[param] as NumericParamSpec;
    setParam(param, r.value);
    const shown = formatValue(spec.kind, r.value);
    result.dataset.reached = String(r.reached);
    result.textContent = r.reached
      ? `Setting “${spec.label}” to ${shown} brings ${OUTPUTS[id].label} to ${show(id, r.achieved)}.`
      : `${OUTPUTS[id].label[0]?.toUpperCase()}${OUTPUTS[id].label.slice(1)} cannot reach ${formatValue(OUTPUTS[id].kind, targetValue)} by changing “${spec.label}” within this page’s range (${formatValue(spec.kind, spec.min)} to ${formatValue(spec.kind, spec.max)}). The closest is ${show(id, r.achieved)}, at ${shown}; try another input.`;
  };

  output.addEventListener('change', refreshInputs);
  target.addEventListener('change', () => {
    const v = parseReaderNumber(target.value, OUTPUTS[output.value as OutputId].kind);
    if (v === undefined || !Number.isFinite(v) || v < 0) {
      notify([{ key: 'goal', kind: 'malformed', message: `“${target.value.slice(0, 40)}” is not a target this tool can seek; it needs a number that is not negative.` }]);
      setTarget(targetValue);
      return;
    }
    setTarget(v);
  });
  target.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      target.dispatchEvent(new Event('change'));
      run();
    }
  });
  go.addEventListener('click', run);
  // Dragging the target: each 100 px doubles or halves it; the arrow keys move it by 5% (Page keys by 50%).
  drag.addEventListener('keydown', (e) => {
    const factors: Record<string, number> = { ArrowUp: 1.05, ArrowRight: 1.05, ArrowDown: 1 / 1.05, ArrowLeft: 1 / 1.05, PageUp: 1.5, PageDown: 1 / 1.5 };
    const f = factors[e.key];
    if (!f) return;
    e.preventDefault();
    setTarget(targetValue * f);
    run();
  });
  drag.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    drag.setPointerCapture(e.pointerId);
    const start = targetValue;
    const x0 = e.clientX;
    const move = (m: PointerEvent) => {
      setTarget(start * 2 ** ((m.clientX - x0) / 100));
      run();
    };
    const up = () => {
      drag.removeEventListener('pointermove', move);
      drag.removeEventListener('pointerup', up);
    };
    drag.addEventListener('pointermove', move);
    drag.addEventListener('pointerup', up);
  });
  refreshInputs();

  return h(
    'section',
    { class: 'tool', 'aria-labelledby': 'tool-goal' },
    h('h3', { id: 'tool-goal' }, 'Goal seek: what would it take?'),
    h('p', { class: 'tool-row' }, h('label', { for: ids.output }, 'Bring '), output),
    h('p', { class: 'tool-row' }, h('label', { for: ids.target }, 'to '), target, ' ', drag),
    h('p', { class: 'tool-row' }, h('label', { for: ids.input }, 'by changing '), input, ' ', go),
    result,
  );
}

function sensitivitySection(pageOutputs: readonly OutputId[]): HTMLElement {
  const outputs = [...new Set([...MAIN_OUTPUTS, ...pageOutputs])];
  const output = outputSelect(outputs, 'sens-output');
  output.setAttribute('data-sens-output', '');
  output.id = nextId('sens-output');
  const range = h('select', { 'data-sens-range': true }, h('option', { value: 'halfToDouble' }, 'each input from half to double its value'), h('option', { value: 'fullRange' }, 'each input across its whole range')) as HTMLSelectElement;
  range.id = nextId('sens-range');
  const chart = h('div', { class: 'chart-svg', 'data-sens-chart': true });
  const list = h('ol', { class: 'sens-list', 'data-sens-list': true });
  const draw = () => {
    const id = output.value as OutputId;
    const bars = sensitivity($params.get(), id, range.value as SensitivityRange);
    const base = $outputs.get()[id];
    chart.replaceChildren(renderTornado(bars, isDefined(base) ? base : undefined, (v) => show(id, v)));
    for (const [i, rect] of [...chart.querySelectorAll('[data-bar-index]')].entries()) {
      const bar = bars[Number(rect.getAttribute('data-bar-index'))] ?? bars[i];
      if (bar) rect.addEventListener('click', () => focusControl(bar.id));
    }
    list.replaceChildren(
      ...bars.map((b) => {
        const spec = PARAMS[b.id] as NumericParamSpec;
        const button = h('button', { type: 'button', 'data-sens-focus': b.id }, spec.label);
        button.addEventListener('click', () => focusControl(b.id));
        return h('li', { 'data-sens-bar': b.id, 'data-swing': String(b.swing) }, button, `: ${formatValue(spec.kind, b.lowInput)} → ${show(id, b.atLow)}; ${formatValue(spec.kind, b.highInput)} → ${show(id, b.atHigh)}`);
      }),
    );
  };
  output.addEventListener('change', draw);
  range.addEventListener('change', draw);
  $params.listen(draw);
  draw();
  return h(
    'section',
    { class: 'tool', 'aria-labelledby': 'tool-sens' },
    h('h3', { id: 'tool-sens' }, 'Sensitivity: which input matters most?'),
    h('p', { class: 'tool-row' }, h('label', { for: output.id }, 'How far '), output, h('label', { for: range.id }, ' moves with '), range),
    h('figure', { class: 'chart' }, chart, h('figcaption', {}, 'Bars show the range of the result as each input moves, largest first; the line is the current value. Choose an input below (or click its bar) to go to its control.')),
    list,
  );
}

function keepSection(pageOutputs: readonly OutputId[]): HTMLElement {
  const status = h('p', { class: 'tool-result', role: 'status', 'data-keep-status': true });
  const json = h('button', { type: 'button', 'data-download-json': true }, 'Download the scenario (JSON)');
  json.addEventListener('click', () => download('scenario.json', 'application/json', scenarioJson($params.get(), $judge.get(), shareUrl(), new Date().toISOString())));
  const csv = h('button', { type: 'button', 'data-download-csv': true }, 'Download every result (CSV)');
  csv.addEventListener('click', () => download('results.csv', 'text/csv', outputsCsv($params.get())));
  const file = h('input', { type: 'file', accept: 'application/json,.json', 'data-open-json': true }) as HTMLInputElement;
  file.id = nextId('open-json');
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    const { values, judge, notices } = readScenarioJson(await f.text());
    notify(notices);
    if (Object.keys(values).length > 0 || Object.keys(judge).length > 0) {
      resetAll();
      setParams(values);
      $judge.set(judge);
      status.textContent = 'Scenario opened.';
    }
    file.value = '';
  });
  const cite = outputSelect([...new Set([...pageOutputs, ...MAIN_OUTPUTS, ...OUTPUT_IDS])], 'cite-output');
  cite.setAttribute('data-cite-output', '');
  cite.id = nextId('cite');
  const copy = h('button', { type: 'button', 'data-cite': true }, 'Copy a citation');
  copy.addEventListener('click', async () => {
    const text = citation($params.get(), cite.value as OutputId, shareUrl(), new Date().toISOString().slice(0, 10));
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = 'Citation copied.';
    } catch {
      status.textContent = text;
    }
  });
  return h(
    'section',
    { class: 'tool', 'aria-labelledby': 'tool-keep' },
    h('h3', { id: 'tool-keep' }, 'Save, open and cite'),
    h('p', { class: 'tool-row' }, json, ' ', csv),
    h('p', { class: 'tool-row' }, h('label', { for: file.id }, 'Open a saved scenario: '), file),
    h('p', { class: 'tool-row' }, h('label', { for: cite.id }, 'Cite '), cite, ' ', copy),
    status,
  );
}

export function mountTools(host: HTMLElement, body: HTMLElement): void {
  const pageOutputs = (host.dataset.outputs ?? '').split(' ').filter((id): id is OutputId => Object.hasOwn(OUTPUTS, id));
  body.replaceChildren(ledgerSection(), goalSeekSection(pageOutputs), sensitivitySection(pageOutputs), keepSection(pageOutputs));
}
