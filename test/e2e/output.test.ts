import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, tempDb, tempDir } from '../helpers/run-cli.js';

describe('writing the output', () => {
  const db = tempDb();
  runCli(['log', '--date', '2026-11-20', '--sleep', '7', '--rest'], { db });
  const env = { ...process.env, RECOVER_DB: db, NO_COLOR: '1' };

  it.skipIf(!existsSync('/dev/full'))('says in one line, exit 1, when the disk is full (stdout to /dev/full)', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'export'], { env, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('error: cannot write the output: no space left on the device\n');
    } finally {
      closeSync(full);
    }
  });

  it('stops quietly, exit 0, when the reader of a pipe goes away (| head -c 10)', async () => {
    const child = spawn(process.execPath, [BIN, 'report', '--month', '--date', '2026-11-20', '--json'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

describe('export --output', () => {
  it('refuses to replace a file without --force, and never writes through a link, a pipe or a folder', () => {
    const db = tempDb();
    runCli(['log', '--date', '2026-11-20', '--sleep', '7', '--rest'], { db });
    const dir = tempDir();
    const file = join(dir, 'days.csv');
    expect(runCli(['export', '-o', file], { db }).code).toBe(0);
    const first = readFileSync(file, 'utf8');
    writeFileSync(file, 'mine');
    expect(runCli(['export', '-o', file], { db })).toMatchObject({ code: 2, stderr: expect.stringContaining(`${file} exists: add --force to replace it`) });
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(runCli(['export', '-o', file, '--force'], { db }).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const other = join(dir, 'other.txt');
    writeFileSync(other, 'not yours to overwrite');
    symlinkSync(other, join(dir, 'link.csv'));
    expect(runCli(['export', '-o', join(dir, 'link.csv'), '--force'], { db })).toMatchObject({ code: 1, stderr: expect.stringContaining('is not a regular file') });
    expect(readFileSync(other, 'utf8')).toBe('not yours to overwrite');
    if (spawnSync('mkfifo', [join(dir, 'pipe')]).status === 0) {
      expect(runCli(['export', '-o', join(dir, 'pipe'), '--force'], { db })).toMatchObject({ code: 1, stderr: expect.stringContaining('is not a regular file') });
      expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
    }
    // No temporary file is left behind, after success or refusal.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
