import { defineMessages } from '../i18n.js';

/** The words of the week's plan on screen. */
export const sayPlan = defineMessages(
  'plan',
  {
    title: 'Plan for {week}',
    restCount: '({rest, plural, one {# rest day} other {# rest days}}; target {target})',
    notPlanned: 'not planned',
    rest: 'rest',
    training: 'training',
    session: "{type} {minutes}′ RPE {rpe}",
    trained: 'trained',
    rested: 'rested',
    activeRest: 'active rest',
    balanced: 'The plan looks balanced.',
    colDay: 'Day',
    colPlan: 'Plan',
    colDone: 'Done',
  },
  {
    title: 'Plan voor {week}',
    restCount: '({rest, plural, one {# rustdag} other {# rustdagen}}; doel {target})',
    notPlanned: 'niet gepland',
    rest: 'rust',
    training: 'training',
    session: "{type} {minutes}′ RPE {rpe}",
    trained: 'getraind',
    rested: 'gerust',
    activeRest: 'actieve rust',
    balanced: 'Het plan ziet er evenwichtig uit.',
    colDay: 'Dag',
    colPlan: 'Plan',
    colDone: 'Gedaan',
  },
);
