/**
 * @banklet/bridge: messaging between Banklet widgets and the host they are embedded in (native
 * WebViews, mini-program web-views, iframe parents). See docs/bridge.md for the protocol.
 * No side effects on import: nothing listens until a bridge is created.
 *
 * @module @banklet/bridge
 */
export { Bridge, createBridge, getBridge, setBridge, BRIDGE_VERSION } from './bridge.js';
export type { BridgeOptions, BridgeStatus, SettledStatus, CallOptions, StandaloneReason } from './bridge.js';
export { BridgeError, isBridgeError, isBridgeErrorCode, BRIDGE_ERROR_CODES } from './errors.js';
export type { BridgeErrorCode, BridgeErrorData } from './errors.js';
export { CHANNEL, PROTOCOL_VERSION, MAX_FRAME_BYTES, decode, encode } from './envelope.js';
export type { Frame, RequestFrame, ResponseFrame, EventFrame, DropReason } from './envelope.js';
export { TIMEOUTS, METHOD_SPECS } from './methods.js';
export type {
  BridgeMethods,
  BridgeEvents,
  MethodName,
  EventName,
  ParamsOf,
  ResultOf,
  HelloParams,
  HelloResult,
  HostEnv,
  PaymentHint,
  HttpRequestParams,
  HttpResponseResult,
  TimeoutClass,
} from './methods.js';
export {
  defaultAdapters,
  iosAdapter,
  androidListenerAdapter,
  androidInterfaceAdapter,
  reactNativeAdapter,
  flutterAdapter,
  wechatAdapter,
  alipayAdapter,
  iframeAdapter,
  assertExactOrigin,
} from './adapters/index.js';
export type {
  BridgeAdapter,
  HostKind,
  IframeAdapterOptions,
  IosAdapterOptions,
  AndroidInterfaceAdapterOptions,
  AndroidListenerAdapterOptions,
  FlutterAdapterOptions,
  WechatAdapterOptions,
} from './adapters/index.js';
export { INBOX_GLOBAL } from './inbox.js';
export { createHeightReporter, observeHeight, reportHeight, DEFAULT_MAX_HEIGHT } from './auto-height.js';
export type { AutoHeightOptions, HeightReporter } from './auto-height.js';
export { createBridgeTransport } from './transport.js';
export type { BridgeTransportOptions } from './transport.js';
export { createHost } from './host.js';
export type { Host, HostOptions, HostMethod } from './host.js';
export { connectEmbed } from './parent.js';
export type { EmbedOptions, EmbedConnection } from './parent.js';
