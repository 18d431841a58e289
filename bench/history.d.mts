export function writeHistory(path: string, options?: { first?: string; last?: string; seed?: number }): number;
