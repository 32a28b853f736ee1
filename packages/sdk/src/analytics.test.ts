import { expect } from '@open-wc/testing';
import { openDB } from 'idb';
import { useFakeTimers, type SinonFakeTimers } from 'sinon';
import type { AnalyticsEnvelope } from './analytics-envelope.js';
import { createClient, type BankletClient } from './client.js';
import { createAnalyticsOutbox } from './analytics.js';
import { systemClock } from './runtime.js';
import type { BankletConfig } from './config.js';
import { freshDbName } from './testing/fake-transport.js';

/** One macrotask turn that fake timers do not control, so IndexedDB work can progress. */
const turn = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** Waits (in real time: IndexedDB does not follow the fake clock) until `condition` holds. */
async function until(condition: () => boolean, what: string): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < 3000) {
    if (condition()) return;
    await turn();
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Lets pending IndexedDB writes and answers finish, when the test expects nothing to happen. */
const quiet = async () => {
  const start = performance.now();
  while (performance.now() - start < 60) await turn();
};

interface Sent {
  ids: string[];
  keepalive: boolean;
  auth: string | null;
  url: string;
}

/** The ingest endpoint: answers per `mode`, stores each event id once, counts duplicates. */
function fakeServer() {
  const server = {
    mode: 'up' as 'up' | 'down' | 'error' | 'bad' | 'too-large',
    /** Store the events but never answer (the page is gone before the response). */
    silent: false,
    requests: [] as Sent[],
    stored: new Set<string>(),
    duplicates: 0,
    fetch: (async (url: string, init: RequestInit) => {
      if (!url.endsWith('/analytics/events')) return Response.json({});
      const events = (JSON.parse(init.body as string) as { events: AnalyticsEnvelope[] }).events;
      server.requests.push({ ids: events.map((e) => e.id), keepalive: init.keepalive === true, auth: new Headers(init.headers).get('authorization'), url });
      if (server.mode === 'down') throw new TypeError('Failed to fetch');
      if (server.mode === 'error') return new Response(null, { status: 503 });
      if (server.mode === 'bad') return new Response(null, { status: 400 });
      if (server.mode === 'too-large' && events.length > 1) return new Response(null, { status: 413 });
      let accepted = 0;
      for (const e of events) {
        if (server.stored.has(e.id)) server.duplicates += 1;
        else {
          server.stored.add(e.id);
          accepted += 1;
        }
      }
      if (server.silent) return new Promise<Response>(() => undefined);
      return Response.json({ accepted, duplicates: events.length - accepted });
    }) as typeof fetch,
  };
  return server;
}

async function outboxIds(dbName: string): Promise<string[]> {
  const db = await openDB(dbName);
  const ids = (await db.getAllKeys('outbox')) as string[];
  db.close();
  return ids;
}

describe('analytics outbox', () => {
  let clock: SinonFakeTimers;
  let dbName: string;
  let server: ReturnType<typeof fakeServer>;
  const clients: BankletClient[] = [];

  const client = (config: Partial<BankletConfig> = {}) => {
    const c = createClient(
      { baseUrl: 'https://api.test/v1', fetchToken: async () => 'tok', analytics: { batchSize: 3, flushIntervalMs: 5000 }, ...config },
      { dbName, fetch: server.fetch, random: () => 0 },
    );
    clients.push(c);
    return c;
  };
  const track = (c: BankletClient, n: number) => Array.from({ length: n }, (_, i) => c.track({ name: 'banklet-test-event', widget: 'banklet-test', props: { i } }).id);

  beforeEach(() => {
    clock = useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    dbName = freshDbName();
    server = fakeServer();
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.dispose();
    clock.restore();
  });

  it('calls onEvent synchronously for every event and writes each to the outbox first', async () => {
    const seen: string[] = [];
    const c = client({ onEvent: (e) => seen.push(e.id) });
    const ids = track(c, 2);
    expect(seen).to.deep.equal(ids);
    await until(() => false || seen.length === 2, 'onEvent');
    await quiet();
    expect((await outboxIds(dbName)).sort()).to.deep.equal([...ids].sort());
    expect(server.requests).to.have.length(0);
  });

  it('sends a batch as soon as batchSize events are waiting', async () => {
    const c = client();
    const ids = track(c, 3);
    await until(() => server.requests.length === 1, 'a batch');
    expect(server.requests[0]).to.deep.include({ ids, keepalive: false, auth: 'Bearer tok', url: 'https://api.test/v1/analytics/events' });
    await until(() => server.stored.size === 3, 'storage');
    await quiet();
    expect(await outboxIds(dbName)).to.deep.equal([]);
  });

  it('sends a partial batch after flushIntervalMs, not before', async () => {
    const c = client();
    const ids = track(c, 2);
    await quiet();
    clock.tick(4999);
    await quiet();
    expect(server.requests).to.have.length(0);
    clock.tick(1);
    await until(() => server.requests.length === 1, 'the timed batch');
    expect(server.requests[0]!.ids).to.deep.equal(ids);
  });

  it('flushes on pagehide and on visibilitychange to hidden with fetch keepalive', async () => {
    const c = client();
    await c.request({ method: 'GET', path: '/warm-up' }); // the token is held in memory
    await c.flushEvents(); // the outbox chunk has loaded
    const first = track(c, 2);
    window.dispatchEvent(new Event('pagehide'));
    await until(() => server.requests.length === 1, 'the pagehide send');
    expect(server.requests[0]).to.deep.include({ ids: first, keepalive: true });

    const second = track(c, 1);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    await until(() => server.requests.length === 2, 'the visibilitychange send');
    expect(server.requests[1]).to.deep.include({ ids: second, keepalive: true });
    await quiet();
    expect(await outboxIds(dbName)).to.deep.equal([]);
  });

  it('sends events tracked right after start-up on pagehide too (before or after the outbox loaded)', async () => {
    const c = client();
    await c.request({ method: 'GET', path: '/warm-up' });
    const ids = track(c, 2);
    window.dispatchEvent(new Event('pagehide'));
    await until(() => server.requests.some((r) => r.keepalive), 'a keepalive send');
    const sent = server.requests.filter((r) => r.keepalive).flatMap((r) => r.ids);
    expect(sent).to.include.members(ids);
  });

  it('keeps events after a failed send and retries them with backoff until accepted', async () => {
    server.mode = 'error';
    const c = client();
    const ids = track(c, 3);
    await until(() => server.requests.length === 1, 'the first try');
    await quiet();
    expect((await outboxIds(dbName)).sort()).to.deep.equal([...ids].sort());
    server.mode = 'up';
    clock.tick(499);
    await quiet();
    expect(server.requests).to.have.length(1); // still backing off (at least 500 ms)
    clock.tick(1);
    await until(() => server.stored.size === 3, 'the retry');
    expect(server.requests[1]!.ids).to.deep.equal(ids);
    await quiet();
    expect(await outboxIds(dbName)).to.deep.equal([]);
  });

  it('loses nothing and stores nothing twice across a reload', async () => {
    server.mode = 'down';
    const before = client();
    const earlier = track(before, 5); // one batch of 3 fails, 2 wait for the timer
    await until(() => server.requests.length === 1, 'the failed batch');
    await quiet();
    before.dispose(); // the page goes away with everything still in the outbox
    expect(await outboxIds(dbName)).to.have.length(5);

    server.mode = 'up';
    const after = client();
    const later = track(after, 1);
    await quiet();
    clock.tick(5000);
    await until(() => server.stored.size === 6, 'all events');
    expect([...server.stored].sort()).to.deep.equal([...earlier, ...later].sort());
    expect(server.duplicates).to.equal(0);
    await quiet();
    expect(await outboxIds(dbName)).to.deep.equal([]);
  });

  it('lets the server drop a copy sent twice (pagehide send answered, page gone before deleting)', async () => {
    const c = client();
    await c.request({ method: 'GET', path: '/warm-up' });
    const ids = track(c, 2);
    await quiet();
    // The response of the unload-time send never reaches the page: the events stay stored.
    server.silent = true;
    window.dispatchEvent(new Event('pagehide'));
    await until(() => server.stored.size === 2, 'the keepalive send');
    c.dispose();
    server.silent = false;
    const next = client();
    track(next, 1);
    await quiet();
    clock.tick(5000);
    await until(() => server.stored.size === 3 && server.requests.length >= 2, 'the resend');
    await quiet();
    expect(server.duplicates).to.equal(2); // counted, not stored
    expect([...server.stored]).to.include.members(ids);
    expect(await outboxIds(dbName)).to.deep.equal([]);
  });

  it('drops a batch the server refuses (400) instead of blocking the outbox, and halves on 413', async () => {
    server.mode = 'bad';
    const c = client();
    track(c, 3);
    await until(() => server.requests.length === 1, 'the refused batch');
    await quiet();
    expect(await outboxIds(dbName)).to.deep.equal([]);

    server.mode = 'too-large';
    const ids = track(c, 3);
    await until(() => server.stored.size === 3, 'the split batches');
    expect(server.requests.slice(1).map((r) => r.ids.length)).to.deep.equal([3, 1, 1, 1]);
    expect([...server.stored].sort()).to.deep.equal([...ids].sort());
  });

  it('sends nothing with analytics: false, but still calls onEvent', async () => {
    const seen: string[] = [];
    const c = client({ analytics: false, onEvent: (e) => seen.push(e.id) });
    track(c, 4);
    await quiet();
    clock.tick(60_000);
    await quiet();
    expect(seen).to.have.length(4);
    expect(server.requests).to.have.length(0);
  });

  it('bounds what a long-offline device keeps: the oldest events beyond the limit go first', async () => {
    const delivered: string[][] = [];
    let up = false;
    const outbox = createAnalyticsOutbox({
      endpoint: 'https://api.test/v1',
      deliver: async (events) => {
        if (!up) return 'retry';
        delivered.push(events.map((e) => e.id));
        return 'accepted';
      },
      clock: systemClock,
      random: () => 0,
      dbName,
      batchSize: 10,
      maxStoredEvents: 3,
      listen: false,
    });
    const envelope = (i: number): AnalyticsEnvelope => ({ id: `e${i}`, name: 'n', ts: 1000 + i, widget: 'w', sessionId: 's', correlationId: 'c', props: {} });
    for (let i = 0; i < 5; i++) await outbox.add(envelope(i));
    await outbox.flush();
    up = true;
    await outbox.flush();
    outbox.dispose();
    expect(delivered).to.deep.equal([['e2', 'e3', 'e4']]);
  });
});
