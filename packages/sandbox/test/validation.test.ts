/**
 * Malformed input is refused with 400 and field-level errors in the one error shape, and nothing
 * is written: no application, no OTP use, no idempotency record, no ledger entry.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { makeIdNumber } from '../src/id-number.js';
import { call, count, newKey, startTestSandbox, type TestSandbox } from './helpers.js';

let sandbox: TestSandbox;
let token: string;
before(async () => {
  sandbox = await startTestSandbox();
  token = await sandbox.token('m-low');
});
after(() => sandbox.dispose());

/** Row counts of every table a mutating request could touch. */
function snapshot(): Record<string, number> {
  const db = sandbox.db();
  const tables = ['card_applications', 'cards', 'otp_challenges', 'redemptions', 'ledger', 'payments', 'idempotency', 'analytics_events', 'check_ins', 'offer_claims'];
  return Object.fromEntries(tables.map((t) => [t, count(db, t)]));
}

let mobiles = 0;
async function validApplication() {
  // A new number each time: the OTP resend throttle is per mobile.
  mobiles += 1;
  const mobile = `1370013${String(mobiles).padStart(4, '0')}`;
  const otp = await call(sandbox.api, 'POST', '/otp', { token, body: { mobile, purpose: 'card_application' } });
  assert.equal(otp.status, 201, otp.text);
  const verified = await call(sandbox.api, 'POST', `/otp/${otp.body.challengeId}/verify`, { token, body: { code: '246810' } });
  const terms = await call(sandbox.api, 'GET', '/terms?product=p-young', { token });
  return {
    productId: 'p-young',
    applicant: { name: '韩梅梅', idNumber: makeIdNumber({ birthDate: '1998-11-02' }), mobile, email: 'han@example.com' },
    employment: { employer: 'School', occupation: 'Teacher', incomeBand: '5k_10k' },
    address: { province: '广东省', city: '深圳市', line1: '深南大道 100 号' },
    consents: terms.body.items.map((t: { id: string; version: string }) => ({ documentId: t.id, version: t.version })),
    otpVerificationId: verified.body.verificationId as string,
    attribution: { channel: 'mini_program' },
  };
}

function fieldCodes(body: any): Record<string, string> {
  assert.equal(body.error.type, 'validation');
  assert.equal(body.error.retryable, false);
  return Object.fromEntries((body.error.fields as { field: string; code: string }[]).map((f) => [f.field, f.code]));
}

test('a malformed application → 400 naming each field, and nothing written', async () => {
  const valid = await validApplication();
  const before = snapshot();
  const result = await call(sandbox.api, 'POST', '/card-applications', {
    token,
    key: newKey(),
    body: {
      ...valid,
      applicant: { name: 'X', idNumber: '12345', mobile: '1234', email: 'not-an-email', nickname: 'x' },
      employment: { employer: 'School', occupation: 'Teacher', incomeBand: 'lots' },
      consents: [{ documentId: 'tc-privacy' }],
    },
  });
  assert.equal(result.status, 400);
  assert.deepEqual(fieldCodes(result.body), {
    'applicant.name': 'TOO_SHORT',
    'applicant.idNumber': 'ID_FORMAT',
    'applicant.mobile': 'MOBILE_FORMAT',
    'applicant.email': 'EMAIL_FORMAT',
    'applicant.nickname': 'UNKNOWN_FIELD',
    'employment.incomeBand': 'NOT_ALLOWED',
    'consents.0.version': 'REQUIRED',
  });
  assert.deepEqual(snapshot(), before);

  // The verification was not consumed by the refused request: the fixed request goes through.
  const fixed = await call(sandbox.api, 'POST', '/card-applications', { token, key: newKey(), body: valid });
  assert.equal(fixed.status, 201, fixed.text);
});

