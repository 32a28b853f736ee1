import type { Transport, TransportRequest, TransportResponse } from '../config.js';

/** One scripted answer: a response, a thrown error, or a promise the test settles itself. */
export type Reply =
  | { status: number; body?: unknown; headers?: Record<string, string>; malformed?: boolean }
  | { throws: unknown }
  | { hang: true };

export interface FakeTransport extends Transport {
  /** Every request as the transport saw it, in order. */
  calls: TransportRequest[];
  /** Which answer comes next; the last entry repeats once the script runs out. */
  script: Reply[];
}

/**
 * A transport answering from a script, for tests of the pipeline around it (retries, auth,
 * idempotency). `hang` never answers but honours the abort signal, as `fetch` does.
 */
export function fakeTransport(...script: Reply[]): FakeTransport {
  const fake: FakeTransport = {
    calls: [],
    script,
    request(request) {
      fake.calls.push(request);
      const reply = fake.script.length > 1 ? fake.script.shift()! : fake.script[0]!;
      if ('throws' in reply) return Promise.reject(reply.throws);
      if ('hang' in reply) {
        return new Promise<TransportResponse>((_, reject) =>
          request.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
        );
      }
      return Promise.resolve({ status: reply.status, headers: reply.headers ?? {}, body: reply.body, ...(reply.malformed ? { malformed: true } : {}) });
    },
  };
  return fake;
}

/** A unique database name, so tests never see each other's IndexedDB records. */
export const freshDbName = (): string => `banklet-test-${Math.random().toString(36).slice(2)}`;
