/**
 * The HTTP application: mounts every operation of the contract and runs each request through one
 * pipeline —
 *
 *   request id → CORS → fault plan → auth → parse + validate (400) → one SQLite transaction
 *   { idempotency lookup → handler (savepoint) → response validated → outcome stored } → respond
 *
 * Because handlers are synchronous and the transaction spans lookup to store, no other request can
 * interleave with an idempotent operation. A response that breaks the contract rolls the
 * transaction back and becomes a loud 500: tests assert this never happens.
 */
import { Hono, type Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type { IncomingMessage } from 'node:http';
import { renderAsset, type AssetKind } from './assets.js';
import type { Contract, Operation } from './contract.js';
import type { HandlerMap, OperationContext, Reply, Services } from './context.js';
import { ALLOWED_HEADERS, ALLOWED_METHODS, EXPOSED_HEADERS } from './cors.js';
import { ApiError, errorBody, typeForStatus } from './errors.js';
import { mountFaultAdmin, type FaultInjector, type FaultPlan } from './faults.js';
import { localize, negotiateLocale } from './i18n.js';
import { createIdempotencyStore, fingerprint } from './idempotency.js';
import { newId } from './ids.js';
import { mountInsights } from './routes/insights.js';
import { createStatic } from './static.js';
import type { ContractValidator } from './validate.js';

type Env = { Bindings: HttpBindings; Variables: { requestId: string } };

/** Bodies above this are refused before parsing; analytics batches are the largest legitimate ones. */
const MAX_BODY_BYTES = 1_000_000;

export interface AppStats {
  requests: number;
  responseViolations: number;
}

export interface AppOptions {
  contract: Contract;
  validator: ContractValidator;
  services: Services;
  handlers: HandlerMap;
  faults: FaultInjector;
  allowOrigin: (origin: string) => boolean;
  staticDirs: Record<string, string>;
  csp?: string;
  log: boolean;
  stats: AppStats;
}

class ContractViolation extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves when the client's connection closes (it gave up, or the server is shutting down). */
function untilClosed(incoming: IncomingMessage): Promise<void> {
  const socket = incoming.socket;
  if (!socket || socket.destroyed) return Promise.resolve();
  return new Promise((resolve) => socket.once('close', () => resolve()));
}

export function createApp(options: AppOptions): Hono<Env> {
  const { contract, validator, services, handlers, faults, stats } = options;
  const { db } = services;
  const idempotency = createIdempotencyStore(db);
  const memberExists = db.prepare<[string], { id: string }>('SELECT id FROM members WHERE id = ?');
  const app = new Hono<Env>();

  for (const op of contract.operations) {
    if (!handlers[op.operationId]) throw new Error(`sandbox: no handler for operation ${op.operationId} (${op.method} ${op.path})`);
  }
  const unknown = Object.keys(handlers).filter((id) => !contract.operations.some((op) => op.operationId === id));
  if (unknown.length) throw new Error(`sandbox: handlers without a contract operation: ${unknown.join(', ')}`);

  // ---------------------------------------------------------------- cross-cutting
  app.use('*', async (c, next) => {
    // A caller's own trace id is kept when it is a plain token; anything else gets ours.
    const given = c.req.header('x-request-id');
    const requestId = given && /^[A-Za-z0-9._:-]{1,64}$/.test(given) ? given : newId('req');
    c.set('requestId', requestId);
    const started = performance.now();
    const origin = c.req.header('origin');
    const allowed = origin !== undefined && options.allowOrigin(origin);

    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method')) {
      if (!allowed) return c.body(null, 403);
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin!,
        'Access-Control-Allow-Methods': ALLOWED_METHODS.join(', '),
        'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    await next();
    stats.requests += 1;
    try {
      c.res.headers.set('X-Request-Id', requestId);
    } catch {
      // Some Response factories freeze their headers; copy into a mutable response once.
      c.res = new Response(c.res.body, c.res);
      c.res.headers.set('X-Request-Id', requestId);
    }
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin!);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '));
      c.res.headers.append('Vary', 'Origin');
    }
    if (options.log) {
      console.log(`${c.req.method} ${new URL(c.req.url).pathname} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
    }
  });

  // ---------------------------------------------------------------- sandbox-only routes
  mountFaultAdmin(app, faults);
  mountInsights(app, db);
  app.get('/__sandbox/health', (c) =>
    c.json({ ok: true, faultsEnabled: faults.enabled, requests: stats.requests, responseViolations: stats.responseViolations }),
  );
  app.get('/__sandbox/assets/:kind/:file', (c) => {
    const kind = c.req.param('kind') as AssetKind;
    const file = c.req.param('file');
    if (!['product', 'item', 'offer'].includes(kind) || !file.endsWith('.svg')) return c.notFound();
    return c.body(renderAsset(kind, decodeURIComponent(file.slice(0, -4))), 200, {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=3600',
    });
  });
  const selectDocument = db.prepare<[string, string], { texts: string }>('SELECT texts FROM terms WHERE id = ? AND version = ?');
  app.get('/__sandbox/documents/:id/:version', (c) => {
    const row = selectDocument.get(c.req.param('id'), c.req.param('version'));
    if (!row) return c.notFound();
    const texts = localize<'title' | 'content'>(row.texts, c.req.query('lang') === 'en' ? 'en' : 'zh-CN');
    return c.text(`${texts.title}\n\n${texts.content}\n`);
  });

  // ---------------------------------------------------------------- the contract
  for (const op of contract.operations) {
    const path = `${contract.basePath}${op.path.replace(/\{(\w+)\}/g, ':$1')}`;
    app.on(op.method.toUpperCase(), path, (c) => handleOperation(c, op));
  }

  const json = (c: Context<Env>, status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers, 'X-Request-Id': c.get('requestId') },
    });

  /** Sends an error, checking it against the contract like any other response. */
  function sendError(c: Context<Env>, op: Operation | undefined, error: ApiError): Response {
    const body = errorBody(error.type, error.code, error.message, c.get('requestId'), error.fields);
    if (op) {
      const problems = validator.checkResponse(op, error.status, body);
      if (problems) return violation(c, op, error.status, problems);
    }
    return json(c, error.status, body, error.headers);
  }

  function violation(c: Context<Env>, op: Operation, status: number, problems: string[]): Response {
    stats.responseViolations += 1;
    console.error(
      `\n✖✖ CONTRACT VIOLATION in ${op.operationId} (${op.method.toUpperCase()} ${op.path}) → ${status}\n  ${problems.join('\n  ')}\n`,
    );
    return json(c, 500, errorBody('server', 'CONTRACT_VIOLATION', 'The server produced a response that breaks the API contract', c.get('requestId')));
  }

  async function readBody(c: Context<Env>, op: Operation): Promise<unknown> {
    if (!op.requestBody) return undefined;
    const declared = Number(c.req.header('content-length') ?? 0);
    const tooLarge = () =>
      op.responses['413']
        ? new ApiError(413, 'validation', 'BODY_TOO_LARGE', `Bodies are limited to ${MAX_BODY_BYTES} bytes`)
        : new ApiError(400, 'validation', 'BODY_TOO_LARGE', `Bodies are limited to ${MAX_BODY_BYTES} bytes`, [{ field: 'body', code: 'TOO_LONG', params: { max: MAX_BODY_BYTES } }]);
    if (declared > MAX_BODY_BYTES) throw tooLarge();
    const text = await c.req.text();
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw tooLarge();
    if (text.trim() === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ApiError(400, 'validation', 'MALFORMED_JSON', 'The body is not valid JSON', [{ field: 'body', code: 'INVALID_JSON' }]);
    }
  }

  function injectedError(c: Context<Env>, status: number): Response {
    const type = typeForStatus(status);
    const body = errorBody(type, 'INJECTED_FAULT', `Fault injected by the sandbox (status ${status})`, c.get('requestId'));
    return json(c, status, body, { 'X-Sandbox-Fault': 'error', ...(status === 429 || status === 503 ? { 'Retry-After': '1' } : {}) });
  }

  async function handleOperation(c: Context<Env>, op: Operation): Promise<Response> {
    const plan: FaultPlan | undefined = faults.plan(op);
    if (plan?.latencyMs) await sleep(plan.latencyMs);
    if (plan?.timeout) {
      await untilClosed(c.env.incoming);
      return new Response(null, { status: 504 });
    }
    if (plan?.errorStatus !== undefined) return injectedError(c, plan.errorStatus);

    let response: Response;
    try {
      response = await execute(c, op);
    } catch (error) {
      if (error instanceof ApiError) response = sendError(c, op, error);
      else if (error instanceof ContractViolation) response = json(c, 500, errorBody('server', 'CONTRACT_VIOLATION', error.message, c.get('requestId')));
      else {
        console.error(`sandbox: ${op.operationId} failed`, error);
        const busy = (error as { code?: string })?.code === 'SQLITE_BUSY';
        response = json(c, 500, errorBody('server', busy ? 'STORE_BUSY' : 'INTERNAL', busy ? 'The store is busy; retry' : 'Internal error', c.get('requestId')));
      }
    }
    if (plan?.dropAfterCommit) {
      // Whatever happened is committed; the client just never hears about it.
      c.env.incoming.socket.destroy();
    }
    return response;
  }

  async function execute(c: Context<Env>, op: Operation): Promise<Response> {
    const now = Date.now();
    let memberId = '';
    if (op.authenticated) {
      memberId = services.tokens.verify(c.req.header('authorization'), now);
      if (!memberExists.get(memberId)) throw new ApiError(401, 'auth', 'TOKEN_INVALID', 'The token names an unknown member');
    }
    const rawBody = await readBody(c, op);
    const headers: Record<string, string | undefined> = {};
    for (const p of op.parameters) if (p.in === 'header') headers[p.name.toLowerCase()] = c.req.header(p.name);
    const checked = validator.checkRequest(op, {
      params: c.req.param() as Record<string, string>,
      query: c.req.query(),
      headers,
      // Validation fills in defaults, so it gets its own copy; the fingerprint uses what was sent.
      body: rawBody === undefined ? undefined : structuredClone(rawBody),
    });
    if (!checked.ok) throw new ApiError(400, 'validation', 'VALIDATION_FAILED', 'The request is not valid', checked.fields);

    const locale = negotiateLocale(c.req.header('accept-language'));
    const url = new URL(c.req.url);
    const ctx: OperationContext = {
      memberId,
      params: checked.value.params,
      query: checked.value.query,
      body: checked.value.body,
      locale,
      now,
      origin: url.origin,
    };
    const key = op.idempotency === 'none' ? undefined : c.req.header('idempotency-key');
    const print = key ? fingerprint(op.method, url.pathname, rawBody) : '';
    const scope = memberId || 'anonymous';
    const handler = handlers[op.operationId]!;
    // Nested better-sqlite3 transactions are savepoints: a thrown ApiError undoes the handler's
    // writes but not the enclosing transaction, so a decline can still be stored under its key.
    const runHandler = db.transaction((context: OperationContext) => handler(context));

    const outcome = db.transaction((): Reply & { replayed?: boolean } => {
      if (key) {
        const found = idempotency.lookup(scope, key, print);
        if (found.kind === 'replay') return { ...found.outcome, replayed: true };
        if (found.kind === 'mismatch') {
          throw new ApiError(422, 'validation', 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different request', [
            { field: 'header.Idempotency-Key', code: 'IDEMPOTENCY_KEY_REUSED' },
          ]);
        }
      }
      let result: Reply;
      try {
        result = runHandler(ctx);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        result = {
          status: error.status,
          body: errorBody(error.type, error.code, error.message, c.get('requestId'), error.fields),
          ...(error.headers ? { headers: error.headers } : {}),
        };
      }
      const errorPart = (result.body as { error?: { requestId: string; type: string } }).error;
      if (errorPart && errorPart.requestId === '') errorPart.requestId = c.get('requestId');
      const problems = validator.checkResponse(op, result.status, result.body);
      if (problems) {
        violation(c, op, result.status, problems);
        throw new ContractViolation('The server produced a response that breaks the API contract');
      }
      // Stored: successes and business declines. Not stored: refusals before anything ran
      // (validation, auth, step-up, conflicts), so the same key can be retried once fixed.
      if (key && (result.status < 300 || errorPart?.type === 'declined')) {
        idempotency.store(scope, key, print, op.operationId, { status: result.status, body: result.body });
      }
      return result;
    });
    const result = op.method === 'get' ? outcome.deferred() : outcome.immediate();

    return json(c, result.status, result.body, {
      ...result.headers,
      'Content-Language': locale,
      ...(result.replayed ? { 'Idempotent-Replayed': 'true' } : {}),
    });
  }

  // ---------------------------------------------------------------- everything else
  const serveStatic = createStatic({ dirs: options.staticDirs, ...(options.csp ? { csp: options.csp } : {}) });
  app.all('*', async (c) => {
    const path = new URL(c.req.url).pathname;
    if (!path.startsWith(`${contract.basePath}/`) && !path.startsWith('/__sandbox/')) {
      const file = await serveStatic(c.req.raw);
      if (file) return file;
    }
    return sendError(c, undefined, new ApiError(404, 'validation', 'ROUTE_NOT_FOUND', `No route for ${c.req.method} ${path}`));
  });
  app.notFound((c) => sendError(c, undefined, new ApiError(404, 'validation', 'ROUTE_NOT_FOUND', `No route for ${c.req.method} ${new URL(c.req.url).pathname}`)));
  app.onError((error, c) => {
    console.error('sandbox: unhandled error', error);
    return json(c, 500, errorBody('server', 'INTERNAL', 'Internal error', c.get('requestId') ?? newId('req')));
  });
  return app;
}
