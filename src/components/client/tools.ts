/** `<essay-tools>`: binds the tools (modules of their own, fetched then) when the reader first opens the panel. */
import { define } from './boot';

class EssayTools extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector('details');
    if (!details) return;
    const open = async () => {
      if (!details.open || this.dataset.loaded) return;
      this.dataset.loaded = 'loading';
      const { mountTools } = await import('./tools/index');
      mountTools(this);
      this.dataset.loaded = 'true';
    };
    details.addEventListener('toggle', () => void open());
    void open();
  }
}

define('essay-tools', EssayTools);
