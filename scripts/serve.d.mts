export interface StaticServer {
  url: string;
  requests: string[];
  close(): Promise<void>;
}
export function startServer(options: { root: string; base?: string; port?: number }): Promise<StaticServer>;
