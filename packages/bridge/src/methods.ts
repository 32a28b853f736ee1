/**
 * The standard methods a host may offer, with typed params and results, how long a caller waits
 * by default, and a schema check for what the host returns. A method not listed here can still be
 * called through `Bridge.call` with explicit types, but gets only the generic checks.
 *
 * Security shapes the signatures: nothing here lets the page learn a yes/no it could be tricked
 * into trusting. `biometric.verify` returns an assertion over a *server* challenge, which the
 * server verifies; `payment.handoff` passes an opaque ticket (no amount) and gets back a hint that
 * the widget confirms with the server.
 */

/** How long a caller waits: info calls answer at once; interactive ones wait for a person. */
export const TIMEOUTS = {
  info: 3_000,
  network: 30_000,
  interactive: 5 * 60_000,
} as const;

export type TimeoutClass = keyof typeof TIMEOUTS;

/** What the web side says first. */
export interface HelloParams {
  /** Protocol versions this page speaks, newest first. */
  protocols: number[];
  /** Banklet version of the page's SDK, for the host's diagnostics. */
  sdk: string;
}

/** Environment facts only the host knows. All optional: a host reports what it can. */
export interface HostEnv {
  locale?: string;
  reducedMotion?: boolean;
  /** Insets in CSS pixels the host overlays on the web view (notch, home indicator, toolbars). */
  safeArea?: { top: number; right: number; bottom: number; left: number };
  /** True only when the host enabled WebAuthn inside its WebView and set up associated domains. */
  webauthnInWebView?: boolean;
}

/** What the host answers: its identity and the methods it implements. */
export interface HelloResult {
  /** Protocol version the host chose; must be one the page offered. */
  protocol: number;
  host: { name: string; version: string };
  /** Method names this host implements; `has()` answers from this list only. */
  methods: string[];
  env?: HostEnv;
}

/** Outcome hint after a native payment. A hint only: the widget asks the server for the truth. */
export type PaymentHint = 'succeeded' | 'processing' | 'failed' | 'cancelled' | 'unknown';

