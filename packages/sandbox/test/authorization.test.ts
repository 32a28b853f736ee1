/**
 * Member isolation and token checks: member A cannot read or act on member B's applications,
 * payments, intents, redemptions or OTP challenges (404, exactly like an id that does not exist);
 * bad, forged and expired tokens are 401.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTokenService } from '../src/auth.js';
import { makeIdNumber } from '../src/id-number.js';
import { call, count, newKey, startTestSandbox, type TestSandbox } from './helpers.js';

let sandbox: TestSandbox;
let tokenA: string;
let tokenB: string;
before(async () => {
  sandbox = await startTestSandbox();
  tokenA = await sandbox.token('m-high');
  tokenB = await sandbox.token('m-mid');
});
after(() => sandbox.dispose());

async function applicationOf(token: string): Promise<string> {
  const mobile = '13800138000';
  const otp = await call(sandbox.api, 'POST', '/otp', { token, body: { mobile, purpose: 'card_application' } });
  const verified = await call(sandbox.api, 'POST', `/otp/${otp.body.challengeId}/verify`, { token, body: { code: '246810' } });
  const terms = await call(sandbox.api, 'GET', '/terms?product=p-cashback', { token });
  const result = await call(sandbox.api, 'POST', '/card-applications', {
    token,
    key: newKey(),
    body: {
      productId: 'p-cashback',
      applicant: { name: '李雷', idNumber: makeIdNumber(), mobile, email: 'li@example.com' },
      employment: { employer: 'ACME', occupation: 'Designer', incomeBand: '10k_20k' },
      address: { province: '上海市', city: '上海市', line1: '南京西路 1 号' },
      consents: terms.body.items.map((t: { id: string; version: string }) => ({ documentId: t.id, version: t.version })),
      otpVerificationId: verified.body.verificationId,
      attribution: { channel: 'app_webview' },
    },
  });
  assert.equal(result.status, 201, JSON.stringify(result.body));
  return result.body.id;
}

test("member A cannot see or act on member B's resources (404 like a missing id)", async () => {
  const applicationId = await applicationOf(tokenB);
  const intent = await call(sandbox.api, 'POST', '/demo/payment-intents', { token: tokenB });
  const payment = await call(sandbox.api, 'POST', `/payment-intents/${intent.body.id}/confirm`, {
    token: tokenB,
    key: newKey(),
    body: { method: { kind: 'balance' } },
  });
  assert.equal(payment.status, 200);
  const redemption = await call(sandbox.api, 'POST', '/rewards/redemptions', { token: tokenB, key: newKey(), body: { itemId: 'c-takeout' } });
  assert.equal(redemption.status, 201);
  const otp = await call(sandbox.api, 'POST', '/otp', { token: tokenB, body: { mobile: '13900139000', purpose: 'payment' } });

  const foreign: [string, string, unknown?][] = [
    ['GET', `/card-applications/${applicationId}`],
    ['POST', `/card-applications/${applicationId}/activation`, { encryptedPinBlock: 'AAAAAAAAAAAAAAAAAAAA', keyId: 'sandbox-pin-key-1' }],
    ['GET', `/payment-intents/${intent.body.id}`],
    ['GET', `/payment-intents/${intent.body.id}/methods`],
    ['POST', `/payment-intents/${intent.body.id}/challenges`, {}],
    ['POST', `/payment-intents/${intent.body.id}/confirm`, { method: { kind: 'balance' } }],
    ['GET', `/payments/${payment.body.id}`],
    ['POST', `/payments/${payment.body.id}/rating`, { stars: 1 }],
    ['GET', `/rewards/redemptions/${redemption.body.id}`],
    ['POST', `/otp/${otp.body.challengeId}/verify`, { code: '246810' }],
  ];
  for (const [method, path, body] of foreign) {
    const asA = await call(sandbox.api, method, path, { token: tokenA, key: newKey(), ...(body !== undefined ? { body } : {}) });
    assert.equal(asA.status, 404, `${method} ${path} as another member → ${asA.status} ${asA.text}`);
    assert.equal(asA.body.error.code, 'NOT_FOUND');
    const missing = await call(sandbox.api, method, path.replace(/(app|pi|pay|red|otp)_[a-z0-9]+/, '$1_00000000000000000000'), {
      token: tokenA,
      key: newKey(),
      ...(body !== undefined ? { body } : {}),
    });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.message, asA.body.error.message, 'a foreign id must be indistinguishable from a missing one');
  }
  // B's resources are untouched by A's attempts.
  const stillB = await call(sandbox.api, 'GET', `/payments/${payment.body.id}`, { token: tokenB });
  assert.equal(stillB.status, 200);
  assert.equal(count(sandbox.db(), 'ratings', 'payment_id = ?', payment.body.id), 0, "A's rating attempt was stored");
  assert.equal(count(sandbox.db(), 'cards', 'application_id = ?', applicationId), 0, "A's activation attempt created a card");
});

test("each member's ledger and account are their own", async () => {
  const a = await call(sandbox.api, 'GET', '/rewards/ledger?limit=100', { token: tokenA });
  const b = await call(sandbox.api, 'GET', '/rewards/ledger?limit=100', { token: tokenB });
  const db = sandbox.db();
  const idsOfB = new Set((db.prepare("SELECT id FROM ledger WHERE member_id = 'm-mid'").all() as { id: number }[]).map((r) => String(r.id)));
  assert.ok(a.body.items.length > 0 && b.body.items.length > 0);
  assert.ok(a.body.items.every((e: { id: string }) => !idsOfB.has(e.id)), "A's ledger contains B's entries");
  assert.ok(b.body.items.every((e: { id: string }) => idsOfB.has(e.id)));
  const accountA = await call(sandbox.api, 'GET', '/rewards/account', { token: tokenA });
  assert.equal(accountA.body.memberId, 'm-high');
});

test('missing, malformed, forged and expired tokens are 401 with the auth error shape', async () => {
  const secret = Buffer.from(
    (sandbox.db().prepare("SELECT value FROM meta WHERE key = 'token_secret'").get() as { value: string }).value,
    'base64url',
  );
  const expired = createTokenService(secret).issue('m-high', 60, Date.now() - 3_600_000).token;
  const foreignSecret = createTokenService(Buffer.alloc(32, 7)).issue('m-high', 600).token;
  const cases: [string, Record<string, string>][] = [
    ['TOKEN_MISSING', {}],
    ['TOKEN_INVALID', { Authorization: 'Basic abc' }],
    ['TOKEN_INVALID', { Authorization: 'Bearer not-a-token' }],
    ['TOKEN_INVALID', { Authorization: `Bearer ${foreignSecret}` }],
    ['TOKEN_INVALID', { Authorization: `Bearer ${tokenA.slice(0, -2)}xx` }],
    ['TOKEN_EXPIRED', { Authorization: `Bearer ${expired}` }],
  ];
  for (const [code, headers] of cases) {
    const result = await call(sandbox.api, 'GET', '/rewards/account', { headers });
    assert.equal(result.status, 401, code);
    assert.equal(result.body.error.type, 'auth');
    assert.equal(result.body.error.code, code, JSON.stringify(headers));
    assert.equal(result.body.error.retryable, false);
    assert.equal(result.body.error.requestId, result.headers.get('x-request-id'));
  }
});
