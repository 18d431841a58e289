import { defineMessages } from '../i18n.js';

/** The words of the questions themselves: the key hints under a list and a yes/no question's answers. */
export const sayPrompt = defineMessages(
  'prompt',
  {
    key: '{key, select, space {space} other {{key}}}',
    action: '{action, select, navigate {navigate} select {select} submit {submit} all {all} invert {invert} other {{action}}}',
    hint: '{fallback, select, no {(y/N)} other {(Y/n)}}',
    answer: '{yes, select, yes {Yes} other {No}}',
    yesWords: 'y,yes',
    noWords: 'n,no',
    again: 'Answer y or n',
  },
  {
    key: '{key, select, space {spatie} other {{key}}}',
    action: '{action, select, navigate {navigeren} select {kiezen} submit {bevestigen} all {alles} invert {omkeren} other {{action}}}',
    hint: '{fallback, select, no {(j/N)} other {(J/n)}}',
    answer: '{yes, select, yes {Ja} other {Nee}}',
    yesWords: 'j,ja,y,yes',
    noWords: 'n,nee,no',
    again: 'Antwoord j of n',
  },
);

/** A typed yes or no in the run's language (Enter takes the default); undefined when it is neither. */
export function readYesNo(text: string, fallback: boolean | undefined): boolean | undefined {
  const answer = text.trim().toLowerCase();
  if (answer === '') return fallback !== false;
  if (sayPrompt('yesWords').split(',').includes(answer)) return true;
  if (sayPrompt('noWords').split(',').includes(answer)) return false;
  return undefined;
}
