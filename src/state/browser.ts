/**
 * The scenario in the address bar (browser only). On load the scenario comes
 * from the URL as one change; changes are written back with replaceState, at
 * most one write every WRITE_EVERY_MS plus a final one when input goes quiet
 * (browsers refuse a flood of address writes: Chrome ignores them after about
 * 200 in 10 s, Safari throws). A write the browser refuses is tried again, so
 * after a quiet moment the address always matches the page. Links to the
 * site's other pages carry the scenario; share, print and links read the store.
 */
import { encodeScenario, decodeScenario } from '../lib/url';
import { $judge, $params, openScenario } from './scenario';

/** At most one address write in this many milliseconds while the reader drags. */
export const WRITE_EVERY_MS = 250;
/** After a refused write, try again this much later. */
const RETRY_MS = 1000;

let started = false;
/** A change not yet written to the address and the links. */
let pending = false;
let lastWrite = -Infinity;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The scenario as the address carries it, worked out when it is written, not on every change. */
const currentQuery = (): string => encodeScenario($params.get(), $judge.get());

/** Every link to a page of this site (not in-page anchors, not other sites) carries the scenario. */
function carryToLinks(query: string): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]:not([href^="#"])')) carryToLink(a, query);
}

function carryToLink(a: HTMLAnchorElement, query: string): void {
  const url = new URL(a.href, location.href);
  // Pages of this site only: not other sites, not downloads (a blob: link has the page's origin).
  if (url.origin !== location.origin || a.hasAttribute('download') || url.search.replace(/^\?/, '') === query) return;
  url.search = query;
  a.href = url.pathname + url.search + url.hash;
}

/** Writes the address; false when the browser refused (threw, or ignored the write). */
function writeAddress(query: string): boolean {
  try {
    const url = new URL(location.href);
    if (url.search.replace(/^\?/, '') === query) return true;
    url.search = query;
    history.replaceState(history.state, '', url);
    return location.search.replace(/^\?/, '') === url.search.replace(/^\?/, '');
  } catch {
    return false;
  }
}

/** Writes the waiting scenario to the address and the links now (a drag ended, a link is followed). */
export function flushAddress(): void {
  clearTimeout(timer);
  timer = undefined;
  if (!pending) return;
  const query = currentQuery();
  lastWrite = performance.now();
  carryToLinks(query);
  if (writeAddress(query)) pending = false;
  else timer = setTimeout(flushAddress, RETRY_MS);
}

function queue(): void {
  pending = true;
  if (timer !== undefined) return;
  timer = setTimeout(flushAddress, Math.max(0, lastWrite + WRITE_EVERY_MS - performance.now()));
}

/** A fragment worth sharing: the id of a heading on this page; anything else is dropped. */
function headingFragment(): string {
  const id = decodeURIComponent(location.hash.slice(1));
  const el = id ? document.getElementById(id) : null;
  return el && /^H[1-6]$/.test(el.tagName) ? `#${encodeURIComponent(id)}` : '';
}

/** The page's address with the current scenario (and a heading's fragment, if the reader is at one). */
export function shareUrl(): string {
  const url = new URL(location.href);
  url.search = currentQuery();
  url.hash = headingFragment();
  return url.toString();
}

export function startUrlSync(): void {
  if (started) return;
  started = true;
  openScenario(decodeScenario(location.search));
  // The address as opened is written back once in its own form (a value out of range clamped, a
  // setting this page does not know dropped); then after every change.
  queue();
  $params.listen(queue);
  $judge.listen(queue);
  // A link followed (or copied from its menu) right after a change carries the latest scenario.
  const follow = (e: Event) => {
    const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (a instanceof HTMLAnchorElement) carryToLink(a, currentQuery());
  };
  // (A press comes before a click, a middle click or a link's menu; a key press on a link fires a click.)
  addEventListener('pointerdown', follow, true);
  addEventListener('click', follow, true);
  addEventListener('pagehide', flushAddress);
}
