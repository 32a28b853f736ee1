/**
 * The server's own response validation: a handler that answers with a body the contract does not
 * allow must produce a loud 500 CONTRACT_VIOLATION, be counted, and roll back what it wrote — the
 * guarantee behind "tests assert an invalid response never happens".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { createApp, type AppStats } from '../src/app.js';
import { createTokenService, loadSecret } from '../src/auth.js';
import { loadContract } from '../src/contract.js';
import type { HandlerMap } from '../src/context.js';
import { openDb } from '../src/db.js';
import { FaultInjector } from '../src/faults.js';
import { createPointsService } from '../src/points.js';
import { createHandlers } from '../src/routes/index.js';
import { seedIfEmpty } from '../src/seed.js';
import { contractValidator } from '../src/validate.js';
import { count, tempDir } from './helpers.js';

test('a response that breaks the contract becomes a 500, is counted and rolls back its writes', async () => {
  const dir = tempDir();
  const { db } = openDb(dir);
  try {
    seedIfEmpty(db);
    const tokens = createTokenService(loadSecret(db));
    const services = { db, tokens, points: createPointsService(db) };
    const real = createHandlers(services);
    const handlers: HandlerMap = {
      ...real,
      // Does the real work, then answers with a balance that is a string.
      checkIn: (ctx) => {
        const result = real.checkIn!(ctx);
        return { ...result, body: { ...(result.body as object), balanceAfter: 'lots' } };
      },
      // A status the contract does not declare for this operation.
      getRewardsAccount: () => ({ status: 202, body: {} }),
    };
    const stats: AppStats = { requests: 0, responseViolations: 0 };
    const contract = loadContract();
    const app = createApp({
      contract,
      validator: contractValidator(contract),
      services,
      handlers,
      faults: new FaultInjector(false),
      allowOrigin: () => false,
      staticDirs: {},
      log: false,
      stats,
    });
    const token = tokens.issue('m-low', 600).token;
    const headers = { Authorization: `Bearer ${token}`, 'Idempotency-Key': 'guard-test-key-1' };

    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const checkIn = await app.request('/v1/rewards/check-ins', { method: 'POST', headers });
      assert.equal(checkIn.status, 500);
      const body = (await checkIn.json()) as { error: { code: string; type: string; retryable: boolean } };
      assert.deepEqual([body.error.code, body.error.type, body.error.retryable], ['CONTRACT_VIOLATION', 'server', true]);
      assert.equal(count(db, 'check_ins', "member_id = 'm-low'"), 0, 'the check-in was rolled back');
      assert.equal(count(db, 'idempotency', "key = 'guard-test-key-1'"), 0, 'no outcome was stored under the key');

      const account = await app.request('/v1/rewards/account', { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(account.status, 500);
    } finally {
      console.error = original;
    }
    assert.equal(stats.responseViolations, 2);
    assert.ok(errors.some((e) => String((e as unknown[])[0]).includes('CONTRACT VIOLATION in checkIn')), 'the violation was logged');
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a server missing a handler for any contract operation refuses to start', () => {
  const dir = tempDir();
  const { db } = openDb(dir);
  try {
    seedIfEmpty(db);
    const services = { db, tokens: createTokenService(loadSecret(db)), points: createPointsService(db) };
    const { confirmPaymentIntent: _dropped, ...handlers } = createHandlers(services);
    const contract = loadContract();
    assert.throws(
      () =>
        createApp({
          contract,
          validator: contractValidator(contract),
          services,
          handlers,
          faults: new FaultInjector(false),
          allowOrigin: () => false,
          staticDirs: {},
          log: false,
          stats: { requests: 0, responseViolations: 0 },
        }),
      /no handler for operation confirmPaymentIntent/,
    );
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
