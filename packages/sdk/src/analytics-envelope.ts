/**
 * The analytics envelope shared by every widget event (DESIGN.md). Its field names follow the
 * Segment / OpenTelemetry shapes banks already ingest, so a pipeline maps it without a custom store.
 */
export interface Experiment {
  id: string;
  variant: string;
}

export interface AnalyticsEnvelope {
  /** Unique per event; the ingest endpoint drops duplicates by it. */
  id: string;
  /** Dash-case event name, e.g. `banklet-step-change`. */
  name: string;
  /** Epoch milliseconds when the event happened on the device. */
  ts: number;
  /** Tag of the emitting widget, e.g. `banklet-payment-sheet`. */
  widget: string;
  /** One per page view (per client instance). */
  sessionId: string;
  /** Ties the events of one journey (one application, one payment) together. */
  correlationId: string;
  experiment?: Experiment;
  /** JSON-serializable event properties. Never personal data or secrets. */
  props: Record<string, unknown>;
}

/** What a caller supplies; the client fills in id, ts and sessionId. */
export interface TrackInput {
  name: string;
  widget: string;
  correlationId?: string;
  experiment?: Experiment;
  props?: Record<string, unknown>;
}

/** A random id that does not need a secure context (crypto.randomUUID does). */
export function randomId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // RFC 4122 version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
