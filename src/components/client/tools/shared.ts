/** What the four tools share: reading a menu's choice, showing a value, going to a control, downloading. */
import { OUTPUTS } from '../../../lib/model/words';
import { PARAMS, isOutputId, isParamId, type NumericParamId, type OutputId } from '../../../lib/model/numbers';
import { isEnumSpec, type NumericParamSpec } from '../../../lib/model/kit';
import { formatValue } from '../../../lib/format';
import { sitePath } from '../../../lib/paths';
import { shareUrl } from '../../../state/browser';
import { NOT_DEFINED } from '../../../lib/ui/en/tools';

/** The output a menu names (the menus list outputs only; anything else reads as none). */
export function chosenOutput(select: HTMLSelectElement): OutputId | undefined {
  return isOutputId(select.value) ? select.value : undefined;
}

/** The numeric parameter a menu names. */
export function chosenInput(select: HTMLSelectElement): NumericParamId | undefined {
  const id = select.value;
  return isParamId(id) && !isEnumSpec(PARAMS[id]) ? (id as NumericParamId) : undefined;
}

export const numericSpec = (id: NumericParamId): NumericParamSpec => PARAMS[id] as NumericParamSpec;

/** An output's value as the page shows it, or a plain "not defined". */
export function show(id: OutputId, v: number | undefined): string {
  return v === undefined ? NOT_DEFINED : formatValue(OUTPUTS[id].kind, v);
}

/** Goes to a parameter's control: on this page, or in its chapter, keeping the scenario. */
export function focusControl(id: NumericParamId): void {
  const control = document.querySelector<HTMLElement>(`.prose [data-param="${id}"], [data-param="${id}"]`);
  if (control) {
    control.scrollIntoView({ block: 'center' });
    control.focus();
    return;
  }
  const chapter = PARAMS[id].chapter;
  const url = new URL(shareUrl());
  url.pathname = sitePath(import.meta.env.BASE_URL, chapter === 'home' ? '' : `${chapter}/`);
  location.href = url.toString();
}

export function download(name: string, type: string, text: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A copy of a `<template>`'s first element. */
export function fromTemplate<E extends Element>(template: HTMLTemplateElement | null): E | undefined {
  return (template?.content.firstElementChild?.cloneNode(true) as E | null) ?? undefined;
}
