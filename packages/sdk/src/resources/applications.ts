import type { components } from '../generated/openapi.js';
import { isBoolean, isString, nullable, isMoney, oneOf, shape } from '../guards.js';
import type { RequestOptions } from '../request.js';
import { seg, type Caller } from './caller.js';

type S = components['schemas'];
export type CardApplicationRequest = S['CardApplicationRequest'];
export type CardApplication = S['CardApplication'];
export type ApplicationStatus = S['ApplicationStatus'];
export type ActivationRequest = S['ActivationRequest'];
export type Activation = S['Activation'];

const isApplication = shape({
  id: isString,
  reference: isString,
  status: oneOf('approved', 'pending', 'declined', 'referred'),
  creditLimit: nullable(isMoney),
  reasonCode: nullable(isString),
  activated: isBoolean,
});
const isActivation = shape({
  applicationId: isString,
  status: oneOf('active'),
  card: shape({ id: isString, last4: isString, maskedNumber: isString, expiry: isString }),
});

/** Card applications: submit, poll the decision, activate the approved card. */
export function applicationsResource(call: Caller) {
  return {
    /**
     * Submits an application. The idempotency key is kept while the decision is `pending`, so a
     * repeat of the same submission replays the recorded one instead of applying twice.
     */
    submit: (body: CardApplicationRequest, options?: RequestOptions) =>
      call<CardApplication>({
        ...options,
        method: 'POST',
        path: '/card-applications',
        body,
        idempotency: { intent: `card-application:${body.productId}`, isTerminal: (a) => a.status !== 'pending' },
        check: isApplication,
      }),
    /** Current state of an application (resolves `pending`). */
    get: (applicationId: string, options?: RequestOptions) =>
      call<CardApplication>({ ...options, method: 'GET', path: `/card-applications/${seg(applicationId)}`, check: isApplication }),
    /** Sets the PIN (encrypted on the device) and activates the approved card. */
    activate: (applicationId: string, body: ActivationRequest, options?: RequestOptions) =>
      call<Activation>({
        ...options,
        method: 'POST',
        path: `/card-applications/${seg(applicationId)}/activation`,
        body,
        idempotency: { intent: `card-activation:${applicationId}` },
        check: isActivation,
      }),
  };
}

export type ApplicationsResource = ReturnType<typeof applicationsResource>;
