/**
 * The HTTP surface around the API: static files with correct content types and no path escapes,
 * no CSP unless asked, the CORS allow-list (preflight and actual requests), JSON 404s, request ids
 * and localized texts.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { call, startTestSandbox, tempDir, type TestSandbox } from './helpers.js';

describe('static files', () => {
  let sandbox: TestSandbox;
  const root = tempDir('banklet-static-');
  before(async () => {
    mkdirSync(join(root, 'demo', 'nested'), { recursive: true });
    mkdirSync(join(root, 'dist', 'cdn'), { recursive: true });
    writeFileSync(join(root, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
    writeFileSync(join(root, 'demo', 'app.js'), 'export const x = 1;');
    writeFileSync(join(root, 'demo', 'nested', 'index.html'), '<p>nested</p>');
    writeFileSync(join(root, 'dist', 'cdn', 'banklet.js'), 'console.log(1)');
    writeFileSync(join(root, 'dist', 'cdn', 'banklet.css'), 'a{}');
    writeFileSync(join(root, 'secret.txt'), 'outside');
    sandbox = await startTestSandbox({ staticDirs: { '/': join(root, 'demo'), '/dist/': join(root, 'dist') } });
  });
  after(async () => {
    await sandbox.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  test('serves the configured dirs with the right content types and no CSP', async () => {
    const index = await fetch(`${sandbox.url}/`);
    assert.equal(index.status, 200);
    assert.equal(index.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(index.headers.get('content-security-policy'), null);
    assert.match(await index.text(), /<title>demo<\/title>/);
    const script = await fetch(`${sandbox.url}/app.js`);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(script.headers.get('x-content-type-options'), 'nosniff');
    assert.equal((await fetch(`${sandbox.url}/dist/cdn/banklet.js`)).headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal((await fetch(`${sandbox.url}/dist/cdn/banklet.css`)).headers.get('content-type'), 'text/css; charset=utf-8');
    const nested = await fetch(`${sandbox.url}/nested`, { redirect: 'manual' });
    assert.equal(nested.status, 301);
    assert.equal(await (await fetch(`${sandbox.url}/nested/`)).text(), '<p>nested</p>');
  });

  test('revalidation with ETag answers 304', async () => {
    const first = await fetch(`${sandbox.url}/app.js`);
    await first.text();
    const second = await fetch(`${sandbox.url}/app.js`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    assert.equal(second.status, 304);
  });

  test('nothing outside the dirs is reachable and API paths never fall through to files', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/dist/..%2fsecret.txt', '/%2e%2e%2fsecret.txt']) {
      const response = await fetch(`${sandbox.url}${path}`);
      const text = await response.text();
      assert.notEqual(text, 'outside', path);
      assert.equal(response.status, 404, path);
    }
    const missing = await call(sandbox.url, 'GET', '/v1/no-such-route');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'ROUTE_NOT_FOUND');
    assert.equal(missing.body.error.requestId, missing.headers.get('x-request-id'));
  });
});

describe('CSP when asked', () => {
  test('a configured CSP is set on HTML only', async () => {
    const root = tempDir('banklet-static-');
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'a.js'), '1');
    const sandbox = await startTestSandbox({ staticDirs: { '/': root }, csp: "default-src 'self'" });
    try {
      assert.equal((await fetch(`${sandbox.url}/`)).headers.get('content-security-policy'), "default-src 'self'");
      assert.equal((await fetch(`${sandbox.url}/a.js`)).headers.get('content-security-policy'), null);
    } finally {
      await sandbox.dispose();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('CORS and API headers', () => {
  let sandbox: TestSandbox;
  before(async () => {
    sandbox = await startTestSandbox({ corsOrigins: ['https://partner.example', 'http://localhost:*'] });
  });
  after(() => sandbox.dispose());

  const preflight = (origin: string) =>
    fetch(`${sandbox.api}/rewards/redemptions`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,idempotency-key,content-type' },
    });

  test('listed origins pass the preflight with the headers the SDK sends', async () => {
    for (const origin of ['https://partner.example', 'http://localhost:5173', sandbox.url]) {
      const response = await preflight(origin);
      assert.equal(response.status, 204, origin);
      assert.equal(response.headers.get('access-control-allow-origin'), origin);
      const allowed = response.headers.get('access-control-allow-headers')!.toLowerCase();
      for (const header of ['authorization', 'idempotency-key', 'content-type']) assert.ok(allowed.includes(header), header);
    }
  });

  test('other origins are refused and get no CORS headers', async () => {
    for (const origin of ['https://evil.example', 'http://localhost.evil.example:80', 'http://127.0.0.1:3000']) {
      const response = await preflight(origin);
      assert.equal(response.status, 403, origin);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
    }
    const actual = await fetch(`${sandbox.api}/card-products`, { headers: { Origin: 'https://evil.example' } });
    assert.equal(actual.headers.get('access-control-allow-origin'), null);
  });

  test('actual responses expose the idempotency and request-id headers to listed origins', async () => {
    const token = await sandbox.token('m-low');
    const response = await fetch(`${sandbox.api}/card-products`, { headers: { Origin: 'https://partner.example', Authorization: `Bearer ${token}` } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://partner.example');
    const exposed = response.headers.get('access-control-expose-headers')!.toLowerCase();
    assert.ok(exposed.includes('idempotent-replayed') && exposed.includes('x-request-id'));
  });

  test('texts follow Accept-Language (zh-CN by default, en on request)', async () => {
    const token = await sandbox.token('m-low');
    const zh = await call(sandbox.api, 'GET', '/rewards/account', { token });
    const en = await call(sandbox.api, 'GET', '/rewards/account', { token, headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    assert.equal(zh.headers.get('content-language'), 'zh-CN');
    assert.equal(en.headers.get('content-language'), 'en');
    assert.equal(zh.body.tier.name, '银卡会员');
    assert.equal(en.body.tier.name, 'Silver');
  });

  test('a client-supplied X-Request-Id is echoed for tracing', async () => {
    const response = await fetch(`${sandbox.api}/card-products`, { headers: { 'X-Request-Id': 'trace-123' } });
    assert.equal(response.headers.get('x-request-id'), 'trace-123');
    assert.equal(((await response.json()) as { error: { requestId: string } }).error.requestId, 'trace-123');
  });
});
