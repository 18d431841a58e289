import { describe, expect, it } from 'vitest';
import { dayLoad, sessionLoad } from '../../../src/core/day-status.js';
import { dayLoadEstimated, edwardsWeight, estimatedLoad, estimatedRpe, isLoadEstimated, sessionTrimp } from '../../../src/core/estimated-load.js';
import { emptyDay, type Session } from '../../../src/core/types.js';

const run = (over: Partial<Session> = {}): Session => ({ type: 'cardio', minutes: 45, rpe: null, source: 'garmin', externalId: '1', trimp: 125, ...over });

describe('load estimated from heart rate', () => {
  it.each([
    // minutes, Edwards TRIMP, estimated RPE, estimated load
    [45, 125, 5.6, 252], // mean zone weight 2.78 -> 5.56
    [50, 45, 1.8, 90], // a strength session mostly in zone 1: heart rate understates it
    [30, 30, 2, 60], // all in zone 1 (50-60% of max HR): "easy"
    [20, 100, 10, 200], // all in zone 5: "maximal"
    [21, 83.2, 7.9, 165.9], // WHOOP's 21-min run of 2024-06-24
    [10, 0, 0, 0], // below zone 1 throughout
  ])('%d min with TRIMP %d: RPE %d, load %d', (minutes, trimp, rpe, load) => {
    const s = run({ minutes, trimp });
    expect(estimatedRpe(s)).toBe(rpe);
    expect(estimatedLoad(s)).toBe(load);
    expect(sessionLoad(s)).toBe(load);
    expect(isLoadEstimated(s)).toBe(true);
  });

  it('caps the estimate at RPE 10 and gives none without a measurement', () => {
    expect(estimatedRpe(run({ minutes: 10, trimp: 80 }))).toBe(10);
    expect(estimatedRpe(run({ trimp: undefined }))).toBeNull();
    expect(sessionLoad(run({ trimp: undefined }))).toBeNull();
    expect(isLoadEstimated(run({ trimp: undefined }))).toBe(false);
  });

  it('lets a typed RPE replace the estimate, in the session and in the day', () => {
    const typed = run({ rpe: 7 });
    expect(sessionLoad(typed)).toBe(315);
    expect(isLoadEstimated(typed)).toBe(false);
    const day = { ...emptyDay('2024-03-12'), trainingLogged: true, sessions: [run(), { type: 'strength', minutes: 60, rpe: 8 } as Session] };
    expect(dayLoad(day)).toBe(252 + 480);
    expect(dayLoadEstimated(day)).toBe(true);
    expect(dayLoad({ ...day, sessions: [typed] })).toBe(315);
    expect(dayLoadEstimated({ ...day, sessions: [typed] })).toBe(false);
    expect(dayLoadEstimated(null)).toBe(false);
  });
});

describe('load estimated from average heart rate (no zones)', () => {
  const fitbitRun = (minutes: number, avgHrBpm: number, maxHrBpm: number): Session => ({
    type: 'cardio', minutes, rpe: null, source: 'fitbit', externalId: '1', avgHrBpm, maxHrBpm,
  });

  it.each([
    // minutes, average HR, max HR, % of max, Edwards weight, RPE (2 x weight), load
    [24.4, 144, 173, 83.2, 4, 8, 195.2], // p01's run of 2019-11-05
    [52.9, 119, 173, 68.8, 2, 4, 211.6], // p01's soccer of 2019-11-14
    [30, 120, 200, 60, 2, 4, 120], // exactly on an edge: the upper zone
    [30, 119.8, 200, 59.9, 1, 2, 60],
    [20.5, 85, 173, 49.1, 0, 0, 0], // below 50%: Edwards counts nothing
    [45, 180, 200, 90, 5, 10, 450],
    [10, 190, 185, 102.7, 5, 10, 100], // above the max HR given: still zone 5
  ])('%d min at %d of %d bpm (%d%%): weight %d, RPE %d, load %d', (minutes, avg, max, _percent, weight, rpe, load) => {
    const s = fitbitRun(minutes, avg, max);
    expect(edwardsWeight(avg, max)).toBe(weight);
    expect(sessionTrimp(s)).toBe(weight * minutes);
    expect(estimatedRpe(s)).toBe(rpe);
    expect(estimatedLoad(s)).toBe(load);
    expect(sessionLoad(s)).toBe(load);
    expect(isLoadEstimated(s)).toBe(true);
  });

  it('uses time in zones when a session has both, and gives nothing without a max HR', () => {
    expect(estimatedRpe({ ...fitbitRun(45, 180, 200), trimp: 125 })).toBe(5.6);
    expect(estimatedRpe({ ...fitbitRun(45, 180, 200), maxHrBpm: undefined })).toBeNull();
    expect(estimatedRpe({ ...fitbitRun(45, 180, 200), avgHrBpm: undefined })).toBeNull();
    expect(isLoadEstimated({ ...fitbitRun(45, 180, 200), rpe: 6 })).toBe(false);
    expect(sessionLoad({ ...fitbitRun(45, 180, 200), rpe: 6 })).toBe(270);
  });
});
