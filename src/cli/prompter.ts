import type { IO } from './io.js';
import { readYesNo, sayPrompt } from '../render/messages/prompt.js';

export interface Choice<T extends string> {
  name: string;
  value: T;
  description?: string;
}

/** The questions `recover` asks; tests answer them with a fake, people with inquirer. */
export interface Prompter {
  input(options: { message: string; default?: string; validate?: (value: string) => string | true }): Promise<string>;
  confirm(options: { message: string; default?: boolean }): Promise<boolean>;
  select<T extends string>(options: { message: string; choices: Array<Choice<T>>; default?: T }): Promise<T>;
  checkbox<T extends string>(options: { message: string; choices: Array<Choice<T> & { checked?: boolean }> }): Promise<T[]>;
}

export async function inquirerPrompter(io: IO): Promise<Prompter> {
  const inquirer = await import('@inquirer/prompts');
  // Prompts draw on stderr so that stdout carries data only.
  const context = { input: io.stdin, output: io.stderr, clearPromptOnDone: false };
  const c = io.color;
  // The key hints under a list in the run's language, drawn as inquirer draws them ("↑↓ bladeren • ⏎ kiezen").
  const theme = {
    style: {
      keysHelpTip: (keys: Array<[string, string]>) => keys.map(([key, action]) => `${c.bold(sayPrompt('key', { key }))} ${c.dim(sayPrompt('action', { action }))}`).join(c.dim(' • ')),
    },
  };
  return {
    input: (options) => inquirer.input(options, context),
    // inquirer's confirm reads only y and n and answers "Yes": a yes or no in the run's language instead (j, ja, nee).
    confirm: async ({ message, default: fallback }) => {
      const hint = sayPrompt('hint', { fallback: fallback === false ? 'no' : 'yes' });
      const answer = await inquirer.input(
        {
          message,
          validate: (text) => readYesNo(text, fallback) !== undefined || sayPrompt('again'),
          transformer: (text, { isFinal }) => (isFinal ? c.cyan(sayPrompt('answer', { yes: readYesNo(text, fallback) ? 'yes' : 'no' })) : text),
          // As inquirer's confirm: the (y/N) hint while asking, only the answer once given.
          theme: { validationFailureMode: 'clear' as const, style: { message: (text: string, status: string) => (status === 'done' ? c.bold(text) : `${c.bold(text)} ${c.dim(hint)}`) } },
        },
        context,
      );
      return readYesNo(answer, fallback) === true;
    },
    select: (options) => inquirer.select({ ...options, theme }, context),
    checkbox: (options) => inquirer.checkbox({ ...options, theme }, context),
  };
}
