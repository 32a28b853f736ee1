/**
 * Alipay mini-program `<web-view>`: `my.postMessage(object)` to the mini-program and
 * `my.onMessage = fn` for its `webViewContext.postMessage(object)` replies. A real two-way
 * channel, but only after the page has sent first, which our `bridge.hello` does. Both APIs take
 * objects, so the frame string travels as `{ bnk: frame }`.
 *
 * `my.onMessage` is a single slot: we chain to whatever was there so that other page code that
 * listens to the mini-program keeps working.
 */
import { Listeners, hostGlobal, injected, type BridgeAdapter } from './types.js';

interface My {
  postMessage(data: unknown): void;
  onMessage?: ((message: unknown) => void) | null;
}

export function alipayAdapter(): BridgeAdapter {
  const frames = new Listeners<unknown>();
  const my = (): My | undefined => {
    const candidate = injected('my') as My | undefined;
    return typeof candidate?.postMessage === 'function' ? candidate : undefined;
  };
  let hooked = false;
  const hook = (target: My): void => {
    if (hooked) return;
    hooked = true;
    const previous = target.onMessage;
    const ours = (message: unknown): void => {
      if (typeof previous === 'function') previous(message);
      if (typeof message === 'object' && message !== null && 'bnk' in message) frames.emit((message as { bnk: unknown }).bnk);
    };
    target.onMessage = ours;
  };
  return {
    kind: 'alipay',
    // WeChat's JSSDK never defines `my`; the check keeps a page that loads both SDKs honest.
    detect: () => my() !== undefined && hostGlobal().__wxjs_environment !== 'miniprogram',
    send(frame) {
      const target = my()!;
      hook(target);
      target.postMessage({ bnk: frame });
    },
    onMessage(listener) {
      const target = my();
      if (target) hook(target);
      return frames.add(listener);
    },
  };
}
