/**
 * What a route handler receives and returns. Handlers are synchronous on purpose: the whole
 * request (idempotency check, business logic, stored outcome) runs inside one SQLite transaction
 * with no `await` in between, which is what makes concurrent retries safe.
 */
import type { Db } from './db.js';
import type { Locale } from './i18n.js';
import type { TokenService } from './auth.js';
import type { PointsService } from './points.js';
import type { ErrorResponse } from './errors.js';

export interface Services {
  db: Db;
  tokens: TokenService;
  points: PointsService;
}

export interface OperationContext {
  /** Authenticated member id; empty for unauthenticated operations (demo token issue). */
  memberId: string;
  params: Record<string, any>;
  query: Record<string, any>;
  /** The validated JSON body with contract defaults applied. */
  body: any;
  locale: Locale;
  /** Server time at the start of the request (epoch ms); one value per request keeps it coherent. */
  now: number;
  /** Origin of this server as the client addressed it, for absolute URLs in responses. */
  origin: string;
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: OperationContext) => Reply;
export type HandlerMap = Record<string, Handler>;

export const reply = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body,
  ...(headers ? { headers } : {}),
});

/**
 * A refusal that keeps the handler's writes (a failed OTP or PIN attempt must count even though the
 * request is refused). The request id is filled in by the pipeline.
 */
export function errorReply(
  status: number,
  error: Omit<ErrorResponse['error'], 'requestId' | 'retryable'> & { retryable?: boolean },
): Reply {
  return { status, body: { error: { retryable: false, requestId: '', ...error } } };
}
