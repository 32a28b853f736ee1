/**
 * Hosts that inject a plain object with a string-only `postMessage` and answer by evaluating
 * script into the page inbox: Android `@JavascriptInterface` and Flutter `JavaScriptChannel`.
 * Neither channel has an origin check of its own (both reach every frame), which is why those
 * hosts must gate on the main frame's URL and keep payment and step-up methods out of `methods`.
 */
import { inbox } from '../inbox.js';
import { injected, type BridgeAdapter, type HostKind } from './types.js';

export function stringChannelAdapter(kind: HostKind, name: string, accept: (object: Record<string, unknown>) => boolean = () => true): BridgeAdapter {
  const channel = (): { postMessage(frame: string): void } | undefined => {
    const object = injected(name);
    if (!object || typeof object.postMessage !== 'function' || !accept(object)) return undefined;
    return object as unknown as { postMessage(frame: string): void };
  };
  return {
    kind,
    detect: () => channel() !== undefined,
    send(frame) {
      channel()!.postMessage(frame);
    },
    onMessage: (listener) => inbox().listen(listener),
  };
}
