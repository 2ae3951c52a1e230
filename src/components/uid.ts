/** Unique element ids for one build (aria-describedby targets). */
let n = 0;
export function uid(prefix: string): string {
  n += 1;
  return `${prefix}-${n}`;
}
