import type { BankletConfig } from './config.js';
import type { AnalyticsEnvelope } from './analytics-envelope.js';
import type { AnalyticsOutbox, DeliveryOutcome } from './analytics.js';
import { buildCore, type ClientEnvironment, type CoreClient } from './core-client.js';
import { isInteger, shape } from './guards.js';
import { applicationsResource, type ApplicationsResource } from './resources/applications.js';
import { cardsResource, type CardsResource } from './resources/cards.js';
import { offersResource, type OffersResource } from './resources/offers.js';
import { otpResource, type OtpResource } from './resources/otp.js';
import { paymentsResource, type PaymentsResource } from './resources/payments.js';
import { rewardsResource, type RewardsResource } from './resources/rewards.js';

export { assertConfig, createCoreClient, type ClientEnvironment, type CoreClient } from './core-client.js';

/**
 * The object every widget talks to: requests, analytics and their lifecycle. One per page is
 * typical (`Banklet.configure`), but any widget can be handed its own through its `client`
 * property. It carries no journey resources, so a page (or a CDN core) that only needs one
 * journey does not download the other five: widgets build theirs with `offersResource(
 * client.request)` and the like.
 */
export interface BaseClient extends CoreClient {
  /** Sends the analytics events waiting in the outbox now (e.g. before an in-app navigation). */
  flushEvents(): Promise<void>;
  /** Stops the client's timers and page listeners; events not yet sent stay stored. */
  dispose(): void;
}

/** A base client with every journey's resource attached: the convenient one for host code. */
export interface BankletClient extends BaseClient {
  cards: CardsResource;
  applications: ApplicationsResource;
  otp: OtpResource;
  rewards: RewardsResource;
  offers: OffersResource;
  payments: PaymentsResource;
}

const isIngestResult = shape({ accepted: isInteger });
/** Relative to `baseUrl`, which ends in `/v1` (see the contract). */
const ANALYTICS_PATH = '/analytics/events';

/**
 * Marks the resources `createClient` attaches, so that widgets know they may build their own
 * (with the widget's language on every call) instead of using these; a resource a host put on
 * the client itself (a decorated or fake one) carries no mark and is used as it is.
 */
export const SDK_RESOURCE: unique symbol = Symbol.for('banklet.sdk-resource') as never;

const mark = <R extends object>(resource: R): R => Object.defineProperty(resource, SDK_RESOURCE, { value: true });

/** A client with every journey's resource (`client.payments.confirm(…)`, `client.rewards.ledger(…)`). */
export function createClient(config: BankletConfig, environment: ClientEnvironment = {}): BankletClient {
  const base = createBaseClient(config, environment);
  return {
    ...base,
    cards: mark(cardsResource(base.request)),
    applications: mark(applicationsResource(base.request)),
    otp: mark(otpResource(base.request)),
    rewards: mark(rewardsResource(base.request)),
    offers: mark(offersResource(base.request)),
    payments: mark(paymentsResource(base.request)),
  };
}

/** The client without resources (what `Banklet.configure` creates); see `BaseClient`. */
export function createBaseClient(config: BankletConfig, environment: ClientEnvironment = {}): BaseClient {
  const { client: core, context, whenQuiet } = buildCore(config, environment);
  const { analytics } = core.config;

  const deliver = async (events: AnalyticsEnvelope[], keepalive: boolean): Promise<DeliveryOutcome> => {
    // At unload there is no time to ask the host for a token; without one the events wait.
    if (keepalive && context.tokens.peek() === undefined) return 'retry';
    const { error } = await core.request({ method: 'POST', path: ANALYTICS_PATH, body: { events }, retry: false, keepalive, check: isIngestResult });
    if (!error) return 'accepted';
    if (error.status === 413) return 'too_large';
    return error.status === 400 || error.status === 422 ? 'rejected' : 'retry';
  };
  // The outbox (with its IndexedDB code) is a separate chunk. It loads with the first event to
  // store or `flushEvents()`, else once the page is quiet after the client is made (no request
  // in flight for a second, then idle; see buildCore): requested with the client, its download,
  // evaluation and IndexedDB open competed with the first widget's render for the main thread,
  // and most widgets track nothing before they are shown. Events tracked before it arrives queue
  // on the promise, in order, and `onEvent` never waits for it.
  let disposed = false;
  /** Set once loaded, so that `track` adds synchronously and `pagehide` sees the latest events. */
  let ready: AnalyticsOutbox | undefined;
  // Until the outbox has loaded, a page closing must not take the first events with it: they are
  // sent with keepalive from here. They also reach the outbox once it loads, so a copy sent twice
  // is possible and harmless (the server drops duplicates by event id).
  const early = new Map<string, AnalyticsEnvelope>();
  const inBrowser = analytics !== false && typeof window !== 'undefined' && typeof document !== 'undefined';
  const sendEarly = (event: Event) => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    if (!ready && early.size) void deliver([...early.values()], true);
  };
  const stopEarly = () => {
    early.clear();
    if (!inBrowser) return;
    window.removeEventListener('pagehide', sendEarly);
    document.removeEventListener('visibilitychange', sendEarly);
  };
  if (inBrowser) {
    window.addEventListener('pagehide', sendEarly);
    document.addEventListener('visibilitychange', sendEarly);
  }
  let loadNow = (): void => undefined;
  const outbox: Promise<AnalyticsOutbox> | undefined =
    analytics === false
      ? undefined
      : new Promise<void>((start) => {
          loadNow = start;
          whenQuiet(start);
        }).then(() => import('./analytics.js')).then(({ createAnalyticsOutbox }) => {
          const created = createAnalyticsOutbox({
            endpoint: core.config.baseUrl,
            deliver,
            clock: context.clock,
            random: context.random,
            dbName: environment.dbName,
            batchSize: analytics?.batchSize,
            flushIntervalMs: analytics?.flushIntervalMs,
          });
          if (disposed) created.dispose();
          ready = created;
          // The adds queued while loading run in this same microtask checkpoint, before any
          // page event can, so the outbox's own pagehide handling takes over without a gap.
          stopEarly();
          return created;
        });
  outbox?.catch(() => undefined);

  return {
    config: core.config,
    sessionId: core.sessionId,
    request: core.request,
    track(input) {
      const envelope = core.track(input);
      if (!ready && outbox) {
        early.set(envelope.id, envelope);
        loadNow();
      }
      (ready ? ready.add(envelope) : outbox?.then((o) => o.add(envelope)))?.catch(() => undefined);
      return envelope;
    },
    flushEvents: () => {
      loadNow();
      return outbox ? outbox.then((o) => o.flush()).catch(() => undefined) : Promise.resolve();
    },
    dispose() {
      disposed = true;
      stopEarly();
      void outbox?.then((o) => o.dispose()).catch(() => undefined);
    },
  };
}
