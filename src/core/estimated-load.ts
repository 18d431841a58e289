import type { Day, Session } from './types.js';

/**
 * CR-10 points per point of Edwards' zone weight. Edwards' summated heart-rate zones weight a
 * minute at 50-60% of max HR as 1 ... 90-100% as 5; Foster's session-RPE scale calls 2 "easy" and
 * 10 "maximal". Matching those ends (zone 1 ~ easy, zone 5 ~ maximal) gives RPE = 2 x the
 * session's mean zone weight, so load = 2 x TRIMP. Foster et al. (2001, J Strength Cond Res
 * 15:109-115) found session-RPE load tracks Edwards' score closely and runs above it; Borresen &
 * Lambert (2008, Int J Sports Physiol Perform 3:16-30) found r = 0.84 between them, with heart
 * rate understating effort in high-intensity and strength work. An estimate, so a typed RPE
 * always replaces it.
 */
export const RPE_PER_ZONE_POINT = 2;

/**
 * Edwards' zone weight of a heart rate as a share of max HR: 50-60% counts 1, 60-70% 2 ... 90%
 * and above 5, below 50% 0. The percent is 100 x avg / max, so an exact edge (120 of 200) is 60.
 */
export function edwardsWeight(avgHrBpm: number, maxHrBpm: number): number {
  const percent = (100 * avgHrBpm) / maxHrBpm;
  return percent < 50 ? 0 : Math.min(5, Math.floor(percent / 10) - 4);
}

/**
 * Edwards' TRIMP of a session: from its time in zones when the device gave them, else from its
 * average heart rate as if held the whole session (Fitbit, Apple Health). The average hides time
 * spent above and below it, so intervals come out lower than their zones would give.
 */
export function sessionTrimp(session: Session): number | null {
  if (session.trimp !== undefined) return session.trimp;
  const { avgHrBpm, maxHrBpm } = session;
  if (avgHrBpm === undefined || maxHrBpm === undefined || maxHrBpm <= 0) return null;
  return edwardsWeight(avgHrBpm, maxHrBpm) * session.minutes;
}

/** Session RPE estimated from what a device measured (Edwards' TRIMP), to 0.1; null without it. */
export function estimatedRpe(session: Session): number | null {
  const trimp = sessionTrimp(session);
  if (trimp === null || session.minutes <= 0) return null;
  const rpe = Math.min(10, (RPE_PER_ZONE_POINT * trimp) / session.minutes);
  return Math.round(rpe * 10) / 10;
}

/** The load a session without a typed RPE gets from its estimate: estimated RPE x minutes, to 0.1 AU. */
export function estimatedLoad(session: Session): number | null {
  const rpe = estimatedRpe(session);
  return rpe === null ? null : Math.round(rpe * session.minutes * 10) / 10;
}

/** True when a session's load is an estimate: no typed RPE, but a device measurement. */
export function isLoadEstimated(session: Session): boolean {
  return session.rpe === null && estimatedRpe(session) !== null;
}

/** True when any part of a day's load is estimated. */
export function dayLoadEstimated(day: Day | null): boolean {
  return day !== null && day.sessions.some(isLoadEstimated);
}
