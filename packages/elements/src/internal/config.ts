import { createBaseClient, type Appearance, type BaseClient, type BankletConfig } from '@banklet/sdk';

/**
 * The page-wide defaults that `Banklet.configure()` sets. Widgets read them when they have no
 * `client` / `appearance` of their own, and re-render when they change, so a host can switch
 * the locale, scheme or senior mode of every widget on the page with one call.
 */
export interface ConfigureOptions extends Partial<BankletConfig> {
  /** An existing client to share instead of creating one from `baseUrl` / `fetchToken`. */
  client?: BaseClient;
}

export interface PageDefaults {
  client?: BaseClient;
  appearance?: Appearance;
  locale?: string;
}

type Listener = () => void;

let defaults: PageDefaults = {};
/** Clients configure() created (as opposed to ones the host passed in, which the host owns). */
const ownClients = new WeakSet<BaseClient>();
const listeners = new Set<Listener>();

/**
 * Configures Banklet for this page. The first call usually passes `baseUrl` and `fetchToken`;
 * later calls may pass only `appearance` or `locale` to change them live. Returns the client.
 */
export function configure(options: ConfigureOptions): BaseClient | undefined {
  const { client, ...config } = options;
  const previous = defaults.client;
  let next = previous;
  if (client) next = client;
  else if (config.baseUrl !== undefined || config.fetchToken !== undefined) {
    next = createBaseClient({ ...previous?.config, ...config } as BankletConfig);
    // A client we created and now replace would keep its timers and page listeners otherwise.
    if (previous && ownClients.has(previous)) previous.dispose();
    ownClients.add(next);
  }
  defaults = {
    client: next,
    appearance: options.appearance ?? defaults.appearance ?? next?.config.appearance,
    locale: options.locale ?? defaults.locale ?? next?.config.locale,
  };
  for (const listener of listeners) listener();
  return next;
}

export function pageDefaults(): Readonly<PageDefaults> {
  return defaults;
}

/** Subscribes to configure() calls; returns the unsubscribe function. */
export function onConfigure(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Test hook: back to an unconfigured page. */
export function resetConfiguration(): void {
  defaults = {};
  for (const listener of listeners) listener();
}
