import { defineCatalogue } from '../../internal/localize.js';
import type { StepName } from '../steps.js';
import type { IncomeBand, VirtualCard } from '../types.js';

type Params = Record<string, string | number>;

/** Strings of <banklet-card-application>; every locale implements all of them. */
export interface CardApplicationMessages {
  title: string;
  steps: Record<StepName, string>;
  progress: (index: number, total: number, step: string) => string;
  question: (index: number, total: number) => string;
  autosave: string;
  resumed: string;
  continue: string;
  back: string;
  backToReview: string;
  errorSummary: (count: number) => string;
  summaryItem: (label: string, message: string) => string;
  loadFailed: string;

  chooseCard: string;
  recommended: string;
  annualFee: string;
  feeWaiver: string;
  creditLimit: string;
  limitRange: (min: string, max: string) => string;
  benefits: string;
  networks: Record<VirtualCard['network'], string>;
  compare: string;
  compareAdd: (card: string) => string;
  compareTitle: string;
  compareHint: string;
  compareClear: string;
  feature: string;

  name: string;
  nameHint: string;
  idNumber: string;
  idNumberHint: string;
  mobile: string;
  mobileHint: string;
  sendCode: string;
  resendIn: (seconds: number) => string;
  resend: string;
  codeSent: (maskedMobile: string) => string;
  otp: string;
  verify: string;
  verified: (mobile: string) => string;
  email: string;
  emailHint: string;

  employer: string;
  occupation: string;
  occupationHint: string;
  incomeBand: string;
  incomeBands: Record<IncomeBand, string>;

  region: string;
  street: string;
  province: string;
  city: string;
  district: string;
  line1: string;
  line1Hint: string;
  postalCode: string;

  termsFailed: string;
  consentIntro: string;
  agree: (title: string) => string;
  optionalDocument: string;
  documentVersion: (version: string) => string;
  readDocument: string;
  openDocument: (title: string) => string;

  reviewIntro: string;
  edit: (label: string) => string;
  notProvided: string;
  accepted: string;
  submit: string;
  submitting: string;
  doNotClose: string;
  offline: string;
  submitFailed: string;
  retrySubmit: string;

  approved: string;
  approvedBody: string;
  activateNow: string;
  pendingChecking: string;
  pendingNotify: string;
  pendingNotifyBody: string;
  checkAgain: string;
  declined: string;
  referred: string;
  referredSteps: string[];
  reasons: Record<string, string>;
  reference: string;
  done: string;

  setPin: string;
  setPinHint: string;
  confirmPin: string;
  pinMismatch: string;
  pinWeak: string;
  activating: string;
  pinKeyMissing: string;
  activated: string;
  activatedBody: string;
  alreadyActivated: string;
  cardNumber: string;
  last4: (digits: string) => string;
  expiry: string;
  cardholder: string;

  /** Field errors the server or the journey itself reports, by code. */
  fieldErrors: Record<string, (params: Params) => string>;
}

export const cardApplicationCatalogue = defineCatalogue<CardApplicationMessages>('card-application', {
  'zh-CN': () => import('./zh-CN.js'),
  en: () => import('./en.js'),
});
