import type { Importer } from './common.js';

/** Every import source, by id; each loads its parser only when used. */
export const IMPORT_SOURCES = ['csv', 'apple-health', 'whoop', 'fitbit', 'pmsys', 'oura', 'cronometer', 'myfitnesspal', 'garmin'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export async function importerFor(source: Exclude<ImportSource, 'csv'>): Promise<Importer> {
  switch (source) {
    case 'apple-health':
      return (await import('./apple-health.js')).appleHealth;
    case 'whoop':
      return (await import('./whoop.js')).whoop;
    case 'fitbit':
      return (await import('./fitbit.js')).fitbit;
    case 'pmsys':
      return (await import('./pmsys.js')).pmsys;
    case 'oura':
      return (await import('./oura.js')).oura;
    case 'cronometer':
      return (await import('./cronometer.js')).cronometer;
    case 'myfitnesspal':
      return (await import('./myfitnesspal.js')).myfitnesspal;
    case 'garmin':
      return (await import('./garmin.js')).garmin;
  }
}
