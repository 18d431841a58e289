import type { IO } from './io.js';

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
  return {
    input: (options) => inquirer.input(options, context),
    confirm: (options) => inquirer.confirm(options, context),
    select: (options) => inquirer.select(options, context),
    checkbox: (options) => inquirer.checkbox(options, context),
  };
}
