/**
 * State survives a hard kill: the CLI runs as a child process, a write is acknowledged, the
 * process is killed with SIGKILL (no shutdown hook runs), and a new process on the same data dir
 * serves the same data — including tokens, whose signing secret lives in the data dir.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { call, killHard, newKey, startCli, tempDir } from './helpers.js';

test('a redemption, a check-in, an idempotency record and a token survive SIGKILL and restart', async () => {
  const dataDir = tempDir();
  try {
    const first = await startCli(dataDir);
    const api = `${first.url}/v1`;
    const token = (await call(api, 'POST', '/demo/tokens', { body: { memberId: 'm-high', ttlSeconds: 3600 } })).body.token as string;
    const key = newKey();
    const redemption = await call(api, 'POST', '/rewards/redemptions', { token, key, body: { itemId: 'g-mug' } });
    assert.equal(redemption.status, 201);
    const checkIn = await call(api, 'POST', '/rewards/check-ins', { token, key: newKey() });
    assert.equal(checkIn.status, 201);
    await killHard(first.child);

    const second = await startCli(dataDir);
    try {
      const api2 = `${second.url}/v1`;
      // The old token still verifies: the secret is per data dir, not per process.
      const read = await call(api2, 'GET', `/rewards/redemptions/${redemption.body.id}`, { token });
      assert.equal(read.status, 200);
      assert.deepEqual(read.body, redemption.body);
      const replay = await call(api2, 'POST', '/rewards/redemptions', { token, key, body: { itemId: 'g-mug' } });
      assert.equal(replay.headers.get('idempotent-replayed'), 'true', 'the idempotency record survived too');
      assert.equal(replay.body.id, redemption.body.id);
      const state = await call(api2, 'GET', '/rewards/check-ins', { token });
      assert.equal(state.body.checkedInToday, true);
      const account = await call(api2, 'GET', '/rewards/account', { token });
      assert.equal(account.body.balance, checkIn.body.balanceAfter);
    } finally {
      await killHard(second.child);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('SIGTERM shuts the CLI down cleanly', async () => {
  const dataDir = tempDir();
  try {
    const { child, url } = await startCli(dataDir);
    assert.equal((await call(`${url}/v1`, 'GET', '/card-products')).status, 401);
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exit, 0);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
