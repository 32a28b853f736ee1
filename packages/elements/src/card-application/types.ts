import type { components } from '@banklet/sdk/generated';
import type { FieldName, StepName } from './steps.js';

type S = components['schemas'];
export type CardProduct = S['CardProduct'];
export type CardProductList = S['CardProductList'];
export type TermsDocument = S['TermsDocument'];
export type CardApplication = S['CardApplication'];
export type CardApplicationRequest = S['CardApplicationRequest'];
export type ApplicationStatus = S['ApplicationStatus'];
export type Activation = S['Activation'];
export type ActivationRequest = S['ActivationRequest'];
export type VirtualCard = S['VirtualCard'];
export type Attribution = S['Attribution'];
export type Channel = S['Channel'];
export type IncomeBand = S['IncomeBand'];
export type OtpChallenge = S['OtpChallenge'];
export type Money = S['Money'];

/** `detail` of `banklet-step-change`. */
export interface StepChangeDetail {
  step: StepName;
  /** 1-based position of the step in the whole journey. */
  index: number;
  /** Number of steps in the journey, decision and activation included. */
  total: number;
}

/** `detail` of `banklet-application-submitted`. */
export interface ApplicationSubmittedDetail {
  applicationId: string;
  reference: string;
  productId: string;
}

/** `detail` of `banklet-application-decision`. */
export interface ApplicationDecisionDetail {
  applicationId: string;
  reference: string;
  status: ApplicationStatus;
  /** Set when approved. */
  creditLimit: Money | null;
  /** Why declined, referred or pending, e.g. `INCOME_BELOW_MINIMUM`. */
  reasonCode: string | null;
}

/** `detail` of `banklet-card-activated`. Only the last four digits; never a card number. */
export interface CardActivatedDetail {
  applicationId: string;
  cardId: string;
  last4: string;
  network: VirtualCard['network'];
}

/** Answers a host may fill in ahead (from its own profile of the signed-in person). */
export type CardApplicationPrefill = Partial<Record<Exclude<FieldName, 'otp' | 'consents'>, string>>;

declare global {
  interface HTMLElementEventMap {
    'banklet-step-change': CustomEvent<StepChangeDetail>;
    'banklet-application-submitted': CustomEvent<ApplicationSubmittedDetail>;
    'banklet-application-decision': CustomEvent<ApplicationDecisionDetail>;
    'banklet-card-activated': CustomEvent<CardActivatedDetail>;
  }
}
