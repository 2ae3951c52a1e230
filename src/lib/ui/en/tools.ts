/**
 * Interface words of the reader's tools (client/tools/ and lib/tools/, fetched when the panel
 * opens): the words the tools write as the reader uses them. The panel's headings, labels and
 * buttons, which the build writes (components/ToolsPanel.astro), are at the end; no script
 * imports them, so none of them is shipped. A second language puts a file with the same exports
 * beside this one.
 */
import type { SensitivityRange } from '../../tools/sensitivity';

/** An output with no value in this scenario. */
export const NOT_DEFINED = 'not defined';

// The ledger.
export const resetTo = (label: string, essay: string): string => `Reset ${label} to the essay’s ${essay}`;

// Goal seek: `input` and `output` are labels; values come formatted.
export const wouldBring = (input: string, value: string, output: string, result: string): string =>
  `Setting “${input}” to ${value} would bring ${output} to ${result}.`;
export const cannotReach = (output: string, target: string, input: string, low: string, high: string, closest: string, at: string): string =>
  `${output} cannot reach ${target} by changing “${input}” within this page’s range (${low} to ${high}). The closest is ${closest}, at ${at}; nothing was changed; try another input.`;
export const applied = (input: string, value: string): string => `Applied: “${input}” is now ${value}.`;
export const undone = (input: string, value: string): string => `Undone: “${input}” is back to ${value}.`;
export const notATarget = (typed: string): string => `“${typed}” is not a target this tool can seek; it needs a number that is not negative.`;

// Save, open and cite.
export const SCENARIO_OPENED = 'Scenario opened.';
export const CITATION_COPIED = 'Citation copied.';

// Reading a saved scenario (lib/tools/export.ts): the notices when a file cannot be opened.
export const FILE_NOT_JSON = 'That file is not a saved scenario (it is not JSON), so nothing was changed.';
export const FILE_NOT_OURS = 'That file is not a scenario saved from this site, so nothing was changed.';
export const FILE_NO_SETTINGS = 'That saved scenario has no settings to open, so nothing was changed.';

/** The CSV of every result (lib/tools/export.ts): its header row, and a value the scenario leaves undefined. */
export const CSV_COLUMNS: readonly string[] = ['id', 'label', 'chapter', 'value', 'shown as', 'formula'];
export const csvNotDefined = (because: string): string => `not defined: ${because}`;

/** A citation of one result (lib/tools/export.ts): `essay` is the original essay's source entry. */
export const citationNotDefined = (because: string): string => `not defined (${because})`;
export const citationOf = (label: string, value: string, formula: string, essay: { title: string; publisher: string; date: string }, url: string, date: string): string =>
  `${label}: ${value}. Computed as ${formula}, in “Almost September, explored”, an explorable retelling of “${essay.title}” by ${essay.publisher} (${essay.date}); scenario at ${url} (accessed ${date}).`;

/** Sensitivity: what a listed input does at each end of its range (values come formatted). */
export const sensitivityEnds = (lowInput: string, atLow: string, highInput: string, atHigh: string): string => `: ${lowInput} → ${atLow}; ${highInput} → ${atHigh}`;

// Written by the build into the panel (components/ToolsPanel.astro), one object per tool.
export const PANEL_SUMMARY = 'Your tools: your assumptions, goal seek, sensitivity, save and cite';
/** Shown in the open panel when its tools could not be fetched (client/tools.ts). */
export const PANEL_FAILED = 'The tools could not be fetched (the connection, or a newer version of the site). Reload the page to try again.';

/** The assumptions ledger; its rows are written by client/tools/ledger.ts. */
export const LEDGER_PANEL = {
  heading: 'Your assumptions against the essay’s',
  empty: 'You have not changed any of the essay’s numbers.',
  columns: ['Number', 'The essay’s', 'Yours', 'Where the essay’s came from', 'Reset'],
  resetAll: 'Reset all to the essay’s numbers',
  reset: 'Reset',
};

/** Goal seek: “Bring [output] to [target] by changing [input]”. */
export const GOAL_PANEL = {
  heading: 'Goal seek: what would it take?',
  bring: 'Bring ',
  to: 'to ',
  byChanging: 'by changing ',
  drag: 'Target: drag or use the arrow keys',
  run: 'Find it',
  apply: 'Apply it',
  undo: 'Undo',
};

/** Sensitivity: “How far [output] moves with [range]”, and the chart's caption. */
export const SENSITIVITY_PANEL = {
  heading: 'Sensitivity: which input matters most?',
  howFar: 'How far ',
  movesWith: ' moves with ',
  ranges: { fullRange: 'each input across its whole range', halfToDouble: 'each input from half to double its value' } satisfies Record<SensitivityRange, string>,
  caption:
    'Each bar runs from the result with the input at one end of its range to the result with it at the other; the darker part shows where raising the input takes the result, and the mark across each bar is where your scenario puts it now. Inputs that do not move this result are left out. Choose an input below (or click its bar) to go to its control.',
};

/** Save, open and cite. */
export const KEEP_PANEL = {
  heading: 'Save, open and cite',
  downloadJson: 'Download the scenario (JSON)',
  downloadCsv: 'Download every result (CSV)',
  open: 'Open a saved scenario: ',
  cite: 'Cite ',
  copy: 'Copy a citation',
};
