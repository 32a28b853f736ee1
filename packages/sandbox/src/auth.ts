/**
 * Short-lived HMAC-signed member tokens for the sandbox. A real bank issues its own tokens; the
 * contract only says "Bearer, short-lived, 401 when bad or expired". The signing secret is
 * generated once per data dir and kept in it, so tokens survive a restart of the same sandbox but
 * are worthless against any other.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { getMeta, setMeta, type Db } from './db.js';
import { unauthorized } from './errors.js';

const PREFIX = 'bkl1';
/** Clock skew tolerated between the token issuer and this server. */
const LEEWAY_SECONDS = 5;

export interface TokenClaims {
  /** Member id. */
  sub: string;
  /** Issued at / expires at, epoch seconds. */
  iat: number;
  exp: number;
  jti: string;
}

export interface TokenService {
  issue(memberId: string, ttlSeconds: number, now?: number): { token: string; expiresAt: number };
  /** Returns the member id, or throws a 401 ApiError. */
  verify(authorization: string | undefined, now?: number): string;
}

export function loadSecret(db: Db): Buffer {
  let secret = getMeta(db, 'token_secret');
  if (!secret) {
    secret = randomBytes(32).toString('base64url');
    setMeta(db, 'token_secret', secret);
  }
  return Buffer.from(secret, 'base64url');
}

export function createTokenService(secret: Buffer): TokenService {
  const sign = (payload: string) => createHmac('sha256', secret).update(`${PREFIX}.${payload}`).digest();

  return {
    issue(memberId, ttlSeconds, now = Date.now()) {
      const iat = Math.floor(now / 1000);
      const claims: TokenClaims = { sub: memberId, iat, exp: iat + ttlSeconds, jti: randomBytes(9).toString('base64url') };
      const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return { token: `${PREFIX}.${payload}.${sign(payload).toString('base64url')}`, expiresAt: claims.exp * 1000 };
    },

    verify(authorization, now = Date.now()) {
      if (!authorization) throw unauthorized('TOKEN_MISSING', 'Authorization: Bearer <token> is required');
      const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
      if (!match) throw unauthorized('TOKEN_INVALID', 'Authorization must use the Bearer scheme');
      const parts = match[1]!.split('.');
      if (parts.length !== 3 || parts[0] !== PREFIX) throw unauthorized('TOKEN_INVALID', 'Malformed token');
      const [, payload, signature] = parts as [string, string, string];
      const expected = sign(payload);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw unauthorized('TOKEN_INVALID', 'Token signature is not valid');
      }
      let claims: TokenClaims;
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
      } catch {
        throw unauthorized('TOKEN_INVALID', 'Malformed token');
      }
      if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') throw unauthorized('TOKEN_INVALID', 'Malformed token');
      if (claims.exp + LEEWAY_SECONDS <= Math.floor(now / 1000)) throw unauthorized('TOKEN_EXPIRED', 'Token has expired');
      return claims.sub;
    },
  };
}