export interface HttpRequestParams {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the host's configured Banklet API base URL; never an absolute URL. */
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

export interface HttpResponseResult {
  status: number;
  headers: Record<string, string>;
  /** The response body parsed as JSON; absent when there was none. */
  body?: unknown;
  /** True when a body arrived but was not JSON (the SDK reports MALFORMED_RESPONSE). */
  malformed?: boolean;
}

/** Method name → params and result types. */
export interface BridgeMethods {
  'bridge.hello': { params: HelloParams; result: HelloResult };
  /** Native biometric (or native passkey) step-up bound to a server-issued challenge. */
  'biometric.verify': { params: { challengeId: string; reason?: string }; result: { assertion: string } };
  /** Hands a payment to the host's native flow. The ticket is opaque, short-lived, amount-free. */
  'payment.handoff': { params: { ticket: string }; result: { hint: PaymentHint } };
  /** Opens an https URL outside the widget (system browser or an in-app browser). */
  openUrl: { params: { url: string }; result: Record<string, never> };
  /** The native share sheet. `completed` is absent when the platform cannot tell. */
  share: { params: { title?: string; text?: string; url?: string }; result: { completed?: boolean } };
  /** Push provisioning to Apple / Google wallet; the host fetches the encrypted payload itself. */
  'wallet.addCard': { params: { cardId: string }; result: { status: 'added' | 'already-added' } };
  /** Asks the host to close the screen or sheet that holds the widget. */
  close: { params: { reason?: string }; result: Record<string, never> };
  /** One API request through the host's own networking and session (see transport.ts). */
  'http.request': { params: HttpRequestParams; result: HttpResponseResult };
}

export type MethodName = keyof BridgeMethods;
export type ParamsOf<M extends MethodName> = BridgeMethods[M]['params'];
export type ResultOf<M extends MethodName> = BridgeMethods[M]['result'];

/** Events either side may send (fire and forget). */
export interface BridgeEvents {
  /** Web → host: the widget's content height in CSS pixels changed (auto-height.ts). */
  'ui.resize': { height: number };
  /** Web → host: the page no longer waits for request `id` (AbortSignal, timeout). */
  'bridge.cancel': { id: string };
  /**
   * Web → host: a widget's `banklet-*` DOM event, forwarded across an iframe boundary so the
   * embedding page gets the same typed events as a page using the tags directly.
   */
  'widget.event': { name: string; detail: unknown };
  /** Host → web: environment facts changed (rotation, accessibility settings, locale). */
  'env.change': HostEnv;
}

export type EventName = keyof BridgeEvents;

interface MethodSpec {
  timeout: TimeoutClass;
  /** Returns a reason when the params must not leave the page. */
  checkParams?: (params: unknown) => string | undefined;
  /** True when a host's result has the promised shape. */
  checkResult: (result: unknown) => boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringRecord = (value: unknown): value is Record<string, string> =>
  isObject(value) && Object.values(value).every((v) => typeof v === 'string');
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 4096;

const HINTS: readonly string[] = ['succeeded', 'processing', 'failed', 'cancelled', 'unknown'];
const HTTP_METHODS: readonly string[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** Only web URLs leave the page: `javascript:`, `data:`, `intent:` and the like never reach a host. */
function checkUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return 'url must be a string';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'url must be absolute';
  }
  return parsed.protocol === 'https:' ? undefined : 'only https URLs may be opened';
}

export const METHOD_SPECS: { readonly [M in MethodName]: MethodSpec } = {
  'bridge.hello': {
    timeout: 'info',
    checkResult: (r) =>
      isObject(r) &&
      typeof r.protocol === 'number' &&
      isObject(r.host) &&
      typeof r.host.name === 'string' &&
      typeof r.host.version === 'string' &&
      Array.isArray(r.methods) &&
      r.methods.every((m) => typeof m === 'string') &&
      (r.env === undefined || isObject(r.env)),
  },
  'biometric.verify': {
    timeout: 'interactive',
    checkParams: (p) => (isObject(p) && nonEmpty(p.challengeId) ? undefined : 'challengeId is required'),
    checkResult: (r) => isObject(r) && nonEmpty(r.assertion),
  },
  'payment.handoff': {
    timeout: 'interactive',
    checkParams: (p) => (isObject(p) && nonEmpty(p.ticket) ? undefined : 'ticket is required'),
    checkResult: (r) => isObject(r) && typeof r.hint === 'string' && HINTS.includes(r.hint),
  },
  openUrl: {
    timeout: 'info',
    checkParams: (p) => (isObject(p) ? checkUrl(p.url) : 'url is required'),
    checkResult: isObject,
  },
  share: {
    timeout: 'interactive',
    checkParams: (p) => {
      if (!isObject(p)) return 'share needs title, text or url';
      if (p.url !== undefined) return checkUrl(p.url);
      return p.title === undefined && p.text === undefined ? 'share needs title, text or url' : undefined;
    },
    checkResult: (r) => isObject(r) && (r.completed === undefined || typeof r.completed === 'boolean'),
  },
  'wallet.addCard': {
    timeout: 'interactive',
    checkParams: (p) => (isObject(p) && nonEmpty(p.cardId) ? undefined : 'cardId is required'),
    checkResult: (r) => isObject(r) && (r.status === 'added' || r.status === 'already-added'),
  },
  close: { timeout: 'info', checkResult: isObject },
  'http.request': {
    timeout: 'network',
    checkParams: (p) => {
      if (!isObject(p) || typeof p.method !== 'string' || !HTTP_METHODS.includes(p.method)) return 'method is invalid';
      // A path, not a URL: the page must not be able to aim the app's session at another server.
      if (typeof p.path !== 'string' || !p.path.startsWith('/') || p.path.startsWith('//') || p.path.includes('\\')) {
        return 'path must start with a single /';
      }
      return isStringRecord(p.headers) ? undefined : 'headers must be strings';
    },
    checkResult: (r) =>
      isObject(r) &&
      Number.isInteger(r.status) &&
      (r.status as number) >= 100 &&
      (r.status as number) <= 599 &&
      isStringRecord(r.headers) &&
      (r.malformed === undefined || typeof r.malformed === 'boolean'),
  },
};

export function specOf(method: string): MethodSpec | undefined {
  return Object.prototype.hasOwnProperty.call(METHOD_SPECS, method) ? METHOD_SPECS[method as MethodName] : undefined;
}
