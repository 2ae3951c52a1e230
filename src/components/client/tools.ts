/**
 * `<essay-tools>`: binds the tools (modules of their own, fetched when the reader points at or
 * focuses the panel's summary) when the panel is first opened. A click on the closed panel opens
 * it once they are bound, in the same task, so that the panel is drawn whole: nothing in it grows,
 * and nothing below it moves, after it opens. Tools still on their way after a moment (a first tap
 * on a phone, on a slow network) are not waited for: the panel opens, and its sensitivity chart is
 * drawn when they come.
 */
import { define, setHidden } from './boot';

/** How long a click on the closed panel waits for its tools before it opens without them. */
const WAIT_MS = 100;

class EssayTools extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector('details');
    const summary = details?.querySelector('summary');
    if (!details || !summary) return;
    const failed = this.querySelector<HTMLElement>('[data-tools-failed]');
    let tools: Promise<typeof import('./tools/index')> | undefined;
    const fetchTools = () => (tools ??= import('./tools/index'));
    const mount = async (): Promise<void> => {
      if (this.dataset.loaded) return;
      this.dataset.loaded = 'loading';
      try {
        const { mountTools } = await fetchTools();
        details.open = true;
        setHidden(failed, true);
        mountTools(this);
        this.dataset.loaded = 'true';
      } catch {
        // Not fetched (offline, or a newer deploy): the panel still opens, and says so.
        tools = undefined;
        delete this.dataset.loaded;
        details.open = true;
        setHidden(failed, false);
      }
    };
    summary.addEventListener('click', (e) => {
      if (details.open || this.dataset.loaded === 'true') return;
      e.preventDefault();
      void mount();
      setTimeout(() => (details.open = true), WAIT_MS);
    });
    // Opened some other way (find in page, a link to a tool's heading): bound as soon as they come.
    details.addEventListener('toggle', () => {
      if (details.open) void mount();
    });
    summary.addEventListener('pointerover', fetchTools, { once: true });
    summary.addEventListener('focus', fetchTools, { once: true });
    if (details.open) void mount();
  }
}

define('essay-tools', EssayTools);
