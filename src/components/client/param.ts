/**
 * `<essay-param>`: a labelled slider for one parameter, with a text field for
 * an exact value. The `<input type=range data-param>` holds the raw value for
 * linear parameters and a position 0…1000 for log-scaled ones (`data-scale="log"`).
 */
import { PARAMS, isParamId } from '../../lib/model/numbers';
import { isEnumSpec, type NumericParamSpec } from '../../lib/model/kit';
import { define } from './boot';
import { flushAddress } from '../../state/browser';
import { $param, notify, setParam } from '../../state/scenario';
import { quote } from '../../lib/validate';
import { fromSlider, toSlider } from '../../lib/scale';
import { formatValue, spokenValue } from '../../lib/format';

class EssayParam extends HTMLElement {
  #unsubscribe: (() => void) | undefined;

  connectedCallback(): void {
    const range = this.querySelector<HTMLInputElement>('input[type="range"][data-param]');
    const entry = this.querySelector<HTMLInputElement>('input[data-entry]');
    const id = range?.dataset.param ?? '';
    if (!range || !isParamId(id)) return;
    const spec = PARAMS[id];
    if (isEnumSpec(spec)) return;
    const numeric: NumericParamSpec = spec;
    const initial = String(spec.default);

    this.#unsubscribe = $param[id].subscribe((value) => {
      const v = value as number;
      // Already shown (as on upgrade, where the built page has it): nothing to format or write.
      if (range.dataset.value === String(v)) return;
      const text = formatValue(numeric.kind, v);
      range.value = String(toSlider(numeric, v));
      range.setAttribute('aria-valuetext', spokenValue(numeric.kind, v, numeric.unit));
      range.dataset.value = String(v);
      if (entry && document.activeElement !== entry) entry.value = text;
      this.classList.toggle('is-changed', String(v) !== initial);
    });

    // The slider let go: write the address now rather than after the pause.
    range.addEventListener('change', () => flushAddress());
    range.addEventListener('input', () => {
      setParam(id, fromSlider(numeric, Number(range.value)));
    });

    if (entry) {
      entry.readOnly = false;
      // The code that reads a typed value is fetched with the first one.
      const commit = async () => {
        const typed = entry.value;
        const current = formatValue(numeric.kind, $param[id].get() as number);
        const read = (await import('./exact-value')).readExactValue(typed, numeric, current, quote);
        if ('value' in read) setParam(id, read.value, typed);
        else notify([{ key: id, kind: 'malformed', message: read.refused }]);
        entry.value = formatValue(numeric.kind, $param[id].get() as number);
      };
      entry.addEventListener('change', commit);
      entry.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      });
    }
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }
}

define('essay-param', EssayParam);
