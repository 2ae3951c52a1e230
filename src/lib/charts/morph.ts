/**
 * Brings an element on the page up to date with a new rendering of it (a
 * chart's SVG, a data table's body) by changing only what differs, attributes
 * and text, instead of replacing it: the browser then lays out and paints
 * again only the marks and cells that changed (on a slow CPU, about half the
 * cost of swapping in a whole new SVG; docs/PERFORMANCE.md). Where the two
 * differ in shape (a mark gained or lost an element), the children from the
 * first that differs on are replaced. Afterwards `shown` serialises exactly as
 * `next` does.
 */
export function morph(shown: Element, next: Element): void {
  // An unchanged part (most of a chart between two steps: the axes, the bars that did not move) is
  // found by the browser's own comparison, far quicker than these loops (about 1 → 0.3 ms a step at
  // full speed; docs/PERFORMANCE.md).
  if (shown.isEqualNode(next)) return;
  const attrs = next.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const { name, value } = attrs[i]!;
    if (shown.getAttribute(name) !== value) shown.setAttribute(name, value);
  }
  if (shown.attributes.length !== attrs.length) {
    for (const { name } of [...shown.attributes]) if (!next.hasAttribute(name)) shown.removeAttribute(name);
  }
  const was = shown.childNodes;
  const now = next.childNodes;
  // Children are matched in order while they are of the same kind; from the first that is not (or
  // where one list ends: an axis that gained or lost a tick), the rest is replaced. A tick more or
  // less thus costs one element added or removed, not the whole axis built again.
  const common = Math.min(was.length, now.length);
  let same = 0;
  while (same < common && was[same]!.nodeName === now[same]!.nodeName) same++;
  for (let i = 0; i < same; i++) {
    const old = was[i]!;
    const n = now[i]!;
    if (n.nodeType === 1) morph(old as Element, n as Element);
    else if (old.nodeValue !== n.nodeValue) old.nodeValue = n.nodeValue;
  }
  if (same === was.length && same === now.length) return;
  const rest = Array.prototype.slice.call(now, same) as ChildNode[];
  for (let i = was.length - 1; i >= same; i--) was[i]!.remove();
  shown.append(...rest);
}
