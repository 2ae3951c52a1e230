/**
 * `<essay-moats>`: predict, then reveal. The essay's answer in a row stays covered until the
 * reader has answered that row, or until they uncover every row with the button.
 */
import { define, setAttr } from './boot';
import { $param } from '../../state/scenario';
import { isParamId } from '../../lib/model/numbers';

class EssayMoats extends HTMLElement {
  #unsubscribe: (() => void)[] = [];
  #all = false;

  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button[data-reveal-all]');
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-moat-param]')];
    const update = (): void => {
      for (const row of rows) {
        const id = row.dataset.moatParam ?? '';
        const answered = isParamId(id) && $param[id].get() !== 'unanswered';
        const show = this.#all || answered;
        row.querySelector<HTMLElement>('.moat-essay-words')?.toggleAttribute('hidden', !show);
        row.querySelector<HTMLElement>('.moat-essay-cover')?.toggleAttribute('hidden', show);
      }
      setAttr(button, 'aria-pressed', String(this.#all));
    };
    for (const row of rows) {
      const id = row.dataset.moatParam ?? '';
      if (isParamId(id)) this.#unsubscribe.push($param[id].listen(update));
    }
    if (button) {
      button.addEventListener('click', () => {
        this.#all = !this.#all;
        update();
      });
    }
    update();
  }

  disconnectedCallback(): void {
    for (const u of this.#unsubscribe) u();
    this.#unsubscribe = [];
  }
}

define('essay-moats', EssayMoats);
