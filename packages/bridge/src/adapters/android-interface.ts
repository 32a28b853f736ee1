/**
 * Android `WebView.addJavascriptInterface(obj, name)`: `window.<name>.postMessage(frame)` calls
 * a `@JavascriptInterface` method (strings only, on a background thread); the app answers with
 * `evaluateJavascript("window.__banklet.receive(" + JSONObject.quote(frame) + ")")`.
 *
 * The interface is injected into every frame and carries no origin, so prefer
 * `androidListenerAdapter` (WebViewCompat.addWebMessageListener) wherever androidx.webkit allows.
 */
import { stringChannelAdapter } from './channel.js';
import type { BridgeAdapter } from './types.js';

export interface AndroidInterfaceAdapterOptions {
  /** Name passed to `addJavascriptInterface`. */
  name?: string;
}

export function androidInterfaceAdapter({ name = 'BankletAndroid' }: AndroidInterfaceAdapterOptions = {}): BridgeAdapter {
  // A message-listener object also has postMessage; it is handled by its own adapter.
  return stringChannelAdapter('android-interface', name, (object) => typeof object.addEventListener !== 'function');
}
