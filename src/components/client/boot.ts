/** Shared start-up for every island: read the scenario from the URL once. */
import { startUrlSync } from '../../state/browser';

startUrlSync();

export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

/*
 * Writes that leave the page alone when it already shows the value (as the built page does on
 * upgrade), so that the browser has nothing to style or lay out again.
 */
export function setText(el: Element | null | undefined, text: string): void {
  if (!el || el.textContent === text) return;
  // One text node (as a number is) changes in place, so that the browser re-shapes only that
  // text, not the whole paragraph around it, as it would for a new node (docs/PERFORMANCE.md).
  const only = el.firstChild;
  if (only instanceof Text && !only.nextSibling) only.data = text;
  else el.textContent = text;
}
export function setAttr(el: Element | null | undefined, name: string, value: string): void {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
}
/**
 * `fn` run once when the page is next idle (at the latest after `timeout` ms, or after 200 ms where
 * the browser has no idle callbacks), however many times it is asked for before then; `flush` runs
 * it at once if it is waiting.
 */
export function idleTask(fn: () => void, timeout = 2000): { schedule(): void; flush(): void } {
  let due = false;
  const flush = (): void => {
    if (!due) return;
    due = false;
    fn();
  };
  const schedule = (): void => {
    if (due) return;
    due = true;
    if ('requestIdleCallback' in window) requestIdleCallback(flush, { timeout });
    else setTimeout(flush, 200);
  };
  return { schedule, flush };
}
export function setHidden(el: HTMLElement | null | undefined, hidden: boolean): void {
  if (el && el.hidden !== hidden) el.hidden = hidden;
}
