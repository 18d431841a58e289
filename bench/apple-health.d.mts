export function writeAppleHealthExport(path: string, options: { days: number; heartRates?: number }): number;
export function daysForSize(sizeMb: number): number;
export function expectedDay(i: number): { date: string; sleepHours: number; restingHrBpm: number; hrvMs: number; proteinG: number; waterL: number; sessions: Array<{ type: string; minutes: number }> };
