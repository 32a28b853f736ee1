/**
 * Every adapter, and the order in which a default bridge tries them: the channels with origin
 * control first (WKWebView handlers are per-app, Android's message listener is origin-gated),
 * then the string-only ones. The iframe adapter needs an origin allow-list, so it is never
 * guessed: pass `iframeAdapter({ allowedOrigins })` explicitly.
 */
import { alipayAdapter } from './alipay.js';
import { androidInterfaceAdapter } from './android-interface.js';
import { androidListenerAdapter } from './android-listener.js';
import { flutterAdapter } from './flutter.js';
import { iosAdapter } from './ios.js';
import { reactNativeAdapter } from './react-native.js';
import type { BridgeAdapter } from './types.js';
import { wechatAdapter } from './wechat.js';

export function defaultAdapters(): BridgeAdapter[] {
  return [iosAdapter(), androidListenerAdapter(), reactNativeAdapter(), flutterAdapter(), androidInterfaceAdapter(), wechatAdapter(), alipayAdapter()];
}

export { alipayAdapter, androidInterfaceAdapter, androidListenerAdapter, flutterAdapter, iosAdapter, reactNativeAdapter, wechatAdapter };
export { iframeAdapter, assertExactOrigin, type IframeAdapterOptions } from './iframe.js';
export type { BridgeAdapter, HostKind } from './types.js';
export type { IosAdapterOptions } from './ios.js';
export type { AndroidInterfaceAdapterOptions } from './android-interface.js';
export type { AndroidListenerAdapterOptions } from './android-listener.js';
export type { FlutterAdapterOptions } from './flutter.js';
export type { WechatAdapterOptions } from './wechat.js';
