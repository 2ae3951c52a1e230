/**
 * `<essay-param>`: a labelled slider for one parameter, with a text field for
 * an exact value. The `<input type=range data-param>` holds the raw value for
 * linear parameters and a position 0…1000 for log-scaled ones (`data-scale="log"`).
 */
import { PARAMS, isParamId } from '../../lib/model/numbers';
import { isEnumSpec, type NumericParamSpec } from '../../lib/model/kit';
import { define } from './boot';
import { $param, notify, setParam } from '../../state/scenario';
import { POSITIONS, fromPosition, toPosition } from '../../lib/scale';
import { formatValue, spokenValue } from '../../lib/format';
import { parseReaderNumber, quote } from '../../lib/validate';

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
    const log = numeric.scale === 'log';
    const initial = String(spec.default);

    this.#unsubscribe = $param[id].subscribe((value) => {
      const v = value as number;
      const text = formatValue(numeric.kind, v);
      range.value = String(log ? Math.round(toPosition(numeric, v) * POSITIONS) : v);
      range.setAttribute('aria-valuetext', spokenValue(numeric.kind, v, numeric.unit));
      range.dataset.value = String(v);
      if (entry && document.activeElement !== entry) entry.value = text;
      this.classList.toggle('is-changed', String(v) !== initial);
    });

    range.addEventListener('input', () => {
      const raw = Number(range.value);
      setParam(id, log ? fromPosition(numeric, raw / POSITIONS) : raw);
    });

    if (entry) {
      entry.readOnly = false;
      const commit = () => {
        const parsed = parseReaderNumber(entry.value, numeric.kind);
        if (parsed === undefined) {
          notify([{ key: id, kind: 'malformed', message: `${quote(entry.value)} is not a number for “${numeric.label}”; it stays at ${formatValue(numeric.kind, $param[id].get() as number)}.` }]);
        } else {
          setParam(id, parsed);
        }
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
