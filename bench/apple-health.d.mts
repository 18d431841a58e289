export function writeAppleHealthExport(path: string, options: { days: number; heartRates?: number }): number;
