import { defineMessages } from '../i18n.js';

/**
 * Commander's own words in help and in its parse errors. The English is commander's, word for
 * word (English help is commander's own, untouched); cli/help-words.ts swaps in the Dutch.
 */
export const sayHelp = defineMessages(
  'help',
  {
    usage: 'Usage:',
    options: 'Options:',
    globalOptions: 'Global Options:',
    commands: 'Commands:',
    arguments: 'Arguments:',
    usageOptions: '[options]',
    usageCommand: '[command]',
    helpOption: 'display help for command',
    versionOption: 'output the version number',
    choices: 'choices: {list}',
    default: 'default: {value}',
    unknownOption: "error: unknown option ''{option}''",
    unknownCommand: "error: unknown command ''{name}''",
    missingArgument: "error: missing required argument ''{name}''",
    optionArgumentMissing: "error: option ''{option}'' argument missing",
    invalidOptionValue: "error: option ''{option}'' argument ''{value}'' is invalid. Allowed choices are {list}.",
    invalidArgumentValue: "error: command-argument value ''{value}'' is invalid for argument ''{name}''. Allowed choices are {list}.",
    tooManyArguments: 'error: too many arguments. Expected {expected} but got {got}.',
    didYouMean: '(Did you mean {name}?)',
    didYouMeanOneOf: '(Did you mean one of {names}?)',
  },
  {
    usage: 'Gebruik:',
    options: 'Opties:',
    globalOptions: 'Algemene opties:',
    commands: 'Opdrachten:',
    arguments: 'Argumenten:',
    usageOptions: '[opties]',
    usageCommand: '[opdracht]',
    helpOption: 'toon de hulp bij deze opdracht',
    versionOption: 'toon het versienummer',
    choices: 'keuzes: {list}',
    default: 'standaard: {value}',
    unknownOption: "fout: onbekende optie ''{option}''",
    unknownCommand: "fout: onbekende opdracht ''{name}''",
    missingArgument: "fout: het argument ''{name}'' ontbreekt",
    optionArgumentMissing: "fout: de optie ''{option}'' mist een waarde",
    invalidOptionValue: "fout: de waarde ''{value}'' van optie ''{option}'' kan niet. Je kunt kiezen uit {list}.",
    invalidArgumentValue: "fout: de waarde ''{value}'' van argument ''{name}'' kan niet. Je kunt kiezen uit {list}.",
    tooManyArguments: 'fout: te veel argumenten. Verwacht: {expected}, gekregen: {got}.',
    didYouMean: '(Bedoelde je {name}?)',
    didYouMeanOneOf: '(Bedoelde je een van {names}?)',
  },
);
