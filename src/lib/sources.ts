/**
 * Every outside source a number on the site can cite. Only sources listed in
 * the project's fact ledger (docs/MODEL.md points to it) belong here: never a
 * URL from memory. `date` is when the source was published (ISO, as precise
 * as the ledger gives it).
 */
export interface Source {
  readonly id: SourceId;
  /** What the source is, in our words (not necessarily its exact title). */
  readonly title: string;
  readonly publisher: string;
  /** Absent where the ledger has the text but no address we could verify. */
  readonly url?: string;
  readonly date: string;
}

export const SOURCE_IDS = [
  'semianalysis-gpt4',
  'deepseek-v3',
  'llama-3.1',
  'llama-3.1-model-card',
  'llama-1',
  'chinchilla',
  'kaplan',
  'epoch-compute-growth',
  'sdxl',
  'sdxl-announcement',
  'sd-1',
  'openai-function-calling',
  'openai-gpt4-ga',
  'chatgpt-launch',
  'chatgpt-release-notes',
  'gpt4-image-input',
  'm365-copilot',
  'runway-2023',
  'huggingface-2023',
  'gpt-4o',
  'gemini',
  'epoch-1e25',
  'a100-spec',
  'h100-spec',
  'h800-news',
  'b200-spec',
  'original-essay',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'original-essay': {
    id: 'original-essay',
    title: 'Almost September: sharp takes on AI (快9月了，来看看对 AI 的锐评)',
    publisher: 'Cherry 车厘子电波, WeChat',
    url: 'https://mp.weixin.qq.com/s/oqJOaJJpu6eZa7sie0kRVw',
    date: '2023-09',
  },
  'semianalysis-gpt4': {
    id: 'semianalysis-gpt4',
    title: "SemiAnalysis's report on GPT-4's architecture, infrastructure and training cost (the 'leak')",
    publisher: 'SemiAnalysis (Dylan Patel and Gerald Wong)',
    url: 'https://semianalysis.com/p/gpt-4-architecture-infrastructure',
    date: '2023-07-11',
  },
  'deepseek-v3': {
    id: 'deepseek-v3',
    title: 'DeepSeek-V3 Technical Report',
    publisher: 'DeepSeek-AI, arXiv 2412.19437',
    url: 'https://arxiv.org/abs/2412.19437',
    date: '2024-12-27',
  },
  'llama-3.1': {
    id: 'llama-3.1',
    title: 'The Llama 3 Herd of Models',
    publisher: 'Meta, arXiv 2407.21783',
    url: 'https://arxiv.org/abs/2407.21783',
    date: '2024-07',
  },
  'llama-3.1-model-card': {
    id: 'llama-3.1-model-card',
    title: 'Llama 3.1 model card: 30.84M H100 GPU-hours of training for the 405B model',
    publisher: 'Meta, GitHub (meta-llama/llama-models)',
    url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md',
    date: '2024-07-23',
  },
  'llama-1': {
    id: 'llama-1',
    title: 'LLaMA: Open and Efficient Foundation Language Models',
    publisher: 'Meta, arXiv 2302.13971',
    url: 'https://arxiv.org/abs/2302.13971',
    date: '2023-02-27',
  },
  chinchilla: {
    id: 'chinchilla',
    title: 'Training Compute-Optimal Large Language Models (Chinchilla)',
    publisher: 'DeepMind, arXiv 2203.15556',
    url: 'https://arxiv.org/abs/2203.15556',
    date: '2022-03',
  },
  kaplan: {
    id: 'kaplan',
    title: 'Scaling Laws for Neural Language Models',
    publisher: 'OpenAI, arXiv 2001.08361',
    url: 'https://arxiv.org/abs/2001.08361',
    date: '2020-01',
  },
  'epoch-compute-growth': {
    id: 'epoch-compute-growth',
    title: 'Training compute of frontier AI models grows by 4-5x per year',
    publisher: 'Epoch AI',
    url: 'https://epoch.ai/blog/training-compute-of-frontier-ai-models-grows-by-4-5x-per-year',
    date: '2024-05',
  },
  sdxl: {
    id: 'sdxl',
    title: 'SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis',
    publisher: 'Stability AI, arXiv 2307.01952',
    url: 'https://arxiv.org/abs/2307.01952',
    date: '2023-07',
  },
  'sdxl-announcement': {
    id: 'sdxl-announcement',
    title: 'Stability AI announces SDXL 1.0: "a 3.5B parameter base model and a 6.6B parameter model ensemble pipeline"',
    publisher: 'Stability AI (we found only a copy of the announcement, no address we could link)',
    date: '2023-07-26',
  },
  'sd-1': {
    id: 'sd-1',
    title: 'Stable Diffusion (v1) README: an 860M UNet and a 123M text encoder',
    publisher: 'CompVis, GitHub',
    url: 'https://github.com/CompVis/stable-diffusion',
    date: '2022-08',
  },
  'openai-function-calling': {
    id: 'openai-function-calling',
    title: 'Function calling and other API updates',
    publisher: 'OpenAI',
    url: 'https://openai.com/index/function-calling-and-other-api-updates/',
    date: '2023-06-13',
  },
  'openai-gpt4-ga': {
    id: 'openai-gpt4-ga',
    title: 'GPT-4 API general availability and deprecation of older models in the Completions API',
    publisher: 'OpenAI',
    url: 'https://openai.com/index/gpt-4-api-general-availability/',
    date: '2023-07-06',
  },
  'chatgpt-launch': {
    id: 'chatgpt-launch',
    title: 'Introducing ChatGPT (a research preview built on GPT-3.5)',
    publisher: 'OpenAI',
    url: 'https://openai.com/index/chatgpt/',
    date: '2022-11-30',
  },
  'gpt4-image-input': {
    id: 'gpt4-image-input',
    title: 'ChatGPT can now see: image input opens to users',
    publisher: 'OpenAI, as reported by HKCERT and in a New York Times column (we found only copies, no address we could link)',
    date: '2023-09-25',
  },
  'chatgpt-release-notes': {
    id: 'chatgpt-release-notes',
    title: 'ChatGPT release notes: Code Interpreter with uploaded files for all Plus users',
    publisher: 'OpenAI (we found no web address for this page)',
    date: '2023-07-06',
  },
  'm365-copilot': {
    id: 'm365-copilot',
    title: 'What Microsoft 365 Copilot is and how to use it (general availability for enterprises)',
    publisher: 'No Jitter',
    url: 'https://nojitter.com/ai-automation/what-microsoft-365-copilot-and-how-use-it',
    date: '2023-11-01',
  },
  'runway-2023': {
    id: 'runway-2023',
    title: 'Runway raises $141M from Google, Nvidia and Salesforce at a $1.5B valuation',
    publisher: 'Bloomberg, via BNN Bloomberg',
    url: 'https://www.bnnbloomberg.ca/ai-video-startup-runway-raises-141-million-from-google-nvidia-1.1939564',
    date: '2023-06-29',
  },
  'huggingface-2023': {
    id: 'huggingface-2023',
    title: 'Hugging Face raises $235M at a $4.5B valuation',
    publisher: 'Reuters, via Yahoo News',
    url: 'https://sg.news.yahoo.com/ai-startup-hugging-face-valued-140155364.html',
    date: '2023-08-24',
  },
  'gpt-4o': {
    id: 'gpt-4o',
    title: 'Hello GPT-4o',
    publisher: 'OpenAI',
    url: 'https://openai.com/index/hello-gpt-4o/',
    date: '2024-05-13',
  },
  gemini: {
    id: 'gemini',
    title: 'Gemini: A Family of Highly Capable Multimodal Models',
    publisher: 'Google DeepMind, arXiv 2312.11805',
    url: 'https://arxiv.org/abs/2312.11805',
    date: '2023-12',
  },
  'epoch-1e25': {
    id: 'epoch-1e25',
    title: 'Models over 1e25 FLOP',
    publisher: 'Epoch AI',
    url: 'https://epoch.ai/data-insights/models-over-1e25-flop',
    date: '2025-01-30',
  },
  'a100-spec': {
    id: 'a100-spec',
    title: 'NVIDIA A100 figures (after the NVIDIA datasheet)',
    publisher: 'Glenn K. Lockwood',
    url: 'https://glennklockwood.com/garden/processors/A100',
    date: '2020',
  },
  'h100-spec': {
    id: 'h100-spec',
    title: 'NVIDIA H100 figures (after the NVIDIA datasheet)',
    publisher: 'Glenn K. Lockwood',
    url: 'https://glennklockwood.com/garden/processors/h100',
    date: '2022',
  },
  'h800-news': {
    id: 'h800-news',
    title: 'NVIDIA cuts the H100 interconnect to sell it as the H800 in China',
    publisher: "Tom's Hardware (after Reuters)",
    url: 'https://tomshardware.com/news/nvidia-gimps-h100-hopper-gpu-to-sell-as-h800-to-china',
    date: '2023-03',
  },
  'b200-spec': {
    id: 'b200-spec',
    title: 'NVIDIA B200 figures (after the NVIDIA datasheet)',
    publisher: 'Glenn K. Lockwood',
    url: 'https://glennklockwood.com/garden/processors/B200',
    date: '2024',
  },
};
