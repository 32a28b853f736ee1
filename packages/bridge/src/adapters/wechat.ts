/**
 * WeChat mini-program `<web-view>`. There is no live channel back into the page: the
 * mini-program sees `wx.miniProgram.postMessage` data only at back navigation, destroy or share,
 * and can reach the page only by changing its URL. So this adapter answers the protocol *inside
 * the page*, on the host's behalf, with what the JSSDK can actually do:
 *
 * - `payment.handoff {ticket}`: `wx.miniProgram.navigateTo('<payPage>?ticket=…')`. That native
 *   page calls `wx.requestPayment` (H5 cannot) and navigates back. When the page is shown again
 *   (`pageshow` / `visibilitychange`) the call resolves with hint `unknown`: the widget re-queries
 *   the server, the only source of truth. The ticket is opaque and carries no amount, so nothing
 *   in the URL can be altered into a different payment.
 * - `close`: `navigateBack`.
 * - `share`: `postMessage` of the share payload, which the mini-program reads when the user shares.
 *
 * Everything else is UNSUPPORTED, and `has()` says so up front.
 */
import { CHANNEL, PROTOCOL_VERSION, type RequestFrame } from '../envelope.js';
import type { BridgeErrorData } from '../errors.js';
import type { HelloResult } from '../methods.js';
import { Listeners, hostGlobal, injected, type BridgeAdapter } from './types.js';

export interface WechatAdapterOptions {
  /** Mini-program page that performs the payment; receives `?ticket=`. */
  payPage?: string;
}

interface MiniProgram {
  navigateTo(options: { url: string; success?: () => void; fail?: (error: unknown) => void }): void;
  navigateBack(options?: { delta?: number }): void;
  postMessage(options: { data: unknown }): void;
}

const METHODS = ['payment.handoff', 'close', 'share'];

export function wechatAdapter({ payPage = '/pages/banklet-pay/index' }: WechatAdapterOptions = {}): BridgeAdapter {
  const frames = new Listeners<unknown>();
  /** Handoffs waiting for the page to come back, by request id. */
  const waiting = new Map<string, () => void>();

  const miniProgram = (): MiniProgram | undefined => {
    const mp = injected('wx')?.miniProgram as MiniProgram | undefined;
    return typeof mp?.navigateTo === 'function' ? mp : undefined;
  };

  const reply = (request: RequestFrame, outcome: { r: unknown } | { e: BridgeErrorData }): void => {
    const base = { ch: CHANNEL, v: PROTOCOL_VERSION, sid: request.sid, id: request.id, k: 'res' };
    const frame = 'r' in outcome ? { ...base, ok: true, r: outcome.r } : { ...base, ok: false, e: outcome.e };
    // Asynchronous like every real host, so callers never see a reply before `send` returns.
    setTimeout(() => frames.emit(JSON.stringify(frame)), 0);
  };
  const failure = (code: BridgeErrorData['code'], msg: string): { e: BridgeErrorData } => ({ e: { code, msg, retryable: false } });

  const awaitReturn = (request: RequestFrame): void => {
    const done = (): void => {
      if (document.visibilityState !== 'visible') return;
      stop();
      reply(request, { r: { hint: 'unknown' } });
    };
    const stop = (): void => {
      waiting.delete(request.id);
      window.removeEventListener('pageshow', done);
      document.removeEventListener('visibilitychange', done);
    };
    waiting.set(request.id, stop);
    window.addEventListener('pageshow', done);
    document.addEventListener('visibilitychange', done);
  };

  const handle = (request: RequestFrame): void => {
    const mp = miniProgram()!;
    const params = (request.p ?? {}) as Record<string, unknown>;
    switch (request.m) {
      case 'bridge.hello': {
        const result: HelloResult = { protocol: PROTOCOL_VERSION, host: { name: 'wechat-miniprogram', version: 'jssdk' }, methods: METHODS };
        reply(request, { r: result });
        return;
      }
      case 'payment.handoff': {
        const url = `${payPage}?ticket=${encodeURIComponent(String(params.ticket))}`;
        awaitReturn(request);
        mp.navigateTo({
          url,
          fail: (error) => {
            waiting.get(request.id)?.();
            reply(request, failure('INTERNAL', `navigateTo failed: ${JSON.stringify(error) ?? 'unknown'}`.slice(0, 500)));
          },
        });
        return;
      }
      case 'close':
        mp.navigateBack({ delta: 1 });
        reply(request, { r: {} });
        return;
      case 'share':
        mp.postMessage({ data: { banklet: 'share', title: params.title, text: params.text, url: params.url } });
        reply(request, { r: {} });
        return;
      default:
        reply(request, failure('UNSUPPORTED', `${request.m} is not available in a WeChat mini-program`));
    }
  };

  return {
    kind: 'wechat',
    detect: () => hostGlobal().__wxjs_environment === 'miniprogram' && miniProgram() !== undefined,
    send(text) {
      // Our own frame, produced by bridge.ts: parsing it is not parsing host input.
      const frame = JSON.parse(text) as RequestFrame | { k: 'evt'; ev: string; d?: { id?: string } };
      if (frame.k === 'req') handle(frame);
      else if (frame.k === 'evt' && frame.ev === 'bridge.cancel' && typeof frame.d?.id === 'string') waiting.get(frame.d.id)?.();
    },
    onMessage: (listener) => frames.add(listener),
  };
}
