/**
 * Access to the real sandbox that the test runner starts for browser tests
 * (scripts/lib/wtr-sandbox-plugin.js serves its URL as a generated module).
 */
let origin: Promise<string> | undefined;

export function sandboxOrigin(): Promise<string> {
  origin ??= import('/__banklet-sandbox.js' as string).then((m: { SANDBOX_URL: string }) => m.SANDBOX_URL);
  return origin;
}

export const sandboxApi = async (): Promise<string> => `${await sandboxOrigin()}/v1`;

export async function demoToken(memberId: string): Promise<string> {
  const response = await fetch(`${await sandboxApi()}/demo/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ memberId }),
  });
  if (!response.ok) throw new Error(`demo token for ${memberId}: HTTP ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export async function injectFault(fault: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${await sandboxOrigin()}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (!response.ok) throw new Error(`inject fault: HTTP ${response.status}`);
}

export async function clearFaults(): Promise<void> {
  await fetch(`${await sandboxOrigin()}/__sandbox/faults`, { method: 'DELETE' });
}
