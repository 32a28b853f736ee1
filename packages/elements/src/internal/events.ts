import type { BankletError } from '@banklet/sdk';

/** `detail` of `banklet-ready`. */
export interface ReadyDetail {
  /** Tag name of the widget that is ready. */
  widget: string;
  /** Banklet version that rendered it. */
  version: string;
}

/** `detail` of `banklet-error`: the SDK error plus which widget reported it. */
export interface ErrorDetail extends BankletError {
  widget: string;
}

/** `detail` of the cancelable `banklet-close-request` guard event. */
export interface CloseRequestDetail {
  source: 'escape' | 'backdrop' | 'close-button' | 'method';
}

declare global {
  interface HTMLElementEventMap {
    'banklet-ready': CustomEvent<ReadyDetail>;
    'banklet-error': CustomEvent<ErrorDetail>;
    'banklet-close-request': CustomEvent<CloseRequestDetail>;
    'banklet-open': CustomEvent<Record<string, never>>;
    'banklet-close': CustomEvent<Record<string, never>>;
  }
}

/** Event names whose type is a `CustomEvent`, with their detail type. */
export type BankletEventName = {
  [K in keyof HTMLElementEventMap]: K extends `banklet-${string}` ? K : never;
}[keyof HTMLElementEventMap];

export type DetailOf<K extends BankletEventName> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;
