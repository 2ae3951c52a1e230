/** "Did you mean …?" for editors: the valid ids nearest to a mistyped one. */
function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[y.length] ?? 0;
}

export function nearest(id: string, valid: readonly string[], count = 3): string[] {
  return [...valid]
    .map((v) => ({ v, d: editDistance(id, v) }))
    .sort((a, b) => a.d - b.d || a.v.localeCompare(b.v))
    .slice(0, count)
    .map((x) => x.v);
}

/** The message an editor sees for an unknown id. */
export function unknownIdMessage(what: string, id: string, valid: readonly string[], where?: string): string {
  const place = where ? `${where}: ` : '';
  return `${place}unknown ${what} id "${id}". Did you mean ${nearest(id, valid).map((v) => `"${v}"`).join(', ')}? Valid ${what} ids: ${valid.join(', ')}.`;
}
