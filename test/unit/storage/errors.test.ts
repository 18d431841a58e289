import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/errors.js';
import { explainDbError } from '../../../src/storage/errors.js';

const fail = (code: string) => Object.assign(new Error(`raw ${code}`), { code });

describe('explainDbError', () => {
  it.each([
    ['SQLITE_NOTADB', '/d/r.db is not a recover database, or it is corrupt'],
    ['SQLITE_CORRUPT', '/d/r.db is not a recover database, or it is corrupt'],
    ['SQLITE_READONLY', '/d/r.db is read-only, so recover cannot use it'],
    ['SQLITE_READONLY_DIRECTORY', '/d/r.db is read-only'],
    ['SQLITE_CANTOPEN', 'Cannot open /d/r.db: check that the file and its folder are readable and writable by you'],
    ['EACCES', 'Cannot open /d/r.db'],
    ['SQLITE_BUSY', '/d/r.db is locked by another program'],
    ['SQLITE_FULL', 'The disk holding /d/r.db is full; nothing was saved'],
    ['SQLITE_IOERR_SHMSIZE', 'The disk holding /d/r.db is full; nothing was saved'],
    ['SQLITE_IOERR_WRITE', 'Could not read or write /d/r.db (the disk or file system failed); nothing was saved. Check the disk, then run "recover doctor".'],
  ])('%s gets its own one-line message', (code, message) => {
    const explained = explainDbError(fail(code), '/d/r.db');
    expect(explained).toBeInstanceOf(DataError);
    expect((explained as Error).message).toContain(message);
    expect((explained as Error).message).not.toContain('\n');
    expect((explained as Error).message).not.toContain('SQLITE');
  });

  it('leaves other errors alone, so they show as internal errors', () => {
    const bug = new TypeError('x is undefined');
    expect(explainDbError(bug, '/d/r.db')).toBe(bug);
  });
});
