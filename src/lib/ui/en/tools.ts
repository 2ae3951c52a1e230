/**
 * Interface words of the reader's tools (client/tools/, fetched when the panel opens). The
 * panel's headings, labels and buttons are in src/components/ToolsPanel.astro; these are the
 * words the tools write as the reader uses them. A second language puts a file with the same
 * exports beside this one.
 */

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
