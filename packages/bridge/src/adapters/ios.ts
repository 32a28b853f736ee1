/**
 * iOS WKWebView: `window.webkit.messageHandlers.<name>.postMessage(frame)`.
 *
 * When the app registers a `WKScriptMessageHandlerWithReply` (iOS 14+), `postMessage` returns a
 * Promise that resolves with the host's reply, so a request needs no second channel. A plain
 * `WKScriptMessageHandler` returns nothing; the host then answers (and always sends events)
 * through `callAsyncJavaScript("window.__banklet.receive(frame)", arguments: ["frame": …])`.
 * A reply handler that answers with an error string rejects the Promise; we turn that into an
 * INTERNAL response for the same request so the caller does not wait for its timeout.
 */
import { CHANNEL, PROTOCOL_VERSION } from '../envelope.js';
import { inbox } from '../inbox.js';
import { Listeners, injected, type BridgeAdapter } from './types.js';

export interface IosAdapterOptions {
  /** Name the app registered with `WKUserContentController.add(_:name:)`. */
  name?: string;
}

interface MessageHandler {
  postMessage(body: unknown): unknown;
}

export function iosAdapter({ name = 'banklet' }: IosAdapterOptions = {}): BridgeAdapter {
  const replies = new Listeners<unknown>();
  const handler = (): MessageHandler | undefined => {
    const handlers = injected('webkit')?.messageHandlers as Record<string, unknown> | undefined;
    const candidate = handlers?.[name] as MessageHandler | undefined;
    return typeof candidate?.postMessage === 'function' ? candidate : undefined;
  };

  return {
    kind: 'ios',
    detect: () => handler() !== undefined,
    send(frame) {
      const reply = handler()!.postMessage(frame);
      if (!isThenable(reply)) return;
      reply.then(
        (value) => {
          // Events and plain handlers reply with nil; only a real frame is worth decoding.
          if (value !== null && value !== undefined) replies.emit(value);
        },
        (error: unknown) => {
          const failure = replyFailure(frame, error);
          if (failure) replies.emit(failure);
        },
      );
    },
    onMessage(listener) {
      const offReplies = replies.add(listener);
      const offInbox = inbox().listen(listener);
      return () => {
        offReplies();
        offInbox();
      };
    },
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as PromiseLike<unknown>).then === 'function';
}

/** Builds the error response for a request whose reply Promise rejected. Our own frame, so parse is safe. */
function replyFailure(sent: string, error: unknown): string | undefined {
  const request = JSON.parse(sent) as { k: string; sid: string; id: string };
  if (request.k !== 'req') return undefined;
  const msg = error instanceof Error ? error.message : String(error);
  return JSON.stringify({
    ch: CHANNEL,
    v: PROTOCOL_VERSION,
    sid: request.sid,
    id: request.id,
    k: 'res',
    ok: false,
    e: { code: 'INTERNAL', msg: `host reply failed: ${msg}`.slice(0, 500), retryable: false },
  });
}
