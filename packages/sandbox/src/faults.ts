/**
 * Fault injection for tests and demos: latency, error responses, responses dropped after the
 * commit (the client sees a dead connection although the action happened — the case idempotency
 * keys exist for) and timeouts (no answer at all until the client gives up).
 *
 * Off unless the sandbox was started with `faults: true` / `--faults`, and even then only
 * configurable from loopback clients: a demo exposed on a LAN cannot be made to misbehave by
 * someone else.
 */
import type { Hono, MiddlewareHandler } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { Ajv } from 'ajv';
import { randomBytes } from 'node:crypto';
import type { Operation } from './contract.js';

export interface FaultRule {
  id: string;
  /** `*`, an operationId (`confirmPaymentIntent`) or `METHOD /path/template` (`POST /payment-intents/{intentId}/confirm`). */
  route: string;
  latencyMs: number;
  /** 0..1: share of matching requests answered with `status` instead of running. */
  errorRate: number;
  status: number;
  dropAfterCommit: boolean;
  timeout: boolean;
  /** Matching requests left before the rule removes itself; unlimited when absent. */
  remaining?: number;
}

export type FaultInput = Partial<Omit<FaultRule, 'id' | 'remaining'>> & { route: string; count?: number };

/** What the request pipeline should do, decided once per request. */
export interface FaultPlan {
  latencyMs: number;
  errorStatus?: number;
  dropAfterCommit: boolean;
  timeout: boolean;
}

const validateInput = new Ajv({ allErrors: true }).compile({
  type: 'object',
  required: ['route'],
  additionalProperties: false,
  properties: {
    route: { type: 'string', minLength: 1, maxLength: 200 },
    latencyMs: { type: 'integer', minimum: 0, maximum: 120000 },
    errorRate: { type: 'number', minimum: 0, maximum: 1 },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    dropAfterCommit: { type: 'boolean' },
    timeout: { type: 'boolean' },
    count: { type: 'integer', minimum: 1 },
  },
});

export class FaultInjector {
  private rules: FaultRule[] = [];

  constructor(readonly enabled: boolean, private readonly random: () => number = Math.random) {}

  add(input: FaultInput): FaultRule {
    const rule: FaultRule = {
      id: `flt_${randomBytes(6).toString('hex')}`,
      route: input.route,
      latencyMs: input.latencyMs ?? 0,
      errorRate: input.errorRate ?? 0,
      status: input.status ?? 503,
      dropAfterCommit: input.dropAfterCommit ?? false,
      timeout: input.timeout ?? false,
      ...(input.count !== undefined ? { remaining: input.count } : {}),
    };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r }));
  }

  clear(id?: string): number {
    const before = this.rules.length;
    this.rules = id ? this.rules.filter((r) => r.id !== id) : [];
    return before - this.rules.length;
  }

  /** Combines every matching rule into one plan and consumes one use of counted rules. */
  plan(op: Operation): FaultPlan | undefined {
    if (!this.enabled || this.rules.length === 0) return undefined;
    const matching = this.rules.filter((r) => matches(r.route, op));
    if (matching.length === 0) return undefined;
    const plan: FaultPlan = { latencyMs: 0, dropAfterCommit: false, timeout: false };
    for (const rule of matching) {
      plan.latencyMs = Math.max(plan.latencyMs, rule.latencyMs);
      if (rule.errorRate > 0 && plan.errorStatus === undefined && this.random() < rule.errorRate) plan.errorStatus = rule.status;
      plan.dropAfterCommit ||= rule.dropAfterCommit;
      plan.timeout ||= rule.timeout;
      if (rule.remaining !== undefined) rule.remaining -= 1;
    }
    this.rules = this.rules.filter((r) => r.remaining === undefined || r.remaining > 0);
    return plan;
  }
}

function matches(route: string, op: Operation): boolean {
  if (route === '*' || route === op.operationId) return true;
  const [method, path] = route.trim().split(/\s+/, 2);
  if (!method || !path) return false;
  const normalized = path.replace(/^\/v1(?=\/)/, '');
  return method.toLowerCase() === op.method && normalized === op.path;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (LOOPBACK.has(address) || address.startsWith('127.'));
}

/** `/__sandbox/faults`: GET lists, POST adds one rule, DELETE clears all (or `/:id` one). */
export function mountFaultAdmin<E extends { Bindings: HttpBindings }>(app: Hono<E>, injector: FaultInjector): void {
  const guard: MiddlewareHandler<E> = async (c, next) => {
    // Behave as if the admin API did not exist when faults are off: nothing to discover.
    if (!injector.enabled) return c.json({ error: 'faults are disabled; start the sandbox with --faults' }, 404);
    if (!isLoopback(c.env.incoming.socket.remoteAddress)) return c.json({ error: 'fault configuration is loopback-only' }, 403);
    return next();
  };
  app.use('/__sandbox/faults', guard);
  app.use('/__sandbox/faults/*', guard);
  app.get('/__sandbox/faults', (c) => c.json({ rules: injector.list() }));
  app.post('/__sandbox/faults', async (c) => {
    let input: unknown;
    try {
      input = await c.req.json();
    } catch {
      return c.json({ error: 'body must be JSON' }, 400);
    }
    if (!validateInput(input)) return c.json({ error: 'invalid fault rule', details: validateInput.errors }, 400);
    return c.json(injector.add(input as FaultInput), 201);
  });
  app.delete('/__sandbox/faults', (c) => c.json({ removed: injector.clear() }));
  app.delete('/__sandbox/faults/:id', (c) => {
    const removed = injector.clear(c.req.param('id'));
    return removed ? c.json({ removed }) : c.json({ error: 'no such rule' }, 404);
  });
}
