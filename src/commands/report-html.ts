import { readFileSync } from 'node:fs';
import type { Deps } from '../cli/deps.js';
import type { Report } from '../core/report.js';
import { UsageError } from '../errors.js';
import { HTML_MARK, renderHtml } from '../render/html.js';
import { dateName } from '../render/format.js';
import { sayHtml } from '../render/messages/html.js';
import { writePrivately } from './export.js';

/** Writes the page (0600); a file already there is replaced only when recover made it. */
export function writeHtmlReport(path: string, report: Report, deps: Deps): void {
  let existing: string | null = null;
  try {
    existing = readFileSync(path, 'utf8').slice(0, 2000);
  } catch {
    existing = null;
  }
  if (existing !== null && !existing.includes(HTML_MARK)) throw new UsageError('html-not-ours', { path });
  const made = deps.now().toISOString().slice(0, 16).replace('T', ' ');
  const html = renderHtml(report, { made: `${made} UTC` });
  writePrivately(path, (write) => write(html), true);
  deps.io.stderr.write(`${sayHtml('wrote', { from: dateName(report.from), to: dateName(report.to), path })}\n`);
}
