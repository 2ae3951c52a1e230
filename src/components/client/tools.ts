/** `<essay-tools>`: loads the tools (a module of their own) when the reader first opens the panel. */
import { define } from './boot';

class EssayTools extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector('details');
    const body = this.querySelector<HTMLElement>('[data-tools-body]');
    if (!details || !body) return;
    const open = async () => {
      if (!details.open || this.dataset.loaded) return;
      this.dataset.loaded = 'loading';
      body.textContent = 'Loading the tools…';
      const { mountTools } = await import('./tools-panel');
      mountTools(this, body);
      this.dataset.loaded = 'true';
    };
    details.addEventListener('toggle', () => void open());
    void open();
  }
}

define('essay-tools', EssayTools);
