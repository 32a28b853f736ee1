/**
 * Fake native hosts for the browser tests: each installs the object a real host would inject
 * (with that host's quirks: string-only channels, reply Promises, `document`-only events) and
 * answers with the JavaScript reference host (host.ts). `uninstall()` removes every global.
 */
import { createHost, type Host, type HostOptions } from '../host.js';
import { INBOX_GLOBAL } from '../inbox.js';

export type FakeKind = 'ios-reply' | 'ios-plain' | 'android-listener' | 'android-interface' | 'react-native-android' | 'react-native-ios' | 'flutter' | 'alipay';

export interface FakeHost {
  host: Host;
  /** Every raw value the page handed to the host channel. */
  sent: unknown[];
  uninstall(): void;
}

type HostConfig = Omit<HostOptions, 'send'>;

const g = globalThis as unknown as Record<string, unknown>;

/** What a host does when it evaluates `window.__banklet.receive(<JSON string literal>)`. */
function evaluateIntoInbox(frame: string): void {
  setTimeout(() => (g[INBOX_GLOBAL] as { receive(frame: unknown): void }).receive(frame), 0);
}

function requireString(value: unknown): string {
  if (typeof value !== 'string') throw new TypeError('this channel carries strings only');
  return value;
}

export function installFakeHost(kind: FakeKind, config: HostConfig): FakeHost {
  const sent: unknown[] = [];
  const globals: string[] = [];
  const install = (name: string, value: unknown): void => {
    g[name] = value;
    globals.push(name);
  };
  let host: Host;

  switch (kind) {
    case 'ios-reply': {
      // WKScriptMessageHandlerWithReply: replies resolve the postMessage Promise; events go
      // through callAsyncJavaScript into the inbox.
      const replies = new Map<string, (frame: string) => void>();
      host = createHost({
        ...config,
        send(frame) {
          const { id } = JSON.parse(frame) as { id: string };
          const resolve = replies.get(id);
          if (resolve) {
            replies.delete(id);
            resolve(frame);
          } else evaluateIntoInbox(frame);
        },
      });
      install('webkit', {
        messageHandlers: {
          banklet: {
            postMessage(body: unknown) {
              sent.push(body);
              const frame = JSON.parse(requireString(body)) as { k: string; id: string };
              if (frame.k !== 'req') {
                host.receive(body);
                return Promise.resolve(null);
              }
              return new Promise<string>((resolve) => {
                replies.set(frame.id, resolve);
                host.receive(body);
              });
            },
          },
        },
      });
      break;
    }
    case 'ios-plain':
      host = createHost({ ...config, send: evaluateIntoInbox });
      install('webkit', {
        messageHandlers: {
          banklet: {
            postMessage(body: unknown) {
              sent.push(body);
              host.receive(body);
            },
          },
        },
      });
      break;
    case 'android-listener': {
      const object = Object.assign(new EventTarget(), {
        postMessage(frame: unknown) {
          sent.push(frame);
          host.receive(requireString(frame));
        },
      });
      host = createHost({ ...config, send: (frame) => setTimeout(() => object.dispatchEvent(new MessageEvent('message', { data: frame })), 0) });
      install('bankletHost', object);
      break;
    }
    case 'android-interface':
    case 'flutter':
      host = createHost({ ...config, send: evaluateIntoInbox });
      install(kind === 'flutter' ? 'BankletFlutter' : 'BankletAndroid', {
        postMessage(frame: unknown) {
          sent.push(frame);
          host.receive(requireString(frame));
        },
      });
      break;
    case 'react-native-android':
    case 'react-native-ios': {
      // webViewRef.postMessage(): Android dispatches on document, iOS on window.
      const target = kind === 'react-native-android' ? document : window;
      host = createHost({ ...config, send: (frame) => setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data: frame })), 0) });
      install('ReactNativeWebView', {
        postMessage(frame: unknown) {
          sent.push(frame);
          host.receive(requireString(frame));
        },
      });
      break;
    }
    case 'alipay': {
      const my: { postMessage(data: unknown): void; onMessage?: (message: unknown) => void } = {
        postMessage(data: unknown) {
          sent.push(data);
          host.receive((data as { bnk?: unknown }).bnk);
        },
      };
      host = createHost({ ...config, send: (frame) => setTimeout(() => my.onMessage?.({ bnk: frame }), 0) });
      install('my', my);
      break;
    }
  }

  return {
    host: host!,
    sent,
    uninstall() {
      for (const name of globals) delete g[name];
    },
  };
}

/** Parses the frames the page sent (string channels) for assertions. */
export function parsed(sent: unknown[]): Array<Record<string, unknown>> {
  return sent.map((value) => JSON.parse(typeof value === 'string' ? value : String((value as { bnk: unknown }).bnk)) as Record<string, unknown>);
}
