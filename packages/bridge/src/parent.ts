/**
 * For the page that embeds a Banklet iframe (`demo/embed.html` or a bank's own embed page):
 * answers the widget's handshake, resizes the iframe from `ui.resize`, and serves whatever
 * methods the partner chooses to offer.
 *
 * The same hygiene as the child side: frames are accepted only from that iframe's window and its
 * exact origin, and sent only to that origin.
 */
import { assertExactOrigin } from './adapters/iframe.js';
import { createHost, type Host, type HostMethod } from './host.js';

export interface EmbedOptions {
  /** Exact origin of the embedded page, e.g. `https://widgets.bank.example`. */
  origin: string;
  /** Methods offered to the widget (e.g. `close`, `openUrl`). Default: none. */
  methods?: Record<string, HostMethod>;
  /** Upper bound for the iframe height in CSS pixels; the widget clamps too. */
  maxHeight?: number;
  /** Called after each resize, for hosts that animate or log. */
  onResize?(height: number): void;
  /** The widget's `banklet-*` events, forwarded by the embed page (`widget.event`). */
  onWidgetEvent?(name: string, detail: unknown): void;
}

export interface EmbedConnection {
  readonly host: Host;
  disconnect(): void;
}

export function connectEmbed(iframe: HTMLIFrameElement, options: EmbedOptions): EmbedConnection {
  assertExactOrigin(options.origin);
  const maxHeight = options.maxHeight ?? Number.POSITIVE_INFINITY;
  const host = createHost({
    send(frame) {
      iframe.contentWindow?.postMessage(frame, options.origin);
    },
    methods: options.methods ?? {},
    host: { name: 'iframe-parent', version: '1' },
    onEvent(event, data) {
      if (event === 'widget.event') {
        const { name, detail } = (data ?? {}) as { name?: unknown; detail?: unknown };
        if (typeof name === 'string' && /^banklet-[a-z-]+$/.test(name)) options.onWidgetEvent?.(name, detail);
        return;
      }
      if (event !== 'ui.resize') return;
      const height = (data as { height?: unknown } | undefined)?.height;
      if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return;
      const clamped = Math.min(Math.ceil(height), maxHeight);
      iframe.style.height = `${clamped}px`;
      options.onResize?.(clamped);
    },
  });
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== iframe.contentWindow || event.origin !== options.origin) return;
    host.receive(event.data);
  };
  window.addEventListener('message', onMessage);
  return {
    host,
    disconnect: () => window.removeEventListener('message', onMessage),
  };
}
