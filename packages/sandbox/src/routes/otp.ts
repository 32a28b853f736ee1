/**
 * SMS one-time passwords. The sandbox sends nothing; the code is always `246810` (contract).
 * What it does enforce like a real bank: resend throttling, expiry, a cap on wrong attempts, and a
 * verification id that is bound to the member, the mobile and the purpose and usable once.
 */
import type { components } from '../../../sdk/src/generated/openapi.js';
import type { HandlerMap, Services } from '../context.js';
import { errorReply, reply } from '../context.js';
import { ApiError, notFound, unprocessable } from '../errors.js';
import { newId } from '../ids.js';
import { OTP_MAX_ATTEMPTS, OTP_RESEND_SECONDS, OTP_TTL_MS, OTP_VERIFICATION_TTL_MS, SANDBOX_OTP_CODE } from '../reference.js';
import { iso } from '../time.js';
import { maskMobile } from './cards.js';

type S = components['schemas'];

interface ChallengeRow {
  id: string;
  attempts: number;
  expires_at: number;
  verification_id: string | null;
  verified_at: number | null;
}

export function otpHandlers({ db }: Services): HandlerMap {
  const lastSent = db.prepare<[string, string, string], { created_at: number }>(
    'SELECT created_at FROM otp_challenges WHERE member_id = ? AND mobile = ? AND purpose = ? ORDER BY created_at DESC LIMIT 1',
  );
  const insert = db.prepare(
    'INSERT INTO otp_challenges (id, member_id, mobile, purpose, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const select = db.prepare<[string, string], ChallengeRow>(
    'SELECT id, attempts, expires_at, verification_id, verified_at FROM otp_challenges WHERE id = ? AND member_id = ?',
  );
  const countAttempt = db.prepare('UPDATE otp_challenges SET attempts = attempts + 1 WHERE id = ?');
  const markVerified = db.prepare('UPDATE otp_challenges SET verification_id = ?, verified_at = ? WHERE id = ?');

  return {
    sendOtp({ memberId, body, now }) {
      const request = body as S['OtpRequest'];
      const previous = lastSent.get(memberId, request.mobile, request.purpose);
      if (previous) {
        const wait = Math.ceil((previous.created_at + OTP_RESEND_SECONDS * 1000 - now) / 1000);
        if (wait > 0) {
          throw new ApiError(429, 'rate_limited', 'OTP_RESEND_TOO_SOON', `Wait ${wait} s before requesting another code`, undefined, {
            'Retry-After': String(wait),
          });
        }
      }
      const id = newId('otp');
      insert.run(id, memberId, request.mobile, request.purpose, now, now + OTP_TTL_MS);
      const result: S['OtpChallenge'] = {
        challengeId: id,
        resendAfterSeconds: OTP_RESEND_SECONDS,
        expiresAt: iso(now + OTP_TTL_MS),
        maskedMobile: maskMobile(request.mobile),
        codeLength: 6,
      };
      return reply(201, result);
    },

    verifyOtp({ memberId, params, body, now }) {
      const { code } = body as S['OtpVerifyRequest'];
      const challenge = select.get(params.challengeId, memberId);
      if (!challenge) throw notFound('OTP challenge');
      // Verifying twice (a retry after a lost response) gives the same verification back.
      if (challenge.verification_id && challenge.verified_at !== null) {
        const result: S['OtpVerification'] = {
          verificationId: challenge.verification_id,
          expiresAt: iso(challenge.verified_at + OTP_VERIFICATION_TTL_MS),
        };
        return reply(200, result);
      }
      if (now >= challenge.expires_at) {
        throw unprocessable('OTP_EXPIRED', 'The code has expired; request a new one', [{ field: 'code', code: 'OTP_EXPIRED' }]);
      }
      if (challenge.attempts >= OTP_MAX_ATTEMPTS) {
        throw unprocessable('OTP_LOCKED', 'Too many wrong codes; request a new one', [{ field: 'code', code: 'OTP_LOCKED' }]);
      }
      if (code !== SANDBOX_OTP_CODE) {
        // Returned rather than thrown so the attempt counter is committed.
        countAttempt.run(challenge.id);
        const remaining = OTP_MAX_ATTEMPTS - challenge.attempts - 1;
        return errorReply(422, {
          type: 'validation',
          code: remaining > 0 ? 'OTP_INCORRECT' : 'OTP_LOCKED',
          message: remaining > 0 ? 'The code is not correct' : 'Too many wrong codes; request a new one',
          fields: [{ field: 'code', code: remaining > 0 ? 'OTP_INCORRECT' : 'OTP_LOCKED', params: { attemptsRemaining: remaining } }],
        });
      }
      const verificationId = newId('otv');
      markVerified.run(verificationId, now, challenge.id);
      const result: S['OtpVerification'] = { verificationId, expiresAt: iso(now + OTP_VERIFICATION_TTL_MS) };
      return reply(200, result);
    },
  };
}
