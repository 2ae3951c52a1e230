/** `<essay-conclusion data-conclusion="id">`: shows the sentence for the state in force. */
import { define } from './boot';
import { conclusionStore } from '../../state/scenario';
import { isConclusionId } from '../../lib/conclusions';

class EssayConclusion extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const id = this.dataset.conclusion ?? '';
    if (!isConclusionId(id)) return;
    this.#unsubscribe = conclusionStore(id).subscribe((state) => {
      this.dataset.state = state;
      for (const variant of this.querySelectorAll<HTMLElement>(':scope > [data-when]')) {
        variant.hidden = variant.dataset.when !== state;
      }
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

define('essay-conclusion', EssayConclusion);
