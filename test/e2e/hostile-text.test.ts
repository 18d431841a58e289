import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDb, tempDir } from '../helpers/run-cli.js';

describe('text from a person or a file reaches the terminal inert', () => {
  it('shows escape sequences and bidi overrides in an injury and a note inert, and exports them unchanged', () => {
    const db = tempDb();
    const injury = '\u001b[2J\u001b[31mknee\u202Eeenk';
    const note = 'tired\u001b]0;pwned\u0007';
    expect(runCli(['log', '--date', '2026-11-22', '--sleep', '8', '--rest', '--injury', injury, '--note', note], { db }).code).toBe(0);
    for (const args of [['report', '--date', '2026-11-22'], ['status', '--date', '2026-11-22'], ['report', '--date', '2026-11-22', '--format', 'table'], ['status', '--date', '2026-11-22', '--format', 'table']]) {
      const r = runCli(args, { db });
      expect(r.stdout).not.toMatch(/\u001b|\u202E|\u0007/);
    }
    const report = runCli(['report', '--date', '2026-11-22', '--format', 'table'], { db, env: { COLUMNS: '200' } }).stdout;
    expect(report).toContain('␛[2J␛[31mknee<U+202E>eenk');
    const [day] = JSON.parse(runCli(['export', '--json'], { db }).stdout);
    expect([day.injury, day.note]).toEqual([injury, note]);
    const bad = runCli(['log', '--date', '2026-11-22', '--sleep', '\u001b[2J7'], { db });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('got "␛[2J7"');
  });

  it('cuts an error that quotes a huge cell to a readable length', () => {
    const file = join(tempDir(), 'oura.csv');
    writeFileSync(file, `date,Total Sleep Duration\n2026-11-20,${'9'.repeat(100_000)}x\n`);
    const r = runCli(['import', 'oura', file], { db: tempDb() });
    expect(r.code).toBe(1);
    expect(r.stderr.length).toBeLessThan(1000);
  });
});
