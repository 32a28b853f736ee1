/**
 * React Native WebView: `window.ReactNativeWebView.postMessage(frame)` (strings only; injected
 * only when the app sets `onMessage`). The app answers either with `injectJavaScript` into the
 * inbox or with `webViewRef.postMessage(frame)`, which dispatches a `message` event on `window`
 * on iOS but on `document` on Android (react-native-webview #2586, #2980), so we listen on both.
 *
 * Those synthetic events have no source window. Real cross-window `postMessage`s (an ad iframe,
 * an opener) always carry one, so anything with a foreign `source` is ignored here.
 */
import { inbox } from '../inbox.js';
import { injected, type BridgeAdapter } from './types.js';

export function reactNativeAdapter(): BridgeAdapter {
  const channel = (): { postMessage(frame: string): void } | undefined => {
    const object = injected('ReactNativeWebView');
    return object && typeof object.postMessage === 'function' ? (object as unknown as { postMessage(frame: string): void }) : undefined;
  };
  return {
    kind: 'react-native',
    detect: () => channel() !== undefined,
    send(frame) {
      channel()!.postMessage(frame);
    },
    onMessage(listener) {
      // A bubbling event dispatched on document also reaches window: deliver each event once.
      const seen = new WeakSet<Event>();
      const handle = (event: Event): void => {
        const message = event as MessageEvent;
        if (seen.has(message)) return;
        seen.add(message);
        if (message.source !== null && message.source !== window) return;
        listener(message.data);
      };
      window.addEventListener('message', handle);
      document.addEventListener('message', handle);
      const offInbox = inbox().listen(listener);
      return () => {
        window.removeEventListener('message', handle);
        document.removeEventListener('message', handle);
        offInbox();
      };
    },
  };
}
