import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, tempDb } from '../helpers/run-cli.js';

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
