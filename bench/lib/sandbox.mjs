// The real sandbox API for one bench run (the repo's scripts/lib/sandbox-process.js: any free
// port, a fresh data directory), with the two things a host's server does for the widgets.
import { startSandbox as startSandboxProcess } from '../../scripts/lib/sandbox-process.js';

/** Resolves `{ url, token(memberId), paymentIntent(memberId), stop() }` once the sandbox listens. */
export async function startSandbox() {
  const sandbox = await startSandboxProcess();
  const post = async (path, body, token) => {
    const response = await fetch(`${sandbox.url}/v1${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path}: HTTP ${response.status} ${await response.text()}`);
    return response.json();
  };
  const token = async (memberId) => (await post('/demo/tokens', { memberId })).token;
  return {
    ...sandbox,
    /** A demo token for a seeded member, as a host's server would mint it. */
    token,
    /** A ¥150 payment intent created as the merchant's backend would (the demo route). */
    paymentIntent: async (memberId) => {
      const lines = [{ description: 'Bench ticket', quantity: 1, amount: { amount: 15_000, currency: 'CNY' } }];
      return (await post('/demo/payment-intents', { merchantName: 'Bench merchant', lines }, await token(memberId))).id;
    },
  };
}
