// script-tag-setup.js: the page's only code. A classic script, so it may run before banklet.js has
// loaded: Banklet.configure() calls are kept and applied before any widget starts.
Banklet.configure({
  baseUrl: `${location.origin}/v1`,
  // Your server mints a short-lived token for the signed-in card holder. Here the sandbox's demo
  // route plays that server, signing in the demo member m-mid.
  fetchToken: async () => {
    const response = await fetch('/v1/demo/tokens', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ memberId: 'm-mid' }),
    });
    if (!response.ok) throw new Error(`Banklet token: HTTP ${response.status}`);
    return (await response.json()).token;
  },
});

// Banklet never navigates: a link offer asks the page to open its URL.
document.addEventListener('banklet-offer-activate', (event) => {
  window.open(event.detail.url, '_blank', 'noopener');
});
