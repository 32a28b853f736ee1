import type { components } from '../generated/openapi.js';
import { arrayOf, isBoolean, isInteger, isMoney, isString, nullable, oneOf, shape } from '../guards.js';
import type { RequestOptions } from '../request.js';
import { seg, type Caller } from './caller.js';

type S = components['schemas'];
export type PaymentIntent = S['PaymentIntent'];
export type PaymentMethods = S['PaymentMethods'];
export type StepUpChallengeRequest = S['StepUpChallengeRequest'];
export type StepUpChallenge = S['StepUpChallenge'];
export type ConfirmPaymentRequest = S['ConfirmPaymentRequest'];
export type PaymentHandoffRequest = S['PaymentHandoffRequest'];
export type PaymentHandoff = S['PaymentHandoff'];
export type Payment = S['Payment'];
export type PaymentStatus = S['PaymentStatus'];
export type RatingRequest = S['RatingRequest'];
export type Rating = S['Rating'];

const isIntent = shape({
  id: isString,
  merchant: shape({ id: isString, name: isString }),
  amount: isMoney,
  lines: arrayOf(shape({ description: isString, quantity: isInteger, amount: isMoney })),
  status: oneOf('requires_confirmation', 'processing', 'succeeded', 'expired'),
});
const isPlan = shape({ periods: oneOf(3, 6, 12), perPeriod: isMoney, firstPeriod: isMoney, fee: isMoney, total: isMoney });
const isMethods = shape({
  intentId: isString,
  cards: arrayOf(shape({ id: isString, last4: isString, available: isBoolean })),
  balance: shape({ available: isMoney, sufficient: isBoolean }),
  points: shape({ balance: isInteger, rate: shape({ points: isInteger, value: isMoney }), pointsForFullAmount: isInteger }),
  pointsCash: shape({ allowed: isBoolean, minPoints: isInteger, maxPoints: isInteger, stepPoints: isInteger }),
  instalments: shape({ available: isBoolean, minAmount: isMoney, plans: arrayOf(isPlan) }),
  passwordFreeLimit: isMoney,
});
const isChallenge = shape({ challengeId: isString, methods: arrayOf(oneOf('pin', 'biometric', 'otp')), nonce: isString });
const isPayment = shape({
  id: isString,
  intentId: isString,
  status: oneOf('succeeded', 'processing', 'failed'),
  amount: isMoney,
  cashAmount: isMoney,
  pointsUsed: isInteger,
  reference: isString,
  failureCode: nullable(isString),
});
const isRating = shape({ paymentId: isString, stars: isInteger });
const isHandoff = shape({ ticket: isString, intentId: isString });

/** Paying a merchant's payment intent: methods, step-up, confirmation, status. */
export function paymentsResource(call: Caller) {
  return {
    intent: (intentId: string, options?: RequestOptions) =>
      call<PaymentIntent>({ ...options, method: 'GET', path: `/payment-intents/${seg(intentId)}`, check: isIntent }),
    methods: (intentId: string, options?: RequestOptions) =>
      call<PaymentMethods>({ ...options, method: 'GET', path: `/payment-intents/${seg(intentId)}/methods`, check: isMethods }),
    challenge: (intentId: string, body: StepUpChallengeRequest = {}, options?: RequestOptions) =>
      call<StepUpChallenge>({ ...options, method: 'POST', path: `/payment-intents/${seg(intentId)}/challenges`, body, check: isChallenge }),
    /**
     * Pays the intent. One key per intent and body: retries, reloads and double taps replay the
     * first attempt instead of charging again. A `processing` payment keeps the key (resolve it
     * with `get`, never by paying again); `succeeded` and `failed` release it.
     */
    confirm: (intentId: string, body: ConfirmPaymentRequest, options?: RequestOptions) =>
      call<Payment>({
        ...options,
        method: 'POST',
        path: `/payment-intents/${seg(intentId)}/confirm`,
        body,
        // The step-up secret stays out of the fingerprint: it is kept (hashed) while an outcome is
        // unknown, and a keyed hash of a six-digit PIN is still a PIN to whoever can use the key.
        idempotency: { intent: `payment-confirm:${intentId}`, fingerprint: withoutSecrets(body), isTerminal: (p) => p.status !== 'processing' },
        check: isPayment,
      }),
    /**
     * A ticket handing the payment to the host's native pay page (mini-programs). One key per
     * intent and choice, like confirm, so a retry after a lost answer gets the same ticket rather
     * than one that supersedes it; the key goes once a ticket is issued, and the next tap (after
     * the person cancelled in the host) gets a fresh ticket. Settle the outcome with `intent`.
     */
    createHandoff: (intentId: string, selection: PaymentHandoffRequest, options?: RequestOptions) =>
      call<PaymentHandoff>({
        ...options,
        method: 'POST',
        path: `/payment-intents/${seg(intentId)}/handoffs`,
        body: selection,
        idempotency: { intent: `payment-handoff:${intentId}` },
        check: isHandoff,
      }),
    get: (paymentId: string, options?: RequestOptions) =>
      call<Payment>({ ...options, method: 'GET', path: `/payments/${seg(paymentId)}`, check: isPayment }),
    rate: (paymentId: string, body: RatingRequest, options?: RequestOptions) =>
      call<Rating>({
        ...options,
        method: 'POST',
        path: `/payments/${seg(paymentId)}/rating`,
        body,
        idempotency: { intent: `payment-rating:${paymentId}` },
        check: isRating,
      }),
  };
}

export type PaymentsResource = ReturnType<typeof paymentsResource>;

/** What makes two confirmations "the same payment": the choice and the step-up challenge, not its PIN, code or signature. */
function withoutSecrets(body: ConfirmPaymentRequest): unknown {
  const { stepUp, ...choice } = body;
  return stepUp ? { ...choice, stepUp: { kind: stepUp.kind, challengeId: stepUp.challengeId } } : choice;
}
