/** A chart's data table body: a row header, then cells. The build writes it (Chart.astro) and a redraw rewrites it (client/chart.ts). */
export function tableBody(rows: readonly (readonly string[])[], doc: Document = document): HTMLTableSectionElement {
  const body = doc.createElement('tbody');
  for (const cells of rows) {
    const tr = doc.createElement('tr');
    cells.forEach((c, i) => {
      const cell = doc.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) cell.setAttribute('scope', 'row');
      cell.textContent = c;
      tr.append(cell);
    });
    body.append(tr);
  }
  return body;
}
