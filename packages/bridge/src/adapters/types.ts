/**
 * An adapter moves frames (JSON strings) between the page and one kind of host. It knows nothing
 * about the protocol: ids, timeouts, validation and the handshake live in bridge.ts, so each host
 * quirk (string-only channels, reply Promises, `document`-only events) stays in one small file.
 */
export type HostKind =
  | 'ios'
  | 'android-listener'
  | 'android-interface'
  | 'react-native'
  | 'flutter'
  | 'wechat'
  | 'alipay'
  | 'iframe';

export interface BridgeAdapter {
  readonly kind: HostKind;
  /** True when this host's channel exists in the page right now. Cheap, no side effects. */
  detect(): boolean;
  /** Hands one frame to the host. May throw when the channel vanished; the bridge maps that. */
  send(frame: string): void;
  /**
   * Subscribes to raw incoming data (usually frame strings, but whatever the channel carried:
   * the bridge schema-checks it). Returns the unsubscribe function.
   */
  onMessage(listener: (raw: unknown) => void): () => void;
}

/** The global scope, typed loosely: hosts inject objects the DOM typings do not know about. */
export const hostGlobal = (): Record<string, unknown> => globalThis as unknown as Record<string, unknown>;

/** Reads an injected object by name without trusting its shape. */
export function injected(name: string): Record<string, unknown> | undefined {
  const value = hostGlobal()[name];
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** A set of listeners with a safe fan-out: one throwing listener must not starve the others. */
export class Listeners<T> {
  private readonly set = new Set<(value: T) => void>();

  get size(): number {
    return this.set.size;
  }

  add(listener: (value: T) => void): () => void {
    this.set.add(listener);
    return () => {
      this.set.delete(listener);
    };
  }

  emit(value: T): void {
    for (const listener of [...this.set]) {
      try {
        listener(value);
      } catch (error) {
        console.error('Banklet bridge: listener threw', error);
      }
    }
  }
}
