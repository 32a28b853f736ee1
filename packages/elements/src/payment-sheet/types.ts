import type { components } from '@banklet/sdk/generated';
import type { Result } from '@banklet/sdk';

type S = components['schemas'];
export type PaymentIntent = S['PaymentIntent'];
export type PaymentMethods = S['PaymentMethods'];
export type MethodSelection = S['MethodSelection'];
export type StepUpChallenge = S['StepUpChallenge'];
export type StepUpKind = S['StepUpKind'];
export type StepUp = S['StepUp'];
export type ConfirmPaymentRequest = S['ConfirmPaymentRequest'];
export type Payment = S['Payment'];
export type BoundCard = S['BoundCard'];

/** What the payment sheet needs from the client. */
export interface PaymentsApi {
  payments: {
    intent(intentId: string, options?: { signal?: AbortSignal }): Promise<Result<PaymentIntent>>;
    methods(intentId: string, options?: { signal?: AbortSignal }): Promise<Result<PaymentMethods>>;
    challenge(intentId: string, body?: { preferred?: StepUpKind }): Promise<Result<StepUpChallenge>>;
    confirm(intentId: string, body: ConfirmPaymentRequest): Promise<Result<Payment>>;
    get(paymentId: string): Promise<Result<Payment>>;
    rate(paymentId: string, body: { stars: number; comment?: string }): Promise<Result<unknown>>;
  };
}

/**
 * The host capabilities the sheet can use (a subset of @banklet/bridge). Biometric step-up goes
 * through the host; the host returns an assertion over the server's nonce, which the server
 * verifies — the sheet never trusts a host's "ok".
 */
export interface PaymentHost {
  has(method: string): boolean;
  call(method: 'biometric.verify', params: { challengeId: string; nonce: string }): Promise<{ assertion: string }>;
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
