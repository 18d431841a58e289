import { defineMessages } from '../i18n.js';

/** The day's fields as the evening log names them: label, unit and the hint beside the question. */
export const sayField = defineMessages(
  'log-fields',
  {
    label:
      '{key, select, sleepHours {sleep} sleepQuality {sleep quality} awakenings {awakenings} proteinG {protein} carbsG {carbohydrates} waterL {water} performance {performance} fatigue {fatigue} motivation {motivation} soreness {muscle soreness} stress {stress} restingHrBpm {resting heart rate} hrvMs {HRV} napH {naps} bedtimeMin {bedtime} wakeMin {wake time} wasoMin {awake in the night} fatG {fat} fruitVegServings {fruit and vegetables} other {{key}}}',
    hint:
      '{key, select, sleepHours {hours slept last night, e.g. 7.5 or 7:30} sleepQuality {1 poor - 5 great} awakenings {times you woke up in the night} proteinG {grams of protein eaten today} carbsG {grams of carbohydrate eaten today} waterL {litres drunk today} performance {1 poor - 5 best ever: how training went} fatigue {1 fresh - 5 exhausted} motivation {1 none - 5 eager to train} soreness {1 none - 5 very sore} stress {1 relaxed - 5 very stressed} restingHrBpm {from your watch or taken on waking} hrvMs {heart rate variability from your watch or strap} napH {hours slept in naps that day (ending from 14:00 until midnight)} bedtimeMin {when you fell asleep last night, e.g. 23:15} wakeMin {when you woke up for the day, e.g. 07:05} wasoMin {minutes awake between falling asleep and getting up} fatG {grams of fat eaten today} fruitVegServings {servings today (a serving is about 80 g: a piece of fruit, a handful of vegetables)} other {}}',
    unit: '{unit, select, h {h} clock {HH:MM} servings {servings} other {{unit}}}',
    sessionMinutes: 'session minutes',
    sessionRpe: 'session RPE',
  },
  {
    label:
      '{key, select, sleepHours {slaap} sleepQuality {slaapkwaliteit} awakenings {keren wakker} proteinG {eiwit} carbsG {koolhydraten} waterL {water} performance {prestatie} fatigue {vermoeidheid} motivation {motivatie} soreness {spierpijn} stress {stress} restingHrBpm {rusthartslag} hrvMs {HRV} napH {dutjes} bedtimeMin {bedtijd} wakeMin {opgestaan} wasoMin {wakker in de nacht} fatG {vet} fruitVegServings {groente en fruit} other {{key}}}',
    hint:
      '{key, select, sleepHours {uren geslapen vannacht, bijv. 7,5 of 7:30} sleepQuality {1 slecht - 5 top} awakenings {hoe vaak je vannacht wakker werd} proteinG {gram eiwit vandaag gegeten} carbsG {gram koolhydraten vandaag gegeten} waterL {liter vandaag gedronken} performance {1 slecht - 5 beste ooit: hoe de training ging} fatigue {1 fris - 5 uitgeput} motivation {1 geen - 5 zin om te trainen} soreness {1 geen - 5 veel spierpijn} stress {1 ontspannen - 5 erg gestrest} restingHrBpm {van je horloge of gemeten bij het wakker worden} hrvMs {hartslagvariabiliteit van je horloge of borstband} napH {uren geslapen in dutjes die dag (afgelopen tussen 14:00 en middernacht)} bedtimeMin {wanneer je gisteravond in slaap viel, bijv. 23:15} wakeMin {wanneer je wakker werd voor de dag, bijv. 07:05} wasoMin {minuten wakker tussen inslapen en opstaan} fatG {gram vet vandaag gegeten} fruitVegServings {porties vandaag (een portie is ongeveer 80 g: een stuk fruit, een handje groente)} other {}}',
    unit: '{unit, select, h {u} clock {uu:mm} servings {porties} other {{unit}}}',
    sessionMinutes: 'minuten van de sessie',
    sessionRpe: 'sessie-RPE',
  },
);
