/**
 * The essay's examples of frontier upgrades that shortened products' lives,
 * dated where the fact ledger has a source. The effects are the essay's claims.
 */
import type { SourceId } from './sources';

export interface TimelineEntry {
  readonly date: string;
  readonly event: string;
  readonly effect: string;
  readonly source?: SourceId;
}

export const TIMELINE: readonly TimelineEntry[] = [
  {
    date: 'Before the essay',
    event: 'ChatGPT, built on GPT-3.5, is released (the ledger has no dated source for it).',
    effect: 'The essay says an unnamed marketing-copy company was brought close to death.',
  },
  {
    date: '13 June 2023',
    event: 'OpenAI adds function calling to its Chat Completions API.',
    effect: 'The essay says it made LangChain’s home-made function calling look poor.',
    source: 'openai-function-calling',
  },
  {
    date: '6 July 2023',
    event: 'OpenAI announces that older Completions models will be retired; Chat Completions already carries most of its API traffic.',
    effect: 'Every app and tool built on Completion had to be rewritten for Chat, as the essay notes.',
    source: 'openai-gpt4-ga',
  },
  {
    date: '6 July 2023',
    event: 'ChatGPT Plus users can upload files to Code Interpreter.',
    effect: 'The essay’s example: ChatPDF “died”. The ledger found no source on ChatPDF’s later fate.',
    source: 'chatgpt-release-notes',
  },
  {
    date: '2023',
    event: 'Office 365 gains Copilot (general availability for enterprises came on 1 November 2023).',
    effect: 'The essay says two unnamed companies were brought close to death.',
    source: 'm365-copilot',
  },
  {
    date: '2023',
    event: 'GPT-4 gains image input.',
    effect: 'The essay says an unnamed image-AI company was hit. The ledger has no dated source for the release.',
  },
];
