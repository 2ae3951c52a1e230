/** The assumptions ledger: every number the reader changed, beside the essay's and its origin, each with a reset. */
import { PARAM_ORIGINS } from '../../../lib/model/words';
import { $params, resetParam, resetParams } from '../../../state/scenario';
import { changedParams } from '../../../lib/tools/changes';
import { describeOrigin } from '../../../lib/origin';
import { fromTemplate } from './shared';
import { resetTo } from '../../../lib/ui/en/tools';

export function bindLedger(section: HTMLElement): void {
  const body = section.querySelector<HTMLElement>('[data-ledger-body]');
  const table = section.querySelector<HTMLTemplateElement>('template[data-ledger-table]');
  const rowTemplate = section.querySelector<HTMLTemplateElement>('template[data-ledger-row-template]');
  const empty = section.querySelector<HTMLElement>('[data-ledger-empty]');
  if (!body || !table || !rowTemplate || !empty) return;
  $params.subscribe((p) => {
    const list = changedParams(p);
    if (list.length === 0) {
      body.replaceChildren(empty);
      return;
    }
    const rows = list.map((c) => {
      const row = fromTemplate<HTMLTableRowElement>(rowTemplate);
      if (!row) return document.createElement('tr');
      const origin = describeOrigin(PARAM_ORIGINS[c.id]);
      row.dataset.ledgerRow = c.id;
      const [label, essay, yours, where] = row.cells;
      if (label) label.textContent = c.label;
      if (essay) essay.textContent = c.essay;
      if (yours) yours.textContent = c.yours;
      const [badge, text] = where?.querySelectorAll('span') ?? [];
      if (badge) badge.textContent = origin.badge;
      if (text) text.textContent = origin.text;
      const reset = row.querySelector('button');
      if (reset) {
        reset.dataset.resetParam = c.id;
        reset.setAttribute('aria-label', resetTo(c.label, c.essay));
        reset.addEventListener('click', () => resetParam(c.id));
      }
      return row;
    });
    const content = table.content.cloneNode(true) as DocumentFragment;
    content.querySelector('tbody')?.replaceChildren(...rows);
    content.querySelector('[data-reset-all]')?.addEventListener('click', () => resetParams());
    body.replaceChildren(content);
  });
}
