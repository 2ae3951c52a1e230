/**
 * A chart's picture is hidden from assistive technology: its text description
 * and data table say the same in words. Plot's own ARIA labels on groups are
 * removed too (axe flags them as prohibited on <g>).
 */
export function hidePicture<T extends Element>(svg: T): T {
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  return svg;
}
