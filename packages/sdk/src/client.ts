import type { BankletConfig } from './config.js';
import { randomId, type AnalyticsEnvelope, type TrackInput } from './analytics-envelope.js';

/**
 * The object every widget talks to. One per page is typical (`Banklet.configure`), but any widget
 * can be handed its own through its `client` property.
 */
export interface BankletClient {
  readonly config: Readonly<BankletConfig>;
  /** One per client instance; groups a page view's analytics events. */
  readonly sessionId: string;
  /** Wraps an event in the shared envelope and hands it to the analytics pipeline. */
  track(input: TrackInput): AnalyticsEnvelope;
}

/** Checks the parts of a config that would otherwise fail late and obscurely. */
export function assertConfig(config: BankletConfig): void {
  if (!config || typeof config !== 'object') throw new TypeError('Banklet: createClient(config) needs a config object.');
  if (typeof config.baseUrl !== 'string' || config.baseUrl === '') {
    throw new TypeError('Banklet: config.baseUrl must be the URL of the Banklet API.');
  }
  if (typeof config.fetchToken !== 'function') {
    throw new TypeError('Banklet: config.fetchToken must be a function returning a Promise of a token.');
  }
}

export function createClient(config: BankletConfig): BankletClient {
  // Configuration mistakes are programming errors at integration time, so they throw; runtime
  // failures (HTTP, network) never do and come back as results instead.
  assertConfig(config);
  const frozen = Object.freeze({ ...config });
  const sessionId = randomId();
  return {
    config: frozen,
    sessionId,
    track(input) {
      const envelope: AnalyticsEnvelope = {
        id: randomId(),
        name: input.name,
        ts: Date.now(),
        widget: input.widget,
        sessionId,
        correlationId: input.correlationId ?? sessionId,
        ...(input.experiment ? { experiment: input.experiment } : {}),
        props: input.props ?? {},
      };
      try {
        frozen.onEvent?.(envelope);
      } catch (error) {
        // A host's analytics hook must never break a payment or an application.
        console.error('Banklet: config.onEvent threw', error);
      }
      return envelope;
    },
  };
}
