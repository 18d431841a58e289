// Difference in means between two groups with Welch's 95% confidence interval (Welch 1947,
// Biometrika 34:28-35): no equal-variance assumption, Welch-Satterthwaite degrees of freedom.
// The t quantile comes from the t distribution's CDF through the regularised incomplete beta
// function (continued fraction, Press et al., Numerical Recipes 3rd ed. §6.4), found by bisection.

import { mean, sampleSd } from './stats.js';

function logGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), accurate to about 15 digits for x > 0.
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0] ?? 0;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] ?? 0) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-14) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(a, b, x)) / a : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(T <= t) for Student's t with `df` degrees of freedom (df need not be whole). */
export function tCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** The t value with P(T <= t) = p. */
export function tQuantile(p: number, df: number): number {
  let lo = -1000;
  let hi = 1000;
  for (let i = 0; i < 200 && hi - lo > 1e-10; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface Difference {
  nWith: number;
  nWithout: number;
  meanWith: number;
  meanWithout: number;
  /** meanWith - meanWithout. */
  difference: number;
  low: number;
  high: number;
}

/** The difference in means of `withTag` and `without`, with its Welch 95% CI; null with fewer than 2 in a group or no spread at all. */
export function welchDifference(withTag: readonly number[], without: readonly number[], level = 0.95): Difference | null {
  const [m1, m2, s1, s2] = [mean(withTag), mean(without), sampleSd(withTag), sampleSd(without)];
  if (m1 === null || m2 === null || s1 === null || s2 === null) return null;
  const [v1, v2] = [(s1 * s1) / withTag.length, (s2 * s2) / without.length];
  const se = Math.sqrt(v1 + v2);
  if (se === 0) return null;
  const df = (v1 + v2) ** 2 / (v1 ** 2 / (withTag.length - 1) + v2 ** 2 / (without.length - 1));
  const half = tQuantile(1 - (1 - level) / 2, df) * se;
  const difference = m1 - m2;
  return { nWith: withTag.length, nWithout: without.length, meanWith: m1, meanWithout: m2, difference, low: difference - half, high: difference + half };
}

