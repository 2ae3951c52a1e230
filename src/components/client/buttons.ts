/**
 * `<essay-set>`: a button that sets a parameter to a value (pressed while it has it).
 * `<essay-take>`: a button that sets a parameter to an output's current value.
 */
import { PARAMS, isOutputId, isParamId } from '../../lib/model/numbers';
import { isEnumSpec, isDefined } from '../../lib/model/kit';
import { define, setAttr } from './boot';
import { $outputs, $param, setParam } from '../../state/scenario';
import { roundValue } from '../../lib/scale';

class EssaySet extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button[data-set-param]');
    const id = button?.dataset.setParam ?? '';
    const value = button?.dataset.setValue ?? '';
    if (!button || !isParamId(id)) return;
    const spec = PARAMS[id];
    const target = isEnumSpec(spec) ? value : Number(value);
    button.addEventListener('click', () => setParam(id, target));
    this.#unsubscribe = $param[id].subscribe((v) => setAttr(button, 'aria-pressed', String(v === target)));
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

class EssayTake extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button[data-take-param]');
    const id = button?.dataset.takeParam ?? '';
    const output = button?.dataset.takeOutput ?? '';
    if (!button || !isParamId(id) || !isOutputId(output)) return;
    const spec = PARAMS[id];
    button.addEventListener('click', () => {
      const v = $outputs.get()[output];
      if (isDefined(v) && !isEnumSpec(spec)) setParam(id, roundValue({ ...spec, scale: 'linear' }, v));
    });
  }
}

define('essay-set', EssaySet);
define('essay-take', EssayTake);
