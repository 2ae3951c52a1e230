/** The reader's tools, bound to the markup ToolsPanel.astro rendered: one module per tool. */
import { bindLedger } from './ledger';
import { bindGoalSeek } from './goal-seek';
import { bindSensitivity } from './sensitivity';
import { bindKeep } from './keep';

const TOOLS: Readonly<Record<string, (section: HTMLElement) => void>> = {
  ledger: bindLedger,
  'goal-seek': bindGoalSeek,
  sensitivity: bindSensitivity,
  keep: bindKeep,
};

export function mountTools(host: HTMLElement): void {
  for (const section of host.querySelectorAll<HTMLElement>('[data-tool]')) TOOLS[section.dataset.tool ?? '']?.(section);
}
