/**
 * Android `WebViewCompat.addWebMessageListener(webView, name, allowedOriginRules, listener)`
 * (androidx.webkit 1.3+). The injected `window.<name>` has `postMessage(string)` and is an event
 * target; the app answers through `JavaScriptReplyProxy.postMessage(frame)`, which arrives as a
 * `message` event on that object. The object exists only in frames whose origin matches the
 * app's rules, which makes this the safest Android channel.
 */
import { injected, type BridgeAdapter } from './types.js';

export interface AndroidListenerAdapterOptions {
  /** `jsObjectName` passed to `addWebMessageListener`. */
  name?: string;
}

interface ListenerObject extends EventTarget {
  postMessage(frame: string): void;
}

export function androidListenerAdapter({ name = 'bankletHost' }: AndroidListenerAdapterOptions = {}): BridgeAdapter {
  const object = (): ListenerObject | undefined => {
    const candidate = injected(name);
    if (!candidate || typeof candidate.postMessage !== 'function' || typeof candidate.addEventListener !== 'function') return undefined;
    return candidate as unknown as ListenerObject;
  };
  return {
    kind: 'android-listener',
    detect: () => object() !== undefined,
    send(frame) {
      object()!.postMessage(frame);
    },
    onMessage(listener) {
      const target = object();
      if (!target) return () => {};
      const handle = (event: Event): void => listener((event as MessageEvent).data);
      target.addEventListener('message', handle);
      return () => target.removeEventListener('message', handle);
    },
  };
}
