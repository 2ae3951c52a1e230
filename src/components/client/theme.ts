/**
 * The theme button: follows the system until the reader picks light or dark,
 * then remembers the choice (set before first paint by the inline script in
 * the page's head). The first click always changes what the reader sees: from
 * the system's theme it goes to the other one.
 */
import { define } from './boot';
import { themeWord } from '../../lib/ui/en/essay';

const KEY = 'theme';

class EssayTheme extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const word = button.querySelector('.theme-word');
    // The built button shows the system's theme ('auto').
    const show = (theme: string) => {
      if ((button.dataset.theme ?? 'auto') === theme) return;
      button.replaceChildren(...(word ? [word] : []), themeWord(theme));
      button.dataset.theme = theme;
    };
    const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;
    let theme = document.documentElement.dataset.theme ?? 'auto';
    show(theme);
    button.addEventListener('click', () => {
      const first = systemDark() ? 'light' : 'dark';
      theme = theme === 'auto' ? first : theme === first ? (first === 'dark' ? 'light' : 'dark') : 'auto';
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
