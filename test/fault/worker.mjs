// One process of the mixed workload: runs each command line of a JSON list through the real
// main() (a new database connection per command, as the binary makes) and prints one JSON
// result per command. Node starts once per process, so 200 commands stay quick.
import { readFileSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import { Chalk } from 'chalk';
import { createDeps } from '../../dist/cli/deps.js';
import { main } from '../../dist/cli/main.js';

class Sink extends Writable {
  text = '';
  _write(chunk, _enc, done) {
    this.text += chunk.toString();
    done();
  }
}

process.umask(0o077);
const commands = JSON.parse(readFileSync(process.argv[2], 'utf8'));
for (const argv of commands) {
  const stdout = new Sink();
  const stderr = new Sink();
  const io = { stdin: new PassThrough(), stdout, stderr, isStdoutTTY: false, isStderrTTY: false, canPrompt: false, color: new Chalk({ level: 0 }) };
  const code = await main(argv, createDeps(io, process.env));
  process.stdout.write(`${JSON.stringify({ argv, code, stdout: stdout.text, stderr: stderr.text })}\n`);
}
