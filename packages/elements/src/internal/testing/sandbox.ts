/**
 * Test helpers for talking to the real sandbox that scripts/lib/wtr-sandbox-plugin.js starts for
 * each browser test run (fresh data directory, fault injection enabled).
 */
import { createClient, type BankletClient, type BankletConfig } from '@banklet/sdk';
import { SANDBOX_URL } from '/__banklet-sandbox.js';

export { SANDBOX_URL };
export const API_URL = `${SANDBOX_URL}/v1`;

/** A short-lived demo token for a seeded member (`m-high`, `m-mid`, `m-low`, `m-potential`, `m-ledger`). */
export async function demoToken(memberId: string): Promise<string> {
  const response = await fetch(`${API_URL}/demo/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ memberId }),
  });
  if (!response.ok) throw new Error(`demo token for ${memberId}: HTTP ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** A real SDK client signed in as `memberId`, with analytics delivery off unless asked for. */
export function sandboxClient(memberId: string, overrides: Partial<BankletConfig> = {}): BankletClient {
  return createClient({ baseUrl: API_URL, fetchToken: () => demoToken(memberId), analytics: false, ...overrides });
}

/** Injects a fault on one route of the sandbox (loopback only; the test server has --faults). */
export async function injectFault(fault: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${SANDBOX_URL}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (!response.ok) throw new Error(`inject fault: HTTP ${response.status}`);
}

export async function clearFaults(): Promise<void> {
  await fetch(`${SANDBOX_URL}/__sandbox/faults`, { method: 'DELETE' });
}
