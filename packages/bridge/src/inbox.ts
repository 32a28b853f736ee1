/**
 * The page's one entry point for hosts that talk by evaluating script: WKWebView's
 * `callAsyncJavaScript`, Android's `evaluateJavascript`, React Native's `injectJavaScript` and
 * Flutter's `runJavaScript` all end in `window.__banklet.receive(frameString)`.
 *
 * `receive` takes a string and hands it on *unparsed*; the bridge only ever `JSON.parse`s it.
 * Hosts must pass the frame as an argument (`callAsyncJavaScript(…, arguments:)`) or as a JSON
 * string literal (`JSON.stringify(frame)` / `jsonEncode(frame)`), never splice it into code.
 *
 * Two Banklet copies on one page share the inbox: the first installs it, later ones subscribe to
 * the existing one, and each bridge filters frames by its own session id.
 */
import { Listeners, hostGlobal } from './adapters/types.js';

export const INBOX_GLOBAL = '__banklet';

export interface Inbox {
  /** Called by the host with one frame string. Never throws back into host code. */
  receive(frame: unknown): void;
  /** Subscribes to frames; returns the unsubscribe function. */
  listen(listener: (frame: unknown) => void): () => void;
}

function isInbox(value: unknown): value is Inbox {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Inbox).receive === 'function' &&
    typeof (value as Inbox).listen === 'function'
  );
}

let local: Inbox | undefined;

export function inbox(): Inbox {
  const existing = hostGlobal()[INBOX_GLOBAL];
  if (isInbox(existing)) return existing;
  if (local) return local;
  const listeners = new Listeners<unknown>();
  const created: Inbox = {
    receive(frame) {
      listeners.emit(frame);
    },
    listen(listener) {
      return listeners.add(listener);
    },
  };
  local = created;
  // Read-only and non-configurable: a later script cannot swap the inbox for one that records
  // frames. (Page scripts can still call `receive`; they run with the page's own authority.)
  try {
    Object.defineProperty(globalThis, INBOX_GLOBAL, { value: Object.freeze(created), enumerable: false, configurable: false, writable: false });
  } catch {
    // Another copy raced us and defined something unusual; our local inbox still works for us.
  }
  return created;
}
