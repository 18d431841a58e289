import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { checkContent, checkFiles, isHealthy, type Finding } from '../core/doctor.js';
import type { Deps } from '../cli/deps.js';
import { DataError } from '../errors.js';
import { inert } from '../render/format.js';
import { sayData } from '../render/messages/data.js';
import { findingJson, sayFinding } from '../render/messages/doctor.js';
import { renderRows } from '../render/table.js';
import { fitLines } from '../render/wrap.js';
import { formatOption, layoutOf, outputFormat, type OutputFormat } from './options.js';

export interface DoctorOptions {
  format: OutputFormat;
}

export function defineDoctor(program: Command, deps: Deps): void {
  program
    .command('doctor')
    .description('Check the database for damage, wrong values and loose permissions, and say how to fix each; changes nothing')
    .option('--json', 'the findings as JSON')
    .addOption(formatOption())
    .addHelpText(
      'after',
      `
Checks SQLite's integrity, the schema version, that the file is recover's, the permissions of
the file and its folder, the size of the write-ahead log, values outside their allowed ranges,
days in the future and rows that belong to no day. Exit 0 when healthy, 1 when not.

Examples:
  $ recover doctor
  $ recover doctor --json | jq '.findings[].fix'`,
    )
    .action(async (raw: { json?: boolean; format?: OutputFormat }) => runDoctor({ format: outputFormat(raw, deps.io) }, deps));
}

export async function runDoctor(opts: DoctorOptions, deps: Deps): Promise<void> {
  const path = await deps.dbPath();
  const { findings, summary } = await diagnose(path, deps.today());
  const healthy = isHealthy(findings);
  if (opts.format === 'json') {
    deps.io.stdout.write(`${JSON.stringify({ database: path, healthy, findings: findings.map(findingJson) }, null, 2)}\n`);
  } else if (opts.format !== 'table') {
    // For scripts: one row per finding (none when healthy: the exit code says so).
    const rows = findings.map((f) => ({ ...f, ...sayFinding(f) })).map((f) => [f.level, f.code, f.message, f.fix]);
    deps.io.stdout.write(renderRows(['Level', 'Code', 'Message', 'Fix'], rows, layoutOf(opts.format, deps.io)));
  } else {
    const lines = findings.map((f) => ({ ...f, ...sayFinding(f) })).map((f) => sayData('finding', { level: f.level, code: f.code, message: inert(f.message), fix: inert(f.fix) }));
    if (healthy && !summary) lines.push(sayData('healthyBare', { path: inert(path) }));
    else if (healthy && summary) lines.push(sayData(summary.days === null ? 'healthy' : 'healthyDays', { path: inert(path), version: summary.version, days: summary.days ?? 0 }));
    const text = lines.join('\n');
    deps.io.stdout.write(`${deps.io.isStdoutTTY ? fitLines(text, deps.io.columns ?? 80) : text}\n`);
  }
  const problems = findings.filter((f) => f.level !== 'info').length;
  if (!healthy) throw new DataError('doctor-problems', { count: problems, path });
}

async function diagnose(path: string, today: string): Promise<{ findings: Finding[]; summary?: { version: number; days: number | null } }> {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat || !stat.isFile()) {
    return { findings: [{ code: 'missing', level: 'error', details: { path, what: stat ? 'notFile' : 'missing' } }] };
  }
  const folder = dirname(path);
  const side = ['-wal', '-shm'].flatMap((ext) => {
    const s = statSync(`${path}${ext}`, { throwIfNoEntry: false });
    return s ? [{ path: `${path}${ext}`, mode: s.mode, size: s.size }] : [];
  });
  const findings = checkFiles({
    path,
    folder,
    modes: [{ path, mode: stat.mode }, ...side],
    folderMode: statSync(folder).mode,
    walBytes: side.find((s) => s.path.endsWith('-wal'))?.size ?? 0,
  });
  const [{ inspectDb, openForInspection }, { APPLICATION_ID, READABLE_FROM, SCHEMA_VERSION }, { explainDbError }] = await Promise.all([
    import('../storage/health.js'),
    import('../storage/migrations.js'),
    import('../storage/errors.js'),
  ]);
  let facts;
  try {
    const db = openForInspection(path);
    try {
      facts = inspectDb(db, SCHEMA_VERSION);
    } finally {
      db.close();
    }
  } catch (err) {
    const explained = explainDbError(err, path);
    const message = explained instanceof Error ? explained.message : String(explained);
    findings.push({ code: 'unreadable', level: 'error', details: { problem: message } });
    return { findings };
  }
  if (facts.kind === 'foreign') {
    findings.push({ code: 'foreign', level: 'error', details: { path } });
    return { findings };
  }
  if (facts.kind === 'empty') {
    findings.push({ code: 'empty', level: 'info', details: { path } });
    return { findings };
  }
  findings.push(...checkContent(facts, { path, schemaVersion: SCHEMA_VERSION, readableFrom: READABLE_FROM, applicationId: APPLICATION_ID, today }));
  return { findings, summary: { version: facts.version, days: facts.days === null ? null : facts.days.length } };
}
