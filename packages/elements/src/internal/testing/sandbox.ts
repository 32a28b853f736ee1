/**
 * Test helpers for talking to the real sandbox that scripts/lib/wtr-sandbox-plugin.js starts for
 * each browser test run (fresh data directory, fault injection enabled).
 */
import { createClient, type BankletClient, type BankletConfig } from '@banklet/sdk';

let sandboxUrl: Promise<string> | undefined;

/** Base URL of the sandbox serving this test run (a module the test runner generates). */
export function sandboxOrigin(): Promise<string> {
  sandboxUrl ??= import('/__banklet-sandbox.js' as string).then((m: { SANDBOX_URL: string }) => m.SANDBOX_URL);
  return sandboxUrl;
}

/** The API base URL to give createClient: the sandbox origin plus the contract's `/v1`. */
export async function apiUrl(): Promise<string> {
  return `${await sandboxOrigin()}/v1`;
}

/** A short-lived demo token for a seeded member (`m-high`, `m-mid`, `m-low`, `m-potential`, `m-ledger`). */
export async function demoToken(memberId: string): Promise<string> {
  const response = await fetch(`${await apiUrl()}/demo/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ memberId }),
  });
  if (!response.ok) throw new Error(`demo token for ${memberId}: HTTP ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** A real SDK client signed in as `memberId`, with analytics delivery off unless asked for. */
export async function sandboxClient(memberId: string, overrides: Partial<BankletConfig> = {}): Promise<BankletClient> {
  return createClient({ baseUrl: await apiUrl(), fetchToken: () => demoToken(memberId), analytics: false, ...overrides });
}

/** Injects a fault on one route of the sandbox (loopback only; the test server has --faults). */
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

type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/** Resolves with `check()` once it is truthy (polling every 20 ms), or fails naming `what`. */
export async function until<T>(check: () => T, what: string, timeoutMs = 10_000): Promise<Truthy<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value as Truthy<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A fresh payment intent for `memberId` (the sandbox's demo route), returning its id. `token`
 * mints the member's token (a test that records the tokens it hands out passes its own).
 */
export async function demoIntent(
  memberId: string,
  amount: number,
  { token = demoToken, merchantName = '测试商户', item = '测试商品' }: { token?: (memberId: string) => Promise<string>; merchantName?: string; item?: string } = {},
): Promise<string> {
  const response = await fetch(`${await apiUrl()}/demo/payment-intents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await token(memberId)}` },
    body: JSON.stringify({ merchantName, lines: [{ description: item, quantity: 1, amount: { amount, currency: 'CNY' } }] }),
  });
  return ((await response.json()) as { id: string }).id;
}
