/**
 * The essay's examples of frontier upgrades that shortened products' lives,
 * dated by what existed when the essay was written (late August or early
 * September 2023), each with a source. The effects are the essay's claims.
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
    date: '30 November 2022',
    event: 'OpenAI releases ChatGPT, built on GPT-3.5, as a research preview.',
    effect: 'The essay says an unnamed marketing company was brought close to death.',
    source: 'chatgpt-launch',
  },
  {
    date: '13 June 2023',
    event: 'OpenAI adds function calling to its Chat Completions API.',
    effect: 'The essay says it made LangChain’s home-made function calling look extremely poor.',
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
    effect: 'The essay’s example: ChatPDF “died”. We found no source on ChatPDF’s later fate.',
    source: 'chatgpt-release-notes',
  },
  {
    date: 'Before the essay',
    event: 'Microsoft has announced Copilot for Office 365, but it is not yet generally available: that came after the essay, on 1 November 2023 (we have no dated source for the announcement itself).',
    effect: 'The essay says two unnamed companies were brought close to death.',
    source: 'm365-copilot',
  },
  {
    date: '25 September 2023, after the essay',
    event: 'GPT-4’s image input opens to ChatGPT users. When the essay was written it was still closed (“GPT-4的多模态始终不开放”).',
    effect: 'The essay’s line here looks ahead: “when GPT-4 supports multimodality”, followed by an insult of an unnamed image-AI company that the author removed.',
    source: 'gpt4-image-input',
  },
];
