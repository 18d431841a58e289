import { defineMessages } from '../i18n.js';

/** A day and its sessions in a few lines: the summary the log shows before saving, and the import's dry run. */
export const sayDay = defineMessages(
  'day',
  {
    sessionType:
      '{type, select, strength {strength} hiit {hiit} cardio {cardio} sport {sport} active_recovery {active-recovery} mobility {mobility} other {other}}',
    session: '{type} {minutes} min, {effort, select, rpe {RPE {rpe} (load {load})} estimated {no RPE, ~{rpe} estimated from heart rate (load ~{load})} other {no RPE}}',
    fullRest: 'full rest day',
    activeRest: '{sessions} (active rest day)',
    sleep: '  Sleep      {hours}, quality {quality}, awakenings {awakenings}{naps, select, none {} other {, naps {naps}}}',
    training: '  Training   {training}',
    trainingLoad: '  Training   {training}, total load {load}',
    after: '  After      performance {performance}, meal within 2 h {meal, select, yes {yes} no {no} other {-}}',
    nutrition: '  Nutrition  protein {protein}, carbs {carbs}, water {water}',
    feeling: '  Feeling    fatigue {fatigue}, motivation {motivation}, soreness {soreness}, stress {stress}',
    body: '  Body       resting HR {rhr}, HRV {hrv}',
    rhythm: '  Rhythm     bedtime {bedtime}, wake {wake}{waso, select, none {} other {, {waso} min awake in the night}}',
    plate: '  Plate      fat {fat}, fruit and vegetables {servings} servings',
    tags: '  Tags       {tags}',
    noTags: 'none',
    unitH: 'h',
    ill: '  Ill        yes: a rest day for the verdict, left out of your baselines',
    injury: '  Injury     {text}',
    note: '  Note       {text}',
  },
  {
    sessionType:
      '{type, select, strength {kracht} hiit {hiit} cardio {cardio} sport {sport} active_recovery {actief herstel} mobility {mobiliteit} other {anders}}',
    session: '{type} {minutes} min, {effort, select, rpe {RPE {rpe} (belasting {load})} estimated {geen RPE, ~{rpe} geschat uit je hartslag (belasting ~{load})} other {geen RPE}}',
    fullRest: 'volledige rustdag',
    activeRest: '{sessions} (actieve rustdag)',
    sleep: '  Slaap      {hours}, kwaliteit {quality}, keren wakker {awakenings}{naps, select, none {} other {, dutjes {naps}}}',
    training: '  Training   {training}',
    trainingLoad: '  Training   {training}, totale belasting {load}',
    after: '  Na afloop  prestatie {performance}, maaltijd binnen 2 u {meal, select, yes {ja} no {nee} other {-}}',
    nutrition: '  Voeding    eiwit {protein}, koolhydraten {carbs}, water {water}',
    feeling: '  Gevoel     vermoeidheid {fatigue}, motivatie {motivation}, spierpijn {soreness}, stress {stress}',
    body: '  Lichaam    rusthartslag {rhr}, HRV {hrv}',
    rhythm: '  Ritme      bedtijd {bedtime}, opgestaan {wake}{waso, select, none {} other {, {waso} min wakker in de nacht}}',
    plate: '  Bord       vet {fat}, groente en fruit {servings} porties',
    tags: '  Tags       {tags}',
    noTags: 'geen',
    unitH: 'u',
    ill: '  Ziek       ja: een rustdag voor het oordeel, en buiten je basiswaarden gehouden',
    injury: '  Blessure   {text}',
    note: '  Notitie    {text}',
  },
);

/** A session type as a reader says it ("actief herstel"); English keeps the code, so rows for scripts stay as they were. */
export const sessionWord = (type: string): string => sayDay('sessionType', { type: type.replace('-', '_') });
