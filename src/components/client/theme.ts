/**
 * The theme button: follows the system until the reader picks light or dark,
 * then remembers the choice (set before first paint by the inline script in
 * the page's head).
 */
import { define } from './boot';

const KEY = 'theme';
const NEXT: Record<string, string> = { auto: 'light', light: 'dark', dark: 'auto' };
const LABEL: Record<string, string> = { auto: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };

class EssayTheme extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    this.hidden = false;
    const show = (theme: string) => {
      button.textContent = LABEL[theme] ?? LABEL.auto ?? '';
      button.dataset.theme = theme;
    };
    let theme = document.documentElement.dataset.theme ?? 'auto';
    show(theme);
    button.addEventListener('click', () => {
      theme = NEXT[theme] ?? 'auto';
      show(theme);
      if (theme === 'auto') delete document.documentElement.dataset.theme;
      else document.documentElement.dataset.theme = theme;
      // Storage may be blocked (cookies off) or missing: the theme still changes, it is just not remembered.
      try {
        if (theme === 'auto') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, theme);
      } catch {}
    });
  }
}

define('essay-theme', EssayTheme);
