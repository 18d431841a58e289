/** What a shell needs to know of one command, read from its commander definition. */
export interface CommandSpec {
  /** "" for the program itself, "config get" for a subcommand. */
  path: string;
  description: string;
  subcommands: string[];
  options: OptionSpec[];
  /** Words the first free argument can be (import sources, series, setting names). */
  words: string[];
  /** Whether free arguments are files (import, restore, backup). */
  files: boolean;
}

export interface OptionSpec {
  long: string;
  short?: string;
  description: string;
  takesValue: boolean;
  choices: string[];
  /** The value is a path. */
  file: boolean;
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

const q = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;

/**
 * A bash function: walks the words typed so far to find the (sub)command, then offers the
 * values of the option just typed, else its options after a "-", else its subcommands and words.
 */
export function bashScript(specs: readonly CommandSpec[]): string {
  const steps = specs.flatMap((s) => s.subcommands.map((sub) => `      ${q(`${s.path}>${sub}`)}) path=${q(s.path ? `${s.path} ${sub}` : sub)} ;;`));
  const values = specs.flatMap((s) =>
    s.options
      .filter((o) => o.takesValue)
      .flatMap((o) => {
        const what = o.choices.length > 0 ? `COMPREPLY=($(compgen -W ${q(o.choices.join(' '))} -- "$cur"))` : o.file ? 'COMPREPLY=($(compgen -f -- "$cur"))' : 'COMPREPLY=()';
        return [o.long, ...(o.short ? [o.short] : [])].map((flag) => `    ${q(`${s.path}>${flag}`)}) ${what}; return ;;`);
      }),
  );
  const root = specs.find((s) => s.path === '');
  const globals = (root?.options ?? []).filter((o) => o.takesValue).flatMap((o) => [o.long, ...(o.short ? [o.short] : [])]);
  const options = specs.map((s) => `    ${q(s.path)}) opts=${q([...s.options.flatMap((o) => [o.long, ...(o.short ? [o.short] : [])]), '--help'].join(' '))} ;;`);
  const words = specs.map((s) => `    ${q(s.path)}) words=${q([...s.subcommands, ...s.words].join(' '))}; files=${s.files ? 1 : 0} ;;`);
  return `# recover completion for bash. Load it with:  source <(recover completion bash)
_recover_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local path="" i w opts="" words="" files=0 skip=0
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    if ((skip)); then skip=0; continue; fi
    case "$w" in
      ${globals.map(q).join('|') || "''"}) skip=1; continue ;;
      -*) continue ;;
    esac
    case "$path>$w" in
${steps.join('\n')}
    esac
  done
  case "$path>$prev" in
${values.join('\n')}
  esac
  case "$prev" in
    ${globals.map(q).join('|') || "''"}) COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac
  case "$path" in
${options.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return
  fi
  case "$path" in
${words.join('\n')}
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
  if ((files)); then COMPREPLY+=($(compgen -f -- "$cur")); fi
}
complete -o filenames -F _recover_complete recover
`;
}

/** zsh runs the bash function through its bashcompinit layer, so both shells offer the same. */
export function zshScript(specs: readonly CommandSpec[]): string {
  return `# recover completion for zsh. Load it with:  source <(recover completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bashScript(specs).split('\n').slice(1).join('\n')}`;
}

export function fishScript(specs: readonly CommandSpec[]): string {
  const lines = ['# recover completion for fish. Load it with:  recover completion fish | source', 'complete -c recover -f'];
  const inPath = (path: string) => {
    if (path === '') return '__fish_use_subcommand';
    const [cmd, sub] = path.split(' ');
    if (!sub) {
      const spec = specs.find((s) => s.path === path);
      const subs = spec?.subcommands ?? [];
      return `__fish_seen_subcommand_from ${cmd}${subs.length ? `; and not __fish_seen_subcommand_from ${subs.join(' ')}` : ''}`;
    }
    return `__fish_seen_subcommand_from ${cmd}; and __fish_seen_subcommand_from ${sub}`;
  };
  for (const s of specs) {
    const when = q(inPath(s.path));
    for (const sub of s.subcommands) {
      const child = specs.find((c) => c.path === (s.path ? `${s.path} ${sub}` : sub));
      lines.push(`complete -c recover -n ${when} -a ${q(sub)} -d ${q(child?.description ?? '')}`);
    }
    if (s.words.length > 0) lines.push(`complete -c recover -n ${when} -a ${q(s.words.join(' '))}`);
    if (s.files) lines.push(`complete -c recover -n ${when} -F`);
    const optionsWhen = s.path === '' ? '' : ` -n ${when}`;
    for (const o of s.options) {
      const value = o.choices.length > 0 ? ` -x -a ${q(o.choices.join(' '))}` : o.file ? ' -r -F' : o.takesValue ? ' -x' : '';
      lines.push(`complete -c recover${optionsWhen} -l ${o.long.slice(2)}${o.short ? ` -s ${o.short.slice(1)}` : ''}${value} -d ${q(o.description)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function completionScript(shell: Shell, specs: readonly CommandSpec[]): string {
  return shell === 'bash' ? bashScript(specs) : shell === 'zsh' ? zshScript(specs) : fishScript(specs);
}
