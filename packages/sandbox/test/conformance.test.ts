/**
 * Every route conforms to the contract: the conformance kit (the same one a bank runs against its
 * backend) runs in-process against a fresh sandbox and must pass every check, and the server must
 * not have produced a single response that its own response validation rejected.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadContract } from '../src/contract.js';
import { runConformance } from '../src/conformance/runner.js';
import { startTestSandbox, type TestSandbox } from './helpers.js';

let sandbox: TestSandbox;
before(async () => {
  sandbox = await startTestSandbox();
});
after(() => sandbox.dispose());

test('the conformance kit passes against the sandbox, covering every operation', async () => {
  const lines: string[] = [];
  const result = await runConformance({ baseUrl: sandbox.api, log: (line) => lines.push(line) });
  const failures = result.checks.filter((c) => c.status !== 'pass');
  assert.deepEqual(failures, [], lines.join('\n'));
  assert.ok(result.passed >= 25, `only ${result.passed} checks ran`);
  assert.ok(result.checks.some((c) => c.name.startsWith('coverage') && c.status === 'pass'));
  assert.equal(sandbox.stats().responseViolations, 0, 'the sandbox produced responses that break the contract');
});

test('the kit fails loudly against a server that breaks the contract', async () => {
  // A stand-in backend that answers every call with a body of the wrong shape.
  const { createServer } = await import('node:http');
  const server = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"unexpected":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  try {
    const result = await runConformance({ baseUrl: `http://127.0.0.1:${port}/v1`, token: 'anything', otherToken: 'other', log: () => {} });
    assert.ok(result.failed > 5, `expected many failures, got ${result.failed}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('the contract names every operation in camelCase and uses one error schema', () => {
  const contract = loadContract();
  assert.ok(contract.operations.length >= 28);
  for (const op of contract.operations) {
    assert.match(op.operationId, /^[a-z][A-Za-z0-9]*$/, op.operationId);
    for (const [status, spec] of Object.entries(op.responses)) {
      if (Number(status) >= 400) assert.deepEqual(spec.schema, { $ref: '#/components/schemas/ErrorResponse' }, `${op.operationId} ${status}`);
    }
  }
});
