/**
 * The scenario in the address bar (browser only). On load the scenario comes
 * from the URL; every change is written back with replaceState, and links to
 * the site's other pages carry it along.
 */
import { encodeScenario, decodeScenario } from '../lib/url';
import { computed } from 'nanostores';
import { $judge, $params, notify, setParams } from './scenario';

let started = false;

/** Every link to a page of this site (not in-page anchors, not other sites) carries the scenario. */
function carryToLinks(query: string): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]:not([href^="#"])')) {
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.search.replace(/^\?/, '') === query) continue;
    url.search = query;
    a.href = url.pathname + url.search + url.hash;
  }
}

/** The page's address with the current scenario. */
export function shareUrl(): string {
  const url = new URL(location.href);
  url.search = encodeScenario($params.get(), $judge.get());
  return url.toString();
}

export function startUrlSync(): void {
  if (started) return;
  started = true;
  const { values, judge, notices } = decodeScenario(location.search);
  setParams(values);
  $judge.set(judge);
  notify(notices);
  computed([$params, $judge], encodeScenario).subscribe((query) => {
    const url = new URL(location.href);
    if (url.search.replace(/^\?/, '') !== query) {
      url.search = query;
      history.replaceState(history.state, '', url);
    }
    carryToLinks(query);
  });
}
