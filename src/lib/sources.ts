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
  readonly url: string;
  readonly date: string;
}

export const SOURCE_IDS = [
  'semianalysis-gpt4',
  'deepseek-v3',
  'llama-3.1',
  'llama-1',
  'chinchilla',
  'kaplan',
  'epoch-compute-growth',
  'sdxl',
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
    publisher: 'SemiAnalysis (Dylan Patel)',
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
