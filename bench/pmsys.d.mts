export function writePmsys(dir: string, options?: { first?: string; last?: string; seed?: number }): number;
