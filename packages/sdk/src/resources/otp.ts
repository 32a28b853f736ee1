import type { components } from '../generated/openapi.js';
import { isInteger, isString, shape } from '../guards.js';
import type { RequestOptions } from '../request.js';
import { seg, type Caller } from './caller.js';

type S = components['schemas'];
export type OtpRequest = S['OtpRequest'];
export type OtpChallenge = S['OtpChallenge'];
export type OtpVerifyRequest = S['OtpVerifyRequest'];
export type OtpVerification = S['OtpVerification'];

const isChallenge = shape({ challengeId: isString, resendAfterSeconds: isInteger, expiresAt: isString, maskedMobile: isString });
const isVerification = shape({ verificationId: isString, expiresAt: isString });

/**
 * SMS one-time passwords. Sending carries no idempotency key on purpose: a resend is a new
 * message the user asked for, and the server's rate limit (429) guards against floods.
 */
export function otpResource(call: Caller) {
  return {
    send: (body: OtpRequest, options?: RequestOptions) =>
      call<OtpChallenge>({ ...options, method: 'POST', path: '/otp', body, check: isChallenge }),
    verify: (challengeId: string, body: OtpVerifyRequest, options?: RequestOptions) =>
      call<OtpVerification>({ ...options, method: 'POST', path: `/otp/${seg(challengeId)}/verify`, body, check: isVerification }),
  };
}

export type OtpResource = ReturnType<typeof otpResource>;
