import { stripVTControlCharacters } from 'node:util';

// Text to a width, with nothing heavier than Node: the help of every command uses it at start-up.

/** Columns a text takes on a terminal: colour codes take none, and every character here is one wide. */
export function visibleWidth(text: string): number {
  return Math.max(0, ...stripVTControlCharacters(text).split('\n').map((line) => [...line].length));
}

/** Wraps text at spaces to `width` columns, colour codes kept; a word longer than a line stays whole. */
export function wrap(text: string, width: number, indent = '', hanging = indent): string {
  const out: string[] = [];
  // A number keeps its unit on the same line ("5 h", not "5" and "h"; "5 u" in Dutch).
  const glued = text.replace(/(\d) (h|u|g|bpm|slagen\/min|ms|min|kg|l|days?|nights?|dagen|dag|nachten|nacht)\b/g, '$1\u00a0$2');
  for (const paragraph of glued.split('\n')) {
    let line = indent;
    let used = visibleWidth(indent);
    let empty = true;
    for (const word of paragraph.split(' ')) {
      const w = visibleWidth(word);
      if (!empty && used + 1 + w > width) {
        out.push(line);
        line = hanging + word;
        used = visibleWidth(hanging) + w;
      } else {
        line += (empty ? '' : ' ') + word;
        used += (empty ? 0 : 1) + w;
      }
      empty = false;
    }
    out.push(line);
  }
  return out.join('\n').replace(/\u00a0/g, ' ');
}

/** Each line wrapped to `width` at spaces, its continuation indented two more than the line itself. */
export function fitLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const indent = /^ */.exec(line)?.[0] ?? '';
      return wrap(line.slice(indent.length), width, indent, `${indent}  `);
    })
    .join('\n');
}

/** A short bracket kept on one line when wrapped: "(load 40)", not "(load" and "40)". */
export function glueBrackets(text: string): string {
  return text.replace(/\([^()]{1,24}\)/g, (group) => group.replace(/ /g, '\u00a0'));
}

/** A line for the person on stderr: on a terminal wrapped at words to its width (a long path stays whole), else as it is. */
export function noteLine(text: string, terminal: { isStderrTTY: boolean; columns?: number }): string {
  return `${terminal.isStderrTTY ? wrap(text, terminal.columns ?? 80) : text}\n`;
}
