/** Waiting helpers shared by the bridge's tests (not shipped). */
import { alipayAdapter, androidInterfaceAdapter, androidListenerAdapter, flutterAdapter, iosAdapter, reactNativeAdapter } from '../adapters/index.js';
import type { BridgeAdapter } from '../adapters/types.js';
import type { FakeKind } from './fake-hosts.js';

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until it gives something other than `undefined`, or fails naming `what`. */
export async function until<T>(read: () => T | undefined, what: string, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await delay(10);
  }
}

/** The adapter that talks to each fake native host. */
export const ADAPTERS: Record<FakeKind, () => BridgeAdapter> = {
  'ios-reply': () => iosAdapter(),
  'ios-plain': () => iosAdapter(),
  'android-listener': () => androidListenerAdapter(),
  'android-interface': () => androidInterfaceAdapter(),
  'react-native-android': () => reactNativeAdapter(),
  'react-native-ios': () => reactNativeAdapter(),
  flutter: () => flutterAdapter(),
  alipay: () => alipayAdapter(),
};

const CHILD = new URL('./child.html', import.meta.url).pathname;

/** An iframe of the test child page (testing/child.html), configured by `query`; not yet in the document. */
export function childFrame(query: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.src = `${CHILD}?${query}`;
  iframe.style.border = '0';
  return iframe;
}

/** What the child page exposes once its bridge exists. */
export const childOf = <C>(iframe: HTMLIFrameElement): Promise<C> =>
  until(() => (iframe.contentWindow as unknown as { bankletChild?: C } | null)?.bankletChild, 'the child bridge');
