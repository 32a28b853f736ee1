import { createClient, type Appearance, type BankletClient, type BankletConfig } from '@banklet/sdk';

/**
 * The page-wide defaults that `Banklet.configure()` sets. Widgets read them when they have no
 * `client` / `appearance` of their own, and re-render when they change, so a host can switch
 * the locale, scheme or senior mode of every widget on the page with one call.
 */
export interface ConfigureOptions extends Partial<BankletConfig> {
  /** An existing client to share instead of creating one from `baseUrl` / `fetchToken`. */
  client?: BankletClient;
}

export interface PageDefaults {
  client?: BankletClient;
  appearance?: Appearance;
  locale?: string;
}

type Listener = () => void;

let defaults: PageDefaults = {};
const listeners = new Set<Listener>();

/**
 * Configures Banklet for this page. The first call usually passes `baseUrl` and `fetchToken`;
 * later calls may pass only `appearance` or `locale` to change them live. Returns the client.
 */
export function configure(options: ConfigureOptions): BankletClient | undefined {
  const { client, ...config } = options;
  let next = defaults.client;
  if (client) next = client;
  else if (config.baseUrl !== undefined || config.fetchToken !== undefined) {
    next = createClient({ ...defaults.client?.config, ...config } as BankletConfig);
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
