export function staticGraph(dist: string, file: string, seen?: Set<string>): Set<string>;
export function inlineScripts(html: string): string[];
