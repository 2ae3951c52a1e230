/** Shared start-up for every island: read the scenario from the URL once. */
import { startUrlSync } from '../../state/browser';

startUrlSync();

export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
