/**
 * The payment sheet's arithmetic, pure and exact (integer minor units and integer points, no
 * floats), so what the sheet shows is what the server will charge. The rounding rules are the
 * contract's: points are worth `rate.value` per `rate.points`, rounded down in the card holder's
 * favour when converting points to money; instalment fees round half up to the minor unit; the
 * first instalment carries the remainder.
 */
import type { components } from '@banklet/sdk/generated';

type S = components['schemas'];
export type Money = S['Money'];
export type PointsRate = S['PointsRate'];
export type PointsCashRules = S['PointsCashRules'];
export type InstalmentPlan = S['InstalmentPlan'];

/** Money that `points` points are worth (rounded down). */
export function pointsToMinor(points: number, rate: PointsRate): number {
  return Math.floor((points * rate.value.amount) / rate.points);
}

/** Points needed to cover `minor` (rounded up: the points always cover the amount). */
export function minorToPoints(minor: number, rate: PointsRate): number {
  return Math.ceil((minor * rate.points) / rate.value.amount);
}

/** The part left to pay by card or balance after `points` points. */
export function cashPart(amount: number, points: number, rate: PointsRate): number {
  return Math.max(0, amount - pointsToMinor(points, rate));
}

/**
 * Largest usable points for points + cash: within the share cap of the amount, the balance and
 * the rules' maximum, in whole steps. 0 when the rules do not allow a combination.
 */
export function maxCombinablePoints(amount: number, balance: number, rules: PointsCashRules, rate: PointsRate): number {
  if (!rules.allowed) return 0;
  const byShare = minorToPoints(Math.floor((amount * rules.maxSharePercent) / 100), rate);
  const cap = Math.min(byShare, balance, rules.maxPoints);
  const stepped = Math.floor(cap / rules.stepPoints) * rules.stepPoints;
  return stepped >= rules.minPoints ? stepped : 0;
}

/** Snaps a requested points amount to a valid one: 0, or a step within [min, max]. */
export function clampPoints(requested: number, max: number, rules: PointsCashRules): number {
  if (max === 0 || requested <= 0) return 0;
  const stepped = Math.round(requested / rules.stepPoints) * rules.stepPoints;
  return Math.min(max, Math.max(rules.minPoints, stepped));
}

/** The instalment schedule of `principal` for a plan's period count and fee rate. */
export function quoteInstalments(principal: number, plan: Pick<InstalmentPlan, 'periods' | 'feeRatePercentTimes100'>): {
  fee: number;
  total: number;
  perPeriod: number;
  firstPeriod: number;
} {
  const fee = Math.floor((principal * plan.feeRatePercentTimes100 + 5_000) / 10_000);
  const total = principal + fee;
  const perPeriod = Math.floor(total / plan.periods);
  return { fee, total, perPeriod, firstPeriod: total - perPeriod * (plan.periods - 1) };
}

/** Whether confirming needs a step-up: above the password-free limit, or any instalment plan. */
export function needsStepUp(amount: number, passwordFreeLimit: number, instalmentPlan: number | null): boolean {
  return amount > passwordFreeLimit || instalmentPlan !== null;
}
