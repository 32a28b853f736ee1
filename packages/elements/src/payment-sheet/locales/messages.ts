import { defineCatalogue } from '../../internal/localize.js';

/** Strings of <banklet-payment-sheet>; every locale implements all of them. */
export interface PaymentSheetMessages {
  title: string;
  payTo: (merchant: string) => string;
  orderDetails: string;
  quantity: (count: number) => string;
  chooseMethod: string;
  card: (network: string, kind: 'credit' | 'debit', masked: string) => string;
  networks: Record<'unionpay' | 'visa' | 'mastercard', string>;
  creditKind: string;
  debitKind: string;
  balance: (available: string) => string;
  balanceInsufficient: string;
  /** Why a bound card cannot pay, by the API's `unavailableReason`; `other` for any code not listed. */
  cardUnavailable: { CARD_EXPIRED: string; CARD_BLOCKED: string; other: string };
  balanceMethod: string;
  pointsMethod: string;
  points: (balance: string, value: string) => string;
  pointsInsufficient: string;
  usePoints: string;
  pointsUse: (points: string, value: string) => string;
  fewerPoints: string;
  morePoints: string;
  instalments: string;
  noInstalments: string;
  instalmentPlan: (periods: number, perPeriod: string) => string;
  instalmentFee: (fee: string, total: string) => string;
  interestFree: string;
  payNow: (amount: string) => string;
  passwordFree: string;
  toPay: string;
  pointsDeduction: string;
  verifyTitle: string;
  pinPrompt: string;
  pinWrong: (attempts: number) => string;
  otpWrong: (attempts: number) => string;
  pinLocked: string;
  biometricPrompt: string;
  biometricStart: string;
  usePin: string;
  useOtp: string;
  otpPrompt: string;
  otpLabel: string;
  confirm: string;
  paying: string;
  doNotClose: string;
  /** While the host's native page takes the payment (mini-programs). */
  handoffNote: string;
  succeeded: string;
  processing: string;
  processingNote: string;
  failed: string;
  unknown: string;
  unknownNote: string;
  checkAgain: string;
  tryAgain: string;
  changeMethod: string;
  done: string;
  reference: string;
  amount: string;
  method: string;
  pointsEarned: string;
  pointsEarnedValue: (points: string) => string;
  failureReasons: Record<string, string>;
  ratePrompt: string;
  stars: (count: number) => string;
  ratingComment: string;
  sendRating: string;
  ratingThanks: string;
  loadFailed: string;
}

export const paymentSheetCatalogue = defineCatalogue<PaymentSheetMessages>('payment-sheet', {
  'zh-CN': () => import('./zh-CN.js'),
  en: () => import('./en.js'),
});
