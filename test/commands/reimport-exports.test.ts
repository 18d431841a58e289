import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { emptyDay } from '../../src/core/types.js';
import { saveDays } from '../../src/storage/days.js';
import { openDb } from '../../src/storage/db.js';
import { tempDb, tempDir } from '../helpers/run-cli.js';
import { testDeps } from '../helpers/test-deps.js';

const run = async (db: string, args: string[]) => {
  const t = testDeps({ db, today: '2026-11-26' });
  const code = await main(args, t.deps);
  t.deps.close();
  return { code, stdout: t.stdout(), stderr: t.stderr() };
};

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** A database with a day holding a decimal (6,5 in the Excel export), and its three exports. */
async function exported(): Promise<{ db: string; excel: string; json: string; csv: string }> {
  const db = tempDb();
  expect((await run(db, ['log', '--date', '2026-11-20', '--sleep', '6.5', '--session', 'strength:60:7', '--note', 'a; b', '--yes'])).code, 'log').toBe(0);
  const dir = tempDir();
  const files = { excel: join(dir, 'excel.csv'), json: join(dir, 'days.json'), csv: join(dir, 'plain.csv') };
  for (const [flags, file] of [[['--excel'], files.excel], [['--json'], files.json], [[], files.csv]] as const) {
    expect((await run(db, ['export', ...flags, '-o', file])).code, 'export').toBe(0);
  }
  return { db, ...files };
}

describe("recover's own Excel and JSON exports, given to import csv and restore", () => {
  it('import csv names the Excel export and says what to import instead, in one line, writing nothing', async () => {
    const { db, excel } = await exported();
    const before = sha(db);
    expect(await run(db, ['import', 'csv', excel])).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: ${excel}:1: cells are separated by ";" (as in recover's Excel export, which is for spreadsheets and not read back); import csv reads "," between cells and "." decimals: save the file that way, or export again with "recover export -o recover.csv" and import that.\n`,
    });
    expect((await run(db, ['--lang', 'nl', 'import', 'csv', excel])).stderr).toBe(
      `fout: ${excel}:1: de cellen zijn gescheiden door ";" (zoals in de Excel-export van recover, die voor spreadsheets is en niet wordt teruggelezen); import csv leest "," tussen de cellen en "." als decimaalteken: sla het bestand zo op, of exporteer opnieuw met "recover export -o recover.csv" en importeer dat.\n`,
    );
    expect(sha(db)).toBe(before);
  });

  it('import csv names a JSON export', async () => {
    const { db, json } = await exported();
    expect(await run(db, ['import', 'csv', json])).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: ${json}:1: this is JSON, not CSV ("recover export --json"?). Export again with "recover export -o recover.csv" and import that file.\n`,
    });
    expect((await run(db, ['--lang', 'nl', 'import', 'csv', json])).stderr).toBe(
      `fout: ${json}:1: dit is JSON, geen CSV ("recover export --json"?). Exporteer opnieuw met "recover export -o recover.csv" en importeer dat bestand.\n`,
    );
  });

  it('import csv still reads the plain export back', async () => {
    const { db, csv } = await exported();
    const other = tempDb();
    expect((await run(other, ['import', 'csv', csv])).code, 'import').toBe(0);
    expect((await run(other, ['export'])).stdout).toBe((await run(db, ['export'])).stdout);
  });

  it('restore points an export to import csv, and restores nothing', async () => {
    const { db, excel, json, csv } = await exported();
    const before = sha(db);
    expect(await run(db, ['restore', csv, '--yes'])).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: ${csv} is a CSV export, not a backup; nothing was restored. Import it with "recover import csv ${csv}", or restore a file made by "recover backup".\n`,
    });
    expect((await run(db, ['restore', excel, '--yes'])).stderr).toBe(
      `error: ${excel} is recover's Excel export, not a backup; nothing was restored. Import a plain "recover export" file with "recover import csv", or restore a file made by "recover backup".\n`,
    );
    expect((await run(db, ['restore', json, '--yes'])).stderr).toBe(
      `error: ${json} is JSON, not a backup; nothing was restored. Import a plain "recover export" file with "recover import csv", or restore a file made by "recover backup".\n`,
    );
    expect((await run(db, ['--lang', 'nl', 'restore', csv, '--yes'])).stderr).toBe(
      `fout: ${csv} is een CSV-export, geen back-up; er is niets teruggezet. Importeer het met "recover import csv ${csv}", of zet een bestand van "recover backup" terug.\n`,
    );
    expect(sha(db)).toBe(before);
  });
});

describe("recover's own plain export, imported back into the database it came from", () => {
  it('says nothing new, imported sessions with their heart rate included', async () => {
    const db = tempDb();
    const open = openDb(db, { create: true });
    const sport = { type: 'sport' as const, minutes: 18.8, rpe: null, source: 'fitbit', externalId: '26765476301', avgHrBpm: 96, maxHrBpm: 173 };
    saveDays(open, [{ ...emptyDay('2019-11-16'), trainingLogged: true, sessions: [sport] }]);
    open.close();
    const file = join(tempDir(), 'plain.csv');
    expect((await run(db, ['export', '-o', file])).code).toBe(0);
    const again = await run(db, ['import', 'csv', file]);
    expect(again.stderr).toContain('0 sessions added');
    expect(again.stderr).toContain('Nothing new');
  });
});
