export function staticGraph(dist: string, file: string, seen?: Set<string>): Set<string>;
export function pageModules(html: string): string[];
export function inlineScripts(html: string): string[];
export function pageWeight(dist: string, page: string): { files: string[]; inline: number; bytes: number };
