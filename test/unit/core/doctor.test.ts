import { describe, expect, it } from 'vitest';
import { checkContent, checkFiles, isHealthy, LARGE_WAL_BYTES, type ContentFacts, type Finding } from '../../../src/core/doctor.js';
import { sayFinding } from '../../../src/render/messages/doctor.js';
import { day, strength } from '../../helpers/days.js';

const expected = { path: '/d/recover.db', schemaVersion: 7, readableFrom: 6, applicationId: 0x52435652, today: '2026-11-26' };
const sound = (values: Partial<ContentFacts> = {}): ContentFacts => ({
  version: 7, applicationId: 0x52435652, integrity: ['ok'], days: [day('2026-11-25', { fatigue: 2, sessions: [strength()] })], orphans: [], badJson: [], ...values,
});
/** The core gives codes and details; the words come from the render catalogue, checked alongside. */
const words = (f: Finding | undefined) => (f ? sayFinding(f) : undefined);
const codes = (findings: Array<{ code: string; level: string }>) => findings.map((f) => `${f.level}:${f.code}`);

describe('doctor: files', () => {
  it('passes 0600 files in a 0700 folder with a small log', () => {
    expect(checkFiles({ path: '/d/recover.db', folder: '/d', modes: [{ path: '/d/recover.db', mode: 0o100600 }], folderMode: 0o40700, walBytes: 4096 })).toEqual([]);
  });

  it('names each file and folder open to others with the chmod that closes it, and a large log', () => {
    const findings = checkFiles({
      path: '/d/recover.db', folder: '/d',
      modes: [{ path: '/d/recover.db', mode: 0o100644 }, { path: '/d/recover.db-wal', mode: 0o100600 }],
      folderMode: 0o40755, walBytes: LARGE_WAL_BYTES + 1,
    });
    expect(findings.map((f) => [f.code, f.level, sayFinding(f).fix])).toEqual([
      ['file-permissions', 'warning', 'chmod 600 "/d/recover.db"'],
      ['folder-permissions', 'warning', 'chmod 700 "/d"'],
      ['wal-large', 'warning', 'Close every program that has the database open, then run: sqlite3 "/d/recover.db" "PRAGMA wal_checkpoint(TRUNCATE)"'],
    ]);
    expect(findings[0]?.details).toEqual({ path: '/d/recover.db', mode: '644' });
    expect(words(findings[0])?.message).toBe('/d/recover.db can be read or changed by other users (mode 644, should be 600).');
  });
});

describe('doctor: content', () => {
  it('finds nothing wrong in a sound database', () => {
    expect(checkContent(sound(), expected)).toEqual([]);
  });

  it('reports a failed integrity check, values out of range, future days, bad dates and orphans', () => {
    const findings = checkContent(
      sound({
        integrity: ['row 3 missing from index x', 'page 7 never used'],
        days: [day('2026-11-20', { fatigue: 9 }), day('2026-11-27'), day('2026-02-30')],
        orphans: [{ table: 'session', parent: 'day', rows: 2, dates: ['2026-10-01'] }],
      }),
      expected,
    );
    expect(codes(findings)).toEqual(['error:integrity', 'error:out-of-range', 'warning:future-day', 'error:invalid-date', 'error:orphaned-rows']);
    expect(words(findings[1])?.message).toBe('2026-11-20: fatigue must be a whole number from 1 to 5, got "9".');
    expect(findings[4]?.details).toMatchObject({ rows: 2, table: 'session', parent: 'day' });
    expect(words(findings[4])?.message).toBe('2 session rows belong to no day (2026-10-01).');
    expect(isHealthy(findings)).toBe(false);
  });

  it('calls an older schema information, a newer one an error, and skips the days it cannot read', () => {
    const older = checkContent(sound({ version: 6, applicationId: 0 }), expected);
    expect(codes(older)).toEqual(['info:schema-older']);
    expect(isHealthy(older)).toBe(true);
    expect(codes(checkContent(sound({ version: 9, days: null }), expected))).toEqual(['error:schema-newer']);
    expect(codes(checkContent(sound({ applicationId: 0 }), expected))).toEqual(['warning:marker']);
  });

  it('never advises closing a shared sticky folder such as /tmp: it says to move the database', () => {
    const [finding] = checkFiles({ path: '/tmp/recover.db', folder: '/tmp', modes: [{ path: '/tmp/recover.db', mode: 0o100600 }], folderMode: 0o41777, walBytes: 0 });
    expect(finding).toEqual({ code: 'folder-permissions', level: 'warning', details: { folder: '/tmp', mode: '777', shared: 'yes' } });
    expect(words(finding)).toEqual({
      message: 'The database sits in /tmp, a folder shared with every user of this computer.',
      fix: 'move it to a folder of your own: recover backup ~/recover/recover.db, then use --db ~/recover/recover.db',
    });
  });
});
