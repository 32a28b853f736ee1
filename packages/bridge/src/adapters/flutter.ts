/**
 * Flutter `webview_flutter` `JavaScriptChannel`: `window.<name>.postMessage(frame)` (strings
 * only; the channel exists after the next page load), answered with
 * `controller.runJavaScript('window.__banklet.receive(${jsonEncode(frame)})')`, where
 * `jsonEncode` of a String yields a quoted, escaped literal.
 */
import { stringChannelAdapter } from './channel.js';
import type { BridgeAdapter } from './types.js';

export interface FlutterAdapterOptions {
  /** Name passed to `addJavaScriptChannel`. */
  name?: string;
}

export function flutterAdapter({ name = 'BankletFlutter' }: FlutterAdapterOptions = {}): BridgeAdapter {
  return stringChannelAdapter('flutter', name);
}
