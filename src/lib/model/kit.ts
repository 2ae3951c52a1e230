/**
 * What every chapter's model is made of: parameter specs, output values,
 * conclusion specs and origins. Chapters import this; it imports nothing
 * above it.
 */
import type { ChapterId } from './chapters';
import type { SourceId } from '../sources';

/** Where a default value came from; shown to the reader beside the number. */
export type Origin =
  | { readonly kind: 'reader'; readonly note: string }
  | { readonly kind: 'essay'; readonly via?: SourceId; readonly note?: string }
  | { readonly kind: 'source'; readonly source: SourceId; readonly note?: string }
  | { readonly kind: 'assumption'; readonly note: string; readonly source?: SourceId };

/** Kinds of quantity; each has one formatter (format.ts). */
export type QuantityKind =
  | 'usd'
  | 'cny'
  | 'count'
  | 'ratio'
  | 'factor'
  | 'percentPoints'
  | 'days'
  | 'months'
  | 'years'
  | 'flops'
  | 'fxRate'
  | 'monthYear';

export interface NumericParamSpec {
  readonly chapter: ChapterId;
  readonly label: string;
  readonly kind: QuantityKind;
  /** Noun after a count ("GPUs"), used in text read aloud. */
  readonly unit?: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** Smallest meaningful change; values are rounded to it. */
  readonly step: number;
  /** `log` for parameters spanning orders of magnitude: sliders move by ratios. */
  readonly scale: 'linear' | 'log';
}

/** A parameter with named choices: a GPU, or the reader's answer to a question. */
export interface EnumParamSpec<O extends string = string> {
  readonly chapter: ChapterId;
  readonly label: string;
  readonly kind: 'enum';
  readonly options: readonly O[];
  readonly optionLabels: Readonly<Record<O, string>>;
  readonly default: O;
}

export type ParamSpec = NumericParamSpec | EnumParamSpec;

export function isEnumSpec(spec: ParamSpec): spec is EnumParamSpec {
  return spec.kind === 'enum';
}

/** The values of a set of parameter specs: a number, or one of the named choices. */
export type ValuesOf<T extends Readonly<Record<string, ParamSpec>>> = {
  [K in keyof T]: T[K] extends EnumParamSpec<infer O> ? O : number;
};

/**
 * An output is a number, or "undefined" with the reason in words: the page
 * shows the reason instead of NaN, Infinity or a negative cost.
 */
export interface Undefined {
  readonly undefinedBecause: string;
}
export type OutputValue = number | Undefined;

export function isDefined(value: OutputValue): value is number {
  return typeof value === 'number';
}

export function undefinedBecause(reason: string): Undefined {
  return { undefinedBecause: reason };
}

/** Keeps a finite value; anything else becomes undefined with `reason`. */
export function finiteOr(value: number, reason: string): OutputValue {
  return Number.isFinite(value) ? value : undefinedBecause(reason);
}

/** The words of one output: what it means, how to format it, its formula (shown as its origin). */
export interface OutputSpec {
  readonly chapter: ChapterId;
  readonly label: string;
  readonly kind: QuantityKind;
  readonly unit?: string;
  /** The formula in plain words, shown as the number's origin. */
  readonly formula: string;
  /** Can be below zero (a profit that is a loss); every other output never is. */
  readonly signed?: true;
}

/**
 * A conclusion: a statement the model decides, with a fixed set of states.
 * A chapter writes one sentence per state; the page shows the one in force.
 */
export interface ConclusionSpec<S extends string, P, O> {
  readonly chapter: ChapterId;
  readonly states: readonly S[];
  /** The state for a scenario; `undefined` when an output it needs is undefined. */
  readonly decide: (p: P, o: O) => S | 'undefined';
}

/** A state decided from an output, or "undefined" when that output is not defined. */
export function stateOf<S extends string>(v: OutputValue, decide: (x: number) => S): S | 'undefined' {
  return isDefined(v) ? decide(v) : 'undefined';
}
export const yesNo = (b: boolean): 'true' | 'false' => (b ? 'true' : 'false');

/** Origins, for the chapters' words. */
export const essay = (note?: string, via?: SourceId): Origin =>
  note === undefined ? (via ? { kind: 'essay', via } : { kind: 'essay' }) : via ? { kind: 'essay', via, note } : { kind: 'essay', note };
export const assumption = (note: string, source?: SourceId): Origin =>
  source ? { kind: 'assumption', note, source } : { kind: 'assumption', note };

/** A chart's data in words: the table shown under it. */
export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * A chart's words and data: its title, its rows (derived from the inputs and
 * the outputs already computed, never by computing the model again), and its
 * text description and table, which say in words what the picture shows.
 * The picture itself is drawn from the same rows (lib/charts/plots.ts).
 */
export interface ChartWords<P, O, R> {
  readonly title: string;
  rows(p: P, o: O): R;
  /** The chart's point in one short sentence, printed on the chart itself. */
  takeaway(p: P, o: O, rows: R): string;
  describe(p: P, o: O, rows: R): string;
  table(p: P, o: O, rows: R): ChartTable;
}

/** A number for a chart, NaN when the output is not defined (charts skip it, formatters print a dash). */
export const orNaN = (v: OutputValue): number => (isDefined(v) ? v : Number.NaN);
