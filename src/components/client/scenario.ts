/**
 * `<essay-scenario>`: presets, back to the essay, copy a share link, and the
 * polite notices about values that were clamped or dropped.
 */
import { DEFAULTS, PARAM_IDS } from '../../lib/model/numbers';
import { define } from './boot';
import { $notices, $params, applyPreset, dismissNotices, matchingPreset, resetAll } from '../../state/scenario';
import { shareUrl } from '../../state/browser';
import { PRESETS, type PresetId } from '../../lib/presets';

class EssayScenario extends HTMLElement {
  #unsubscribe: (() => void)[] = [];

  connectedCallback(): void {
    const presets = [...this.querySelectorAll<HTMLButtonElement>('button[data-preset]')];
    const status = this.querySelector<HTMLElement>('[data-share-status]');
    const notices = this.querySelector<HTMLElement>('[data-notices]');
    const changed = this.querySelector<HTMLElement>('[data-changed-count]');

    for (const button of presets) {
      button.addEventListener('click', () => {
        const id = button.dataset.preset;
        if (id && Object.hasOwn(PRESETS, id)) applyPreset(id as PresetId);
      });
    }
    this.querySelector('[data-reset]')?.addEventListener('click', () => resetAll());
    this.querySelector('[data-share]')?.addEventListener('click', async () => {
      const url = shareUrl();
      let message = `Link to this scenario: ${url}`;
      try {
        await navigator.clipboard.writeText(url);
        message = 'Link copied.';
      } catch {
        // Clipboard refused (no permission, insecure origin): show the link to copy by hand.
      }
      if (status) status.textContent = message;
    });
    this.querySelector('[data-dismiss]')?.addEventListener('click', () => dismissNotices());

    this.#unsubscribe.push(
      $params.subscribe((p) => {
        const match = matchingPreset(p);
        for (const b of presets) b.setAttribute('aria-pressed', String(b.dataset.preset === match));
        const n = PARAM_IDS.filter((id) => p[id] !== DEFAULTS[id]).length;
        if (changed) changed.textContent = n === 0 ? 'the essay’s numbers' : `${n} number${n === 1 ? '' : 's'} changed from the essay`;
        if (status) status.textContent = '';
      }),
    );
    // The live region exists before its first message, so that it is announced.
    setTimeout(() => {
      this.#unsubscribe.push(
        $notices.subscribe((list) => {
          if (!notices) return;
          notices.classList.toggle('has-notices', list.length > 0);
          const dismiss = notices.querySelector<HTMLElement>('[data-dismiss]');
          if (dismiss) dismiss.hidden = list.length === 0;
          notices.querySelector('ul')?.replaceChildren(
            ...list.map((n) => {
              const li = document.createElement('li');
              li.textContent = n.message;
              return li;
            }),
          );
        }),
      );
    }, 150);
  }

  disconnectedCallback(): void {
    for (const u of this.#unsubscribe) u();
  }
}

define('essay-scenario', EssayScenario);
