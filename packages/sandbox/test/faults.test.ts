/**
 * Fault injection: absent unless the sandbox starts with `faults: true`, configurable only from
 * loopback, and faithful — a response dropped after the commit really committed (and the retry
 * with the same key replays it), a timeout never answers, errors and latency apply per route.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { networkInterfaces } from 'node:os';
import { call, count, newKey, startTestSandbox, type TestSandbox } from './helpers.js';

describe('without the faults flag', () => {
  let sandbox: TestSandbox;
  before(async () => {
    sandbox = await startTestSandbox();
  });
  after(() => sandbox.dispose());

  test('the admin route does not exist and requests are unaffected', async () => {
    const add = await call(sandbox.url, 'POST', '/__sandbox/faults', { body: { route: '*', errorRate: 1, status: 500 } });
    assert.equal(add.status, 404);
    assert.equal((await call(sandbox.url, 'GET', '/__sandbox/faults')).status, 404);
    const token = await sandbox.token('m-high');
    assert.equal((await call(sandbox.api, 'GET', '/rewards/account', { token })).status, 200);
    const health = await call(sandbox.url, 'GET', '/__sandbox/health');
    assert.equal(health.body.faultsEnabled, false);
  });
});

describe('with the faults flag', () => {
  let sandbox: TestSandbox;
  let token: string;
  before(async () => {
    sandbox = await startTestSandbox({ faults: true, host: '0.0.0.0' });
    token = await sandbox.token('m-high');
  });
  after(() => sandbox.dispose());

  const addFault = async (rule: Record<string, unknown>) => {
    const result = await call(sandbox.url, 'POST', '/__sandbox/faults', { body: rule });
    assert.equal(result.status, 201, result.text);
    return result.body as { id: string };
  };
  const clear = () => call(sandbox.url, 'DELETE', '/__sandbox/faults');

  test('error injection with a count, by operationId; nothing runs', async () => {
    await addFault({ route: 'createRedemption', errorRate: 1, status: 503, count: 2 });
    const before = count(sandbox.db(), 'redemptions');
    for (let i = 0; i < 2; i += 1) {
      const result = await call(sandbox.api, 'POST', '/rewards/redemptions', { token, key: newKey(), body: { itemId: 'c-takeout' } });
      assert.equal(result.status, 503);
      assert.equal(result.body.error.type, 'server');
      assert.equal(result.body.error.retryable, true);
      assert.equal(result.headers.get('retry-after'), '1');
    }
    assert.equal(count(sandbox.db(), 'redemptions'), before);
    const third = await call(sandbox.api, 'POST', '/rewards/redemptions', { token, key: newKey(), body: { itemId: 'c-takeout' } });
    assert.equal(third.status, 201, 'the rule expired after its count');
    assert.deepEqual((await call(sandbox.url, 'GET', '/__sandbox/faults')).body.rules, []);
  });

  test('429 injection by METHOD /path template; other routes unaffected', async () => {
    await addFault({ route: 'GET /rewards/ledger', errorRate: 1, status: 429 });
    const limited = await call(sandbox.api, 'GET', '/rewards/ledger', { token });
    assert.equal(limited.status, 429);
    assert.equal(limited.body.error.type, 'rate_limited');
    assert.equal((await call(sandbox.api, 'GET', '/rewards/account', { token })).status, 200);
    await clear();
    assert.equal((await call(sandbox.api, 'GET', '/rewards/ledger', { token })).status, 200);
  });

  test('latency delays the answer', async () => {
    await addFault({ route: 'getRewardsAccount', latencyMs: 300 });
    const started = performance.now();
    assert.equal((await call(sandbox.api, 'GET', '/rewards/account', { token })).status, 200);
    assert.ok(performance.now() - started >= 290, 'answered too early');
    await clear();
  });

  test('drop after commit: the client sees a dead connection, the redemption is committed, the retry replays it', async () => {
    await addFault({ route: 'POST /v1/rewards/redemptions', dropAfterCommit: true, count: 1 });
    const key = newKey();
    const before = count(sandbox.db(), 'redemptions', "member_id = 'm-high'");
    await assert.rejects(call(sandbox.api, 'POST', '/rewards/redemptions', { token, key, body: { itemId: 'c-movie' } }));
    assert.equal(count(sandbox.db(), 'redemptions', "member_id = 'm-high'"), before + 1, 'the dropped request did commit');
    const retry = await call(sandbox.api, 'POST', '/rewards/redemptions', { token, key, body: { itemId: 'c-movie' } });
    assert.equal(retry.status, 201);
    assert.equal(retry.headers.get('idempotent-replayed'), 'true');
    assert.equal(count(sandbox.db(), 'redemptions', "member_id = 'm-high'"), before + 1, 'the retry did not redeem again');
  });

  test('timeout: no answer until the client gives up; the server still closes promptly later', async () => {
    await addFault({ route: 'getCheckInState', timeout: true });
    const started = performance.now();
    await assert.rejects(call(sandbox.api, 'GET', '/rewards/check-ins', { token, signal: AbortSignal.timeout(400) }), /abort|timeout/i);
    assert.ok(performance.now() - started >= 390);
    await clear();
    assert.equal((await call(sandbox.api, 'GET', '/rewards/check-ins', { token })).status, 200);
  });

  test('an invalid fault rule is refused', async () => {
    const result = await call(sandbox.url, 'POST', '/__sandbox/faults', { body: { route: '*', errorRate: 2 } });
    assert.equal(result.status, 400);
  });

  test('fault configuration is refused from a non-loopback address', async (t) => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return t.skip('no non-loopback interface on this machine');
    const url = `http://${external.address}:${sandbox.port}`;
    const result = await call(url, 'POST', '/__sandbox/faults', { body: { route: '*', errorRate: 1 } });
    assert.equal(result.status, 403);
    assert.deepEqual((await call(sandbox.url, 'GET', '/__sandbox/faults')).body.rules, []);
  });
});
