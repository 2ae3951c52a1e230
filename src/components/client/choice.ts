/** `<essay-choice>`: a `<select data-param>` for an enumerated parameter (the GPU). */
import { isParamId } from '../../lib/model/numbers';
import { define } from './boot';
import { $param, setParam } from '../../state/scenario';

class EssayChoice extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const select = this.querySelector<HTMLSelectElement>('select[data-param]');
    const id = select?.dataset.param ?? '';
    if (!select || !isParamId(id)) return;
    const initial = select.dataset.default ?? '';
    this.#unsubscribe = $param[id].subscribe((value) => {
      select.value = String(value);
      select.classList.toggle('is-changed', String(value) !== initial);
    });
    select.addEventListener('change', () => setParam(id, select.value));
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

define('essay-choice', EssayChoice);
