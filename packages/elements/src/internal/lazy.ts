import { adoptStyles, type CSSResult, type ReactiveElement } from 'lit';
import { whenIdle } from '@banklet/sdk';

/**
 * Code a widget needs only for some views, loaded once per page on first use. `current` is set
 * as soon as the module has loaded, so widgets mounted later render it without waiting a tick.
 *
 * ```ts
 * const views = lazyModule(() => import('./views-chunk.js'));
 * render() { return views.current ? views.current.renderX() : skeleton; }
 * // somewhere in willUpdate: views.whenNeeded(this);
 * ```
 */
export interface LazyModule<T> {
  /** The loaded module, or `undefined` until it has loaded. */
  readonly current: T | undefined;
  /** Starts loading (once per page). A failed load is retried on the next call. */
  load(): Promise<T>;
  /** Loads, then asks `host` to render again if it is still on the page. */
  whenNeeded(host: { isConnected: boolean; requestUpdate(): void }): void;
  /** Loads when the browser is next idle; scheduled once per page, holding no element. */
  prefetch(): void;
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let pending: Promise<T> | undefined;
  let prefetching = false;
  const lazy = {
    current: undefined as T | undefined,
    load(): Promise<T> {
      pending ??= importer().then(
        (loaded) => (lazy.current = loaded),
        (error: unknown) => {
          // A dropped connection must not leave the view empty for the rest of the page's life.
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    whenNeeded(host: { isConnected: boolean; requestUpdate(): void }): void {
      if (lazy.current) return;
      lazy.load().then(
        () => host.isConnected && host.requestUpdate(),
        () => undefined,
      );
    },
    prefetch(): void {
      if (lazy.current || prefetching) return;
      prefetching = true;
      whenIdle(() => {
        prefetching = false;
        lazy.load().catch(() => undefined);
      });
    },
  };
  return lazy;
}

const lateStyles = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds styles that arrived with a lazy chunk to `host`'s shadow root, once, after its static
 * styles. Constructable stylesheets, like Lit's own, so a strict `style-src 'self'` allows them.
 */
export function adoptLateStyles(host: ReactiveElement, styles: CSSResult): void {
  const root = host.renderRoot;
  if (!(root instanceof ShadowRoot)) return;
  const added = lateStyles.get(root) ?? new Set<CSSResult>();
  if (added.has(styles)) return;
  lateStyles.set(root, added.add(styles));
  const sheet = styles.styleSheet;
  // Without adoptable sheets Lit's adoptStyles appends a <style>, which is what we want here too.
  if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else adoptStyles(root, [styles]);
}
