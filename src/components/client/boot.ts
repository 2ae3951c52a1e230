/** Shared start-up for every island: read the scenario from the URL once. */
import { startUrlSync } from '../../state/browser';
import { DEFAULTS, PARAM_IDS, type Params } from '../../lib/model/numbers';

startUrlSync();

export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

/** Whether a scenario is the essay's own numbers. */
export const isEssay = (p: Params): boolean => PARAM_IDS.every((id) => p[id] === DEFAULTS[id]);
