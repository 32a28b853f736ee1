/**
 * The page runs in an iframe on a partner's or bank's site and talks to `window.parent`.
 *
 * postMessage hygiene (research/bridge.md §4, MDN, CodeQL js/missing-origin-check):
 * - we send with an *exact* target origin, never `'*'`, so a navigated-away parent receives nothing;
 * - we accept a message only when `event.source === window.parent` and `event.origin` equals an
 *   allowed origin by exact string comparison (no `includes`, no `startsWith`);
 * - `"null"` (sandboxed or file: parents) is refused as an allowed origin: it matches every
 *   opaque origin at once, so it identifies nobody.
 *
 * The parent origin must be in `allowedOrigins`. When `parentOrigin` is not given it is taken
 * from `location.ancestorOrigins` (Chromium, WebKit) or `document.referrer`, and must still match
 * the list; when the browser reports a different real parent, the adapter stays undetected.
 */
import type { BridgeAdapter } from './types.js';

export interface IframeAdapterOptions {
  /** Exact origins (`https://shop.example`, with port when not default) that may embed us. */
  allowedOrigins: readonly string[];
  /** The parent's origin when known (e.g. from the embed URL); must be one of `allowedOrigins`. */
  parentOrigin?: string;
  /** The window the widget runs in. Defaults to `window`; tests pass an iframe's window. */
  self?: Window;
}

/** Throws on an origin that is not exactly `scheme://host[:port]`, and on `*` and `null`. */
export function assertExactOrigin(origin: string): void {
  if (origin === '*' || origin === 'null') throw new TypeError(`Banklet bridge: "${origin}" is not allowed as an origin; name the exact origin.`);
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    throw new TypeError(`Banklet bridge: "${origin}" is not an origin.`);
  }
  if (parsed.origin !== origin || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new TypeError(`Banklet bridge: "${origin}" must be written exactly as scheme://host[:port], e.g. ${parsed.origin}.`);
  }
}

function referrerOrigin(doc: Document): string | undefined {
  try {
    return doc.referrer ? new URL(doc.referrer).origin : undefined;
  } catch {
    return undefined;
  }
}

export function iframeAdapter(options: IframeAdapterOptions): BridgeAdapter {
  const allowed = [...options.allowedOrigins];
  for (const origin of allowed) assertExactOrigin(origin);
  if (options.parentOrigin !== undefined) {
    assertExactOrigin(options.parentOrigin);
    if (!allowed.includes(options.parentOrigin)) throw new TypeError(`Banklet bridge: parentOrigin ${options.parentOrigin} is not in allowedOrigins.`);
  }
  const self = (): Window | undefined => options.self ?? (typeof window === 'undefined' ? undefined : window);

  /** The exact origin we send to, or undefined when we cannot name an allowed parent. */
  const target = (): string | undefined => {
    const win = self();
    if (!win || win.parent === win) return undefined;
    const reported = win.location.ancestorOrigins?.[0];
    const candidate = options.parentOrigin ?? reported ?? referrerOrigin(win.document);
    if (candidate === undefined || !allowed.includes(candidate)) return undefined;
    // The browser knows the real parent; sending elsewhere would be dropped anyway.
    if (reported !== undefined && reported !== candidate) return undefined;
    return candidate;
  };

  return {
    kind: 'iframe',
    detect: () => target() !== undefined,
    send(frame) {
      const origin = target();
      if (origin === undefined) throw new Error('no allowed parent origin');
      self()!.parent.postMessage(frame, origin);
    },
    onMessage(listener) {
      const win = self();
      if (!win) return () => {};
      const handle = (event: MessageEvent): void => {
        if (event.source !== win.parent || win.parent === win) return;
        if (!allowed.includes(event.origin)) return;
        listener(event.data);
      };
      win.addEventListener('message', handle);
      return () => win.removeEventListener('message', handle);
    },
  };
}
