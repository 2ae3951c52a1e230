/** `<essay-conclusion data-conclusion="id">`: shows the sentence for the state in force. */
import { isConclusionId } from '../../lib/model/numbers';
import { define } from './boot';
import { conclusionStore } from '../../state/scenario';

/** Conclusions that changed since the last announcement, read out once the reader pauses. */
const changed = new Set<HTMLElement>();
let timer: ReturnType<typeof setTimeout> | undefined;
function announce(el: HTMLElement): void {
  changed.add(el);
  clearTimeout(timer);
  timer = setTimeout(() => {
    const live = document.querySelector('[data-announcer]');
    const text = [...changed]
      // The sentence as it reads on screen: innerText leaves out the numbers' origin notes, which are not shown.
      .map((c) => c.querySelector<HTMLElement>(':scope > [data-when]:not([hidden])')?.innerText.trim() ?? '')
      .filter(Boolean)
      .join(' ');
    changed.clear();
    if (live && text) live.textContent = text;
  }, 700);
}

class EssayConclusion extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const id = this.dataset.conclusion ?? '';
    if (!isConclusionId(id)) return;
    let first = true; // the state a page opens with (a shared link's) is not news
    this.#unsubscribe = conclusionStore(id).subscribe((state) => {
      if (this.dataset.state !== state) {
        this.dataset.state = state;
        for (const variant of this.querySelectorAll<HTMLElement>(':scope > [data-when]')) {
          variant.hidden = variant.dataset.when !== state;
        }
        if (!first) announce(this);
      }
      first = false;
    });
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

define('essay-conclusion', EssayConclusion);
