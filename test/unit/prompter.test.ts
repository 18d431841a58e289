import { PassThrough, Writable } from 'node:stream';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { IO } from '../../src/cli/io.js';
import { inquirerPrompter } from '../../src/cli/prompter.js';
import { setLang } from '../../src/render/i18n.js';

/** The real (inquirer) prompter on in-memory streams: what it draws, and what it makes of the keys typed. */
function streams() {
  const stdin = new PassThrough();
  let drawn = '';
  const waiting: Array<{ text: string; done: () => void }> = [];
  const plain = () => drawn.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
  const stderr = new Writable({
    write: (chunk: Buffer, _enc, done) => {
      drawn += chunk.toString();
      for (const w of waiting.filter((x) => plain().includes(x.text))) {
        waiting.splice(waiting.indexOf(w), 1);
        w.done();
      }
      done();
    },
  });
  const io = { stdin, stdout: new PassThrough(), stderr, isStdoutTTY: true, isStderrTTY: true, canPrompt: true, color: new Chalk({ level: 0 }), columns: 80 } as unknown as IO;
  return {
    io,
    drawn: plain,
    /** Types once the screen shows `text` (the question drawn, or its error): no timers. */
    typeAfter: async (text: string, keys: string) => {
      if (!plain().includes(text)) await new Promise<void>((done) => waiting.push({ text, done }));
      stdin.write(keys);
    },
  };
}

describe('the questions in Dutch', () => {
  it('asks yes or no with j/N, takes "ja" and "nee", asks again on anything else, and answers Ja', async () => {
    setLang('nl');
    try {
      const s = streams();
      const prompter = await inquirerPrompter(s.io);
      const answer = prompter.confirm({ message: 'Verwijderen?', default: false });
      await s.typeAfter('Verwijderen?', 'x\r');
      await s.typeAfter('Antwoord j of n', 'ja\r');
      expect(await answer).toBe(true);
      expect(s.drawn()).toContain('? Verwijderen? (j/N)');
      expect(s.drawn()).toContain('> Antwoord j of n');
      expect(s.drawn()).toContain('✔ Verwijderen? Ja');

      const no = streams();
      const asked = (await inquirerPrompter(no.io)).confirm({ message: 'Opslaan?', default: true });
      await no.typeAfter('Opslaan?', 'nee\r');
      expect(await asked).toBe(false);
      const enter = streams();
      const taken = (await inquirerPrompter(enter.io)).confirm({ message: 'Opslaan?', default: true });
      await enter.typeAfter('Opslaan?', '\r');
      expect(await taken).toBe(true);
      expect(enter.drawn()).toContain('? Opslaan? (J/n)');
    } finally {
      setLang('en');
    }
  });

  it('names the keys under a list in the language', async () => {
    setLang('nl');
    try {
      const s = streams();
      const picked = (await inquirerPrompter(s.io)).checkbox({ message: 'Wat?', choices: [{ name: 'Water', value: 'water' }, { name: 'Stress', value: 'stress' }] });
      await s.typeAfter('bevestigen', ' \r');
      expect(await picked).toEqual(['water']);
      expect(s.drawn()).toContain('↑↓ navigeren • spatie kiezen • a alles • i omkeren • ⏎ bevestigen');
    } finally {
      setLang('en');
    }
  });

  it('keeps inquirer own words in English', async () => {
    const s = streams();
    const picked = (await inquirerPrompter(s.io)).select({ message: 'Which?', choices: [{ name: 'One', value: 'one' }, { name: 'Two', value: 'two' }] });
    await s.typeAfter('select', '\r');
    expect(await picked).toBe('one');
    expect(s.drawn()).toContain('↑↓ navigate • ⏎ select');
    const yes = streams();
    const asked = (await inquirerPrompter(yes.io)).confirm({ message: 'Save?', default: true });
    await yes.typeAfter('Save?', 'y\r');
    expect(await asked).toBe(true);
    expect(yes.drawn()).toContain('✔ Save? Yes');
  });
});
