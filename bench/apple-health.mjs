// Writes a synthetic Apple Health export.xml of any size, shaped like a real one (Apple's DTD
// header, one element a line, metadata under heart-rate samples): per day a night of sleep from
// phone and watch, resting HR, HRV, food, water, a workout, and many heart-rate samples (which
// recover skips) to make up the bulk of the file. The same options give the same file; the
// figures recover must find for each day are those of expectedDay.
import { closeSync, openSync, writeSync } from 'node:fs';

const pad = (n) => String(n).padStart(2, '0');
const stamp = (d, h, m) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(h)}:${pad(m)}:00 +0100`;
const record = (type, unit, start, end, value, source = 'Watch') =>
  ` <Record type="${type}" sourceName="${source}" sourceVersion="10.2" device="&lt;&lt;HKDevice: 0x3012772a0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,7, software:10.2&gt;" unit="${unit}" creationDate="${end}" startDate="${start}" endDate="${end}" value="${value}"/>\n`;

const HEADER = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 13 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram|VisionPrescription)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Me EMPTY>
<!ATTLIST Me
  HKCharacteristicTypeIdentifierDateOfBirth         CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBiologicalSex       CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry
  key   CDATA #REQUIRED
  value CDATA #REQUIRED
>
<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>
<!ATTLIST Workout
  workoutActivityType   CDATA #REQUIRED
  duration              CDATA #IMPLIED
  durationUnit          CDATA #IMPLIED
  sourceName            CDATA #REQUIRED
  startDate             CDATA #REQUIRED
  endDate               CDATA #REQUIRED
>
]>
<HealthData locale="en_GB">
 <ExportDate value="2025-01-01 08:00:00 +0100"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1990-05-20" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
`;
const LAST = Date.UTC(2024, 11, 31);
/** Bytes a day takes with 150 heart-rate samples, for --size. */
const BYTES_A_DAY_150 = 65_000;

/** What recover must find on the day `i` days before the last (2024-12-31), in a zone at +01:00. */
export function expectedDay(i) {
  return {
    date: new Date(LAST - i * 86_400_000).toISOString().slice(0, 10),
    sleepHours: 7.5, restingHrBpm: 50 + (i % 7), hrvMs: 40 + (i % 11), proteinG: 95, waterL: 2,
    sessions: [{ type: 'cardio', minutes: 45 }],
  };
}

/** Days for an export of about `sizeMb` MB with 150 heart-rate samples a day. */
export const daysForSize = (sizeMb) => Math.max(1, Math.round((sizeMb * 1e6) / BYTES_A_DAY_150));

/** Writes `days` days ending 2024-12-31 with `heartRates` HR samples each; returns the byte size. */
export function writeAppleHealthExport(path, { days, heartRates = 80 }) {
  const fd = openSync(path, 'w');
  let bytes = 0;
  const out = (text) => {
    bytes += writeSync(fd, text);
  };
  out(HEADER);
  const last = LAST;
  for (let i = days - 1; i >= 0; i--) {
    const d = new Date(last - i * 86_400_000);
    const prev = new Date(d.getTime() - 86_400_000);
    let chunk = '';
    chunk += record('HKCategoryTypeIdentifierSleepAnalysis', '', stamp(prev, 22, 30), stamp(d, 7, 0), 'HKCategoryValueSleepAnalysisInBed', 'iPhone');
    chunk += record('HKCategoryTypeIdentifierSleepAnalysis', '', stamp(prev, 23, 0), stamp(d, 3, 0), 'HKCategoryValueSleepAnalysisAsleepCore');
    chunk += record('HKCategoryTypeIdentifierSleepAnalysis', '', stamp(d, 3, 15), stamp(d, 6, 45), 'HKCategoryValueSleepAnalysisAsleepREM');
    chunk += record('HKQuantityTypeIdentifierRestingHeartRate', 'count/min', stamp(d, 0, 1), stamp(d, 23, 0), 50 + (i % 7));
    chunk += record('HKQuantityTypeIdentifierHeartRateVariabilitySDNN', 'ms', stamp(d, 3, 5), stamp(d, 3, 6), 40 + (i % 11));
    chunk += record('HKQuantityTypeIdentifierDietaryProtein', 'g', stamp(d, 8, 0), stamp(d, 8, 0), 40, 'MyFitnessPal');
    chunk += record('HKQuantityTypeIdentifierDietaryProtein', 'g', stamp(d, 13, 0), stamp(d, 13, 0), 55, 'MyFitnessPal');
    chunk += record('HKQuantityTypeIdentifierDietaryWater', 'mL', stamp(d, 10, 0), stamp(d, 10, 0), 2000, 'WaterMinder');
    chunk += ` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="45" durationUnit="min" sourceName="Watch" startDate="${stamp(d, 18, 0)}" endDate="${stamp(d, 18, 45)}"/>\n`;
    for (let h = 0; h < heartRates; h++) {
      const minute = Math.floor((h * 1440) / heartRates);
      const hr = record('HKQuantityTypeIdentifierHeartRate', 'count/min', stamp(d, Math.floor(minute / 60), minute % 60), stamp(d, Math.floor(minute / 60), minute % 60), 60 + (h % 40));
      // As Apple writes most samples: with the motion context under them.
      chunk += h % 2 ? hr : `${hr.slice(0, -3)}>\n  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="${h % 3}"/>\n </Record>\n`;
    }
    out(chunk);
  }
  out('</HealthData>\n');
  closeSync(fd);
  return bytes;
}
