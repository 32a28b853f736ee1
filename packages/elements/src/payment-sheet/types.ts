import type { components } from '@banklet/sdk/generated';
import type { ConfirmPaymentRequest, Payment, PaymentIntent, PaymentMethods, StepUpChallenge } from '@banklet/sdk';

type S = components['schemas'];
export type { ConfirmPaymentRequest, Payment, PaymentIntent, PaymentMethods, StepUpChallenge };
export type MethodSelection = S['MethodSelection'];
export type StepUpKind = S['StepUpKind'];

/**
 * The host capabilities the sheet can use (a subset of @banklet/bridge). Biometric step-up goes
 * through the host; the host returns an assertion over the server's nonce, which the server
 * verifies — the sheet never trusts a host's "ok". A mini-program host pays in its native page
 * with a server ticket; its answer (a hint) is not read: the outcome comes from the server.
 */
export interface PaymentHost {
  has(method: string): boolean;
  call(method: 'biometric.verify', params: { challengeId: string; nonce: string }): Promise<{ assertion: string }>;
  call(method: 'payment.handoff', params: { ticket: string }): Promise<unknown>;
}

export type Outcome = 'succeeded' | 'processing' | 'failed' | 'cancelled' | 'unknown';

/** `detail` of `banklet-payment-result`. */
export interface PaymentResultDetail {
  status: Outcome;
  intentId: string;
  paymentId: string | null;
  amount: S['Money'];
  method: MethodSelection | null;
  failureCode?: string | null;
}