test('ID numbers are checked beyond their format: check digit, birth date, age', async () => {
  const valid = await validApplication();
  const cases: [string, string][] = [
    [`${makeIdNumber().slice(0, 17)}${makeIdNumber().endsWith('0') ? '1' : '0'}`, 'ID_CHECK_DIGIT'],
    [makeIdNumber({ birthDate: '1990-02-30' }), 'ID_BIRTH_DATE'],
    [makeIdNumber({ birthDate: `${new Date().getUTCFullYear() - 10}-01-01` }), 'ID_UNDER_AGE'],
  ];
  for (const [idNumber, code] of cases) {
    const before = snapshot();
    const result = await call(sandbox.api, 'POST', '/card-applications', {
      token,
      key: newKey(),
      body: { ...valid, applicant: { ...valid.applicant, idNumber } },
    });
    assert.equal(result.status, 400, `${idNumber}: ${result.text}`);
    assert.deepEqual(fieldCodes(result.body), { 'applicant.idNumber': code });
    assert.deepEqual(snapshot(), before);
  }
});

test('broken JSON, wrong types, missing headers and bad query parameters → 400 with fields', async () => {
  const before = snapshot();
  const cases: [string, string, Parameters<typeof call>[3], Record<string, string>][] = [
    ['POST', '/rewards/redemptions', { token, key: newKey(), rawBody: '{"itemId": ' }, { body: 'INVALID_JSON' }],
    ['POST', '/rewards/redemptions', { token, key: newKey(), body: { itemId: 42, quantity: '2' } }, { itemId: 'INVALID_TYPE', quantity: 'INVALID_TYPE' }],
    ['POST', '/rewards/redemptions', { token, key: newKey(), body: { quantity: 99 } }, { itemId: 'REQUIRED', quantity: 'TOO_LARGE' }],
    ['POST', '/rewards/redemptions', { token, body: { itemId: 'c-takeout' } }, { 'header.Idempotency-Key': 'REQUIRED' }],
    ['POST', '/rewards/redemptions', { token, key: 'short', body: { itemId: 'c-takeout' } }, { 'header.Idempotency-Key': 'TOO_SHORT' }],
    ['GET', '/rewards/ledger?limit=0&type=gift&month=2026-13', { token }, { 'query.limit': 'TOO_SMALL', 'query.type': 'NOT_ALLOWED', 'query.month': 'PATTERN' }],
    ['GET', '/rewards/ledger?cursor=bm90LWEtY3Vyc29y', { token }, { 'query.cursor': 'INVALID' }],
    ['GET', '/offers', { token }, { 'query.placement': 'REQUIRED' }],
    ['POST', '/analytics/events', { token, body: { events: [] } }, { events: 'TOO_SHORT' }],
    ['POST', '/otp', { token, body: { mobile: '13800138000', purpose: 'card_application', extra: 1 } }, { extra: 'UNKNOWN_FIELD' }],
  ];
  for (const [method, path, options, expected] of cases) {
    const result = await call(sandbox.api, method, path, options);
    assert.equal(result.status, 400, `${method} ${path}: ${result.text}`);
    assert.deepEqual(fieldCodes(result.body), expected, `${method} ${path}`);
    assert.equal(result.body.error.requestId, result.headers.get('x-request-id'));
  }
  assert.deepEqual(snapshot(), before);
});

test('semantic refusals are 422 with fields and write nothing', async () => {
  const valid = await validApplication();
  const before = snapshot();
  const outdated = await call(sandbox.api, 'POST', '/card-applications', {
    token,
    key: newKey(),
    body: { ...valid, consents: valid.consents.map((c: { documentId: string; version: string }) => (c.documentId === 'tc-privacy' ? { ...c, version: '2025.1' } : c)) },
  });
  assert.equal(outdated.status, 422);
  assert.deepEqual(outdated.body.error.fields, [{ field: 'consents', code: 'CONSENT_OUTDATED', params: { documentId: 'tc-privacy', version: '2026.2' } }]);
  const otherMobile = await call(sandbox.api, 'POST', '/card-applications', {
    token,
    key: newKey(),
    body: { ...valid, applicant: { ...valid.applicant, mobile: '13912345678' } },
  });
  assert.equal(otherMobile.status, 422);
  assert.equal(otherMobile.body.error.code, 'OTP_NOT_VERIFIED');
  assert.deepEqual(snapshot(), before);
});
