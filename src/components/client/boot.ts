/** Shared start-up for every island: read the URL once, mark the page as scripted. */
import { startUrlSync } from '../../state/browser';

document.documentElement.dataset.js = 'on';
startUrlSync();

export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
