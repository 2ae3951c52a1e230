/**
 * The essay's examples of frontier upgrades that shortened products' lives,
 * dated where we have a source. The effects are the essay's claims.
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
    event: 'ChatGPT, built on GPT-3.5, is released.',
    effect: 'The essay says an unnamed marketing company was brought close to death.',
  },
  {
    date: '13 June 2023',
    event: 'OpenAI adds function calling to its Chat Completions API.',
    effect: 'The essay says, in bold, that it made LangChain’s home-made function calling look dreadful.',
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
    event: 'Microsoft brings Copilot to Office 365, as the essay tells it; general availability for enterprises came later, on 1 November 2023.',
    effect: 'The essay says two unnamed companies were brought close to death.',
    source: 'm365-copilot',
  },
  {
    date: 'Still to come',
    event: 'GPT-4’s image input, which the essay notes was not yet open to the public.',
    effect: 'The essay’s line here is a warning, its insult of an unnamed image-AI company cut from the published text.',
  },
];
