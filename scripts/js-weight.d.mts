export function staticGraph(dist: string, file: string, seen?: Set<string>): Set<string>;
export function pageWeight(dist: string, page: string): { files: string[]; bytes: number };
