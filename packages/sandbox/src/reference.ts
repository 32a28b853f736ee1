/**
 * Business constants of the sandbox bank: tiers, the check-in ladder, points value, payment
 * limits, instalment fees and the fixed sandbox secrets the contract documents. Kept in one place
 * so the contract's "Sandbox rules" section and the code can be checked against each other.
 */
import type { components } from '../../sdk/src/generated/openapi.js';
import type { Text } from './i18n.js';

export type Segment = components['schemas']['Segment'];

export const CURRENCY = 'CNY';

/** The SMS code every sandbox OTP accepts (documented in the contract). */
export const SANDBOX_OTP_CODE = '246810';
/** The payment PIN the sandbox accepts for step-up. */
export const SANDBOX_PIN = '135790';
/** Biometric step-up: the device "signs" the nonce; the sandbox accepts this exact assertion. */
export const sandboxBiometricAssertion = (nonce: string) => `sandbox-biometric:${nonce}`;
export const SANDBOX_PIN_KEY_ID = 'sandbox-pin-key-1';

export const OTP_RESEND_SECONDS = 60;
export const OTP_TTL_MS = 5 * 60_000;
export const OTP_MAX_ATTEMPTS = 5;
/** How long a verified OTP may be presented to the operation that needs it. */
export const OTP_VERIFICATION_TTL_MS = 10 * 60_000;

export const PENDING_DECISION_MS = 3_000;
export const PROCESSING_SETTLE_MS = 3_000;
export const INTENT_TTL_MS = 30 * 60_000;
export const STEP_UP_TTL_MS = 5 * 60_000;
export const STEP_UP_MAX_ATTEMPTS = 3;

export interface TierDefinition {
  id: Segment;
  rank: number;
  threshold: number;
  name: Text;
  benefits: Text[];
}

/** Lowest first. Tier follows qualifying points (lifetime earned), never the spendable balance. */
export const TIERS: readonly TierDefinition[] = [
  {
    id: 'potential',
    rank: 1,
    threshold: 0,
    name: { 'zh-CN': '新星会员', en: 'Rising' },
    benefits: [{ 'zh-CN': '每日签到积分', en: 'Daily check-in points' }],
  },
  {
    id: 'low',
    rank: 2,
    threshold: 5_000,
    name: { 'zh-CN': '银卡会员', en: 'Silver' },
    benefits: [
      { 'zh-CN': '每日签到积分', en: 'Daily check-in points' },
      { 'zh-CN': '生日双倍积分', en: 'Double points on your birthday' },
    ],
  },
  {
    id: 'mid',
    rank: 3,
    threshold: 30_000,
    name: { 'zh-CN': '金卡会员', en: 'Gold' },
    benefits: [
      { 'zh-CN': '消费积分 1.5 倍', en: '1.5× points on spending' },
      { 'zh-CN': '每年 2 次机场贵宾厅', en: '2 airport lounge visits a year' },
      { 'zh-CN': '生日双倍积分', en: 'Double points on your birthday' },
    ],
  },
  {
    id: 'high',
    rank: 4,
    threshold: 100_000,
    name: { 'zh-CN': '白金会员', en: 'Platinum' },
    benefits: [
      { 'zh-CN': '消费积分 2 倍', en: '2× points on spending' },
      { 'zh-CN': '机场贵宾厅不限次', en: 'Unlimited airport lounge visits' },
      { 'zh-CN': '专属客户经理', en: 'Dedicated relationship manager' },
    ],
  },
];

export const tierById = (id: Segment): TierDefinition => TIERS.find((t) => t.id === id)!;

export function tierForPoints(qualifying: number): TierDefinition {
  let tier = TIERS[0]!;
  for (const t of TIERS) if (qualifying >= t.threshold) tier = t;
  return tier;
}

/** Points per check-in on day 1..7 of a streak; the cycle restarts after day 7. */
export const CHECK_IN_LADDER: readonly number[] = [5, 5, 10, 10, 15, 15, 50];

/** 100 points are worth ¥1.00, i.e. one point per fen. */
export const POINTS_RATE = { points: 100, value: 100 } as const;
export const pointsToMinor = (points: number) => Math.floor((points * POINTS_RATE.value) / POINTS_RATE.points);
export const minorToPoints = (minor: number) => Math.ceil((minor * POINTS_RATE.points) / POINTS_RATE.value);

/** Points + cash: points may pay at most this share of an order, in steps of `step`. */
export const POINTS_CASH = { minPoints: 100, stepPoints: 100, maxSharePercent: 50 } as const;

/** One point per whole yuan paid in cash. */
export const pointsEarnedFor = (cashMinor: number) => Math.floor(cashMinor / 100);

/** Above this amount (or with instalments) a payment needs a step-up. */
export const PASSWORD_FREE_LIMIT = 20_000;

export const INSTALMENT_MIN_AMOUNT = 10_000;
/** Total fee rate per plan, in hundredths of a percent. */
export const INSTALMENT_FEES: Readonly<Record<3 | 6 | 12, number>> = { 3: 180, 6: 360, 12: 720 };

export interface InstalmentQuote {
  periods: 3 | 6 | 12;
  perPeriod: number;
  firstPeriod: number;
  fee: number;
  total: number;
  feeRatePercentTimes100: number;
}

/** Integer-only split: the fee is rounded half up, the first period carries the remainder. */
export function quoteInstalments(principal: number, periods: 3 | 6 | 12): InstalmentQuote {
  const rate = INSTALMENT_FEES[periods];
  const fee = Math.floor((principal * rate + 5_000) / 10_000);
  const total = principal + fee;
  const perPeriod = Math.floor(total / periods);
  return { periods, perPeriod, firstPeriod: total - perPeriod * (periods - 1), fee, total, feeRatePercentTimes100: rate };
}

/** Card decision rules (documented in the contract's "Sandbox rules"). */
export type Decision =
  | { status: 'approved'; reasonCode: null }
  | { status: 'pending'; reasonCode: 'ADDITIONAL_CHECKS' }
  | { status: 'declined'; reasonCode: 'INCOME_BELOW_MINIMUM' | 'CREDIT_HISTORY' }
  | { status: 'referred'; reasonCode: 'MANUAL_REVIEW' };

export function decideApplication(incomeBand: string, idNumber: string): Decision {
  if (incomeBand === 'below_5k') return { status: 'declined', reasonCode: 'INCOME_BELOW_MINIMUM' };
  switch (idNumber[16]) {
    case '9':
      return { status: 'declined', reasonCode: 'CREDIT_HISTORY' };
    case '8':
      return { status: 'referred', reasonCode: 'MANUAL_REVIEW' };
    case '7':
      return { status: 'pending', reasonCode: 'ADDITIONAL_CHECKS' };
    default:
      return { status: 'approved', reasonCode: null };
  }
}

/** Where in the product's limit range an income band lands (percent of the range). */
const LIMIT_POSITION: Readonly<Record<string, number>> = { '5k_10k': 0, '10k_20k': 40, '20k_50k': 70, above_50k: 100 };

/** Credit limit in minor units, rounded down to whole ¥1,000 and kept inside the range. */
export function creditLimitFor(incomeBand: string, min: number, max: number): number {
  const position = LIMIT_POSITION[incomeBand] ?? 0;
  const raw = min + Math.floor(((max - min) * position) / 100);
  return Math.max(min, Math.min(max, Math.floor(raw / 100_000) * 100_000));
}
