/**
 * The parameters' specs must be able to work: a default inside its range, a
 * positive step, a log scale above zero, a default among an enum's choices.
 * The build checks them when it assembles the registry (the validate-content
 * integration), naming each chapter's inputs file and the parameter.
 */
import { isEnumSpec, type ParamSpec } from './kit';

/** Every mistake in a set of parameter specs, one message each. */
export function inputMistakes(specs: Readonly<Record<string, ParamSpec>>): string[] {
  const errors: string[] = [];
  for (const [id, s] of Object.entries(specs)) {
    const where = `src/lib/model/${s.chapter}/inputs.ts: parameter "${id}"`;
    if (isEnumSpec(s)) {
      if (!s.options.includes(s.default))
        errors.push(`${where}: its default "${s.default}" is not one of its options. Set it to one of: ${s.options.join(', ')}.`);
      continue;
    }
    if (![s.default, s.min, s.max, s.step].every(Number.isFinite)) {
      errors.push(`${where}: default, min, max and step must all be finite numbers.`);
      continue;
    }
    if (!(s.min < s.max)) errors.push(`${where}: its range runs from ${s.min} to ${s.max}; min must be below max.`);
    if (!(s.step > 0)) errors.push(`${where}: its step is ${s.step}; a step must be above zero (the smallest meaningful change, such as 0.01 or 1).`);
    if (s.scale === 'log' && !(s.min > 0))
      errors.push(`${where}: a log scale cannot start at ${s.min}; set min above zero, or use scale: 'linear'.`);
    if (s.default < s.min || s.default > s.max)
      errors.push(`${where}: its default ${s.default} lies outside its range, ${s.min} to ${s.max}. Change the default or widen the range.`);
  }
  return errors;
}

/** Throws with every mistake, so that the build stops naming the file and the parameter. */
export function checkInputs(specs: Readonly<Record<string, ParamSpec>>): void {
  const errors = inputMistakes(specs);
  if (errors.length > 0) throw new Error(`The model's parameters have mistakes:\n${errors.join('\n')}`);
}
