/**
 * `<essay-scenario>`: presets, back to the essay, copy a share link, and the
 * polite notices about values that were clamped or dropped. The bar names the
 * scenario (a preset's name, or how many numbers changed); "back" is offered
 * only when something differs, and never touches the reader's verdicts.
 */
import { define, setAttr, setHidden, setText } from './boot';
import { $judge, $notices, $params, applyPreset, dismissNotices, isEssay, matchingPreset, resetParams, scenarioName } from '../../state/scenario';
import { shareUrl } from '../../state/browser';
import { PRESETS, type PresetId } from '../../lib/presets';
import { PARAMS, isParamId } from '../../lib/model/numbers';
import { JUDGE_PREFIX } from '../../lib/url';
import { quote } from '../../lib/validate';
import { LINK_COPIED, copyThisLink } from '../../lib/ui/en/essay';

/** Notices leave by themselves after this long, unless the reader is pointing at or focused in them. */
export const NOTICE_MS = 15_000;

class EssayScenario extends HTMLElement {
  #unsubscribe: (() => void)[] = [];
  #noticeTimer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const presets = [...this.querySelectorAll<HTMLButtonElement>('button[data-preset]')];
    const status = this.querySelector<HTMLElement>('[data-share-status]');
    const notices = this.querySelector<HTMLElement>('[data-notices]');
    const changed = this.querySelector<HTMLElement>('[data-changed-count]');
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]');
    const resetVerdicts = this.querySelector<HTMLButtonElement>('[data-reset-verdicts]');
    const chapter = this.dataset.chapter;
    // Notices about this page's own settings come first (on the scorecard: its verdicts).
    const isHere = (key: string) => (chapter ? isParamId(key) && PARAMS[key].chapter === chapter : key.startsWith(JUDGE_PREFIX));

    for (const button of presets) {
      button.addEventListener('click', () => {
        const id = button.dataset.preset;
        if (id && Object.hasOwn(PRESETS, id)) applyPreset(id as PresetId);
      });
    }
    reset?.addEventListener('click', () => resetParams());
    resetVerdicts?.addEventListener('click', () => $judge.set({}));
    this.querySelector('[data-share]')?.addEventListener('click', async () => {
      const url = shareUrl();
      const { copyText } = await import('./clipboard');
      const copied = await copyText(url);
      if (status) status.textContent = copied ? LINK_COPIED : copyThisLink(url);
    });
    this.querySelector('[data-dismiss]')?.addEventListener('click', () => dismissNotices());

    const show = () => {
      const p = $params.get();
      const judge = $judge.get();
      const match = matchingPreset(p);
      for (const b of presets) setAttr(b, 'aria-pressed', String(b.dataset.preset === match));
      setText(changed, scenarioName(p, judge));
      const essay = isEssay(p);
      if (reset && reset.disabled !== essay) reset.disabled = essay;
      setHidden(resetVerdicts, Object.keys(judge).length === 0);
      setText(status, '');
    };
    this.#unsubscribe.push($params.subscribe(show), $judge.listen(show));

    // The notices leave by themselves, but not while the reader is pointing at or focused in them.
    const leaveLater = () => {
      clearTimeout(this.#noticeTimer);
      this.#noticeTimer = setTimeout(() => (notices?.matches(':hover, :focus-within') ? leaveLater() : dismissNotices()), NOTICE_MS);
    };
    // The live region exists before its first message, so that it is announced.
    setTimeout(() => {
      this.#unsubscribe.push(
        $notices.subscribe(async (list) => {
          if (!notices) return;
          // Most visits never see a notice: the code that orders and shortens them is fetched for the first.
          const lines = list.length === 0 ? [] : (await import('../../lib/notices')).summariseNotices(list, isHere, quote);
          if (list !== $notices.get()) return;
          notices.classList.toggle('has-notices', list.length > 0);
          setHidden(notices.querySelector<HTMLElement>('[data-dismiss]'), list.length === 0);
          notices.querySelector('ul')?.replaceChildren(
            ...lines.map((line) => {
              const li = document.createElement('li');
              li.textContent = line;
              return li;
            }),
          );
          if (list.length > 0) leaveLater();
        }),
      );
    }, 150);
  }

  disconnectedCallback(): void {
    clearTimeout(this.#noticeTimer);
    for (const u of this.#unsubscribe) u();
  }
}

define('essay-scenario', EssayScenario);
