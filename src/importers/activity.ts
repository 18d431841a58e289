import type { SessionType } from '../core/types.js';

// Order matters: "strength endurance" is strength, "walking" is active recovery.
const RULES: ReadonlyArray<[SessionType, RegExp]> = [
  ['mobility', /yoga|stretch|mobility|pilates|flexibility|mind and body|cooldown|foam|breath|meditat/],
  ['hiit', /hiit|interval|high intensity|bootcamp|circuit|crossfit/],
  ['strength', /strength|weight|powerlift|functional|resistance|core training|calisthenic/],
  ['active-recovery', /walk|recovery|stroll/],
  ['sport', /soccer|football|basketball|tennis|golf|ultimate|volleyball|hockey|rugby|badminton|squash|handball|baseball|climb|martial|boxing|team|sport|skat|surf/],
  ['cardio', /run|treadmill|cycl|bike|biking|spin|swim|row|elliptical|stair|ski|hik|ruck|endurance|cardio|jog|triathlon|paddl/],
];

/** Maps a source's activity name ("HKWorkoutActivityTypeRunning", "Disc Golf") to our session types. */
export function sessionTypeFor(name: string): SessionType {
  const words = name
    .replace(/^HKWorkoutActivityType/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return RULES.find(([, pattern]) => pattern.test(words))?.[0] ?? 'other';
}
