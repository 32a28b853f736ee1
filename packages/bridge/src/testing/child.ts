/**
 * Runs inside the test iframe (child.html): a real bridge in its own window and realm, talking
 * to the test page as its parent through the iframe adapter. Configured from the query string:
 * `allow` (repeatable), `parent`, `handshake` (ms), `max` (auto-height clamp).
 */
import { iframeAdapter } from '../adapters/iframe.js';
import { reportHeight } from '../auto-height.js';
import { createBridge } from '../bridge.js';

const params = new URLSearchParams(location.search);
const adapter = iframeAdapter({ allowedOrigins: params.getAll('allow'), ...(params.get('parent') ? { parentOrigin: params.get('parent')! } : {}) });
const bridge = createBridge({ adapters: [adapter], handshakeTimeout: Number(params.get('handshake') ?? 1500), helloInterval: 50 });
const root = document.getElementById('root')!;
const stop = reportHeight(bridge, root, { maxHeight: Number(params.get('max') ?? 10_000) });
Object.assign(window, { bankletChild: { bridge, adapter, root, stop } });
