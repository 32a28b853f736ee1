// Demo pages only: signs in as a seeded sandbox member. A real host gets its token from its own
// server, which mints it for the signed-in card holder; the sandbox's demo token route plays
// that server here.
export const API_URL = `${location.origin}/v1`;

export function demoMember() {
  return new URLSearchParams(location.search).get('member') ?? 'm-mid';
}

export async function fetchDemoToken(memberId = demoMember()) {
  const response = await fetch(`${API_URL}/demo/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ memberId }),
  });
  if (!response.ok) throw new Error(`Could not get a demo token (HTTP ${response.status})`);
  return (await response.json()).token;
}

/**
 * Creates a payment intent as the merchant's backend would (the sandbox's demo route), for the
 * signed-in demo member. A real merchant creates intents server to server.
 */
export async function createDemoIntent(memberId, { merchantName, lines }) {
  const token = await fetchDemoToken(memberId);
  const response = await fetch(`${API_URL}/demo/payment-intents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ merchantName, lines }),
  });
  if (!response.ok) throw new Error(`Could not create a demo payment (HTTP ${response.status})`);
  return (await response.json()).id;
}
