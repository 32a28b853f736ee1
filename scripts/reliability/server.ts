/**
 * The reliability suite's page server: serves the harness page and the freshly built CDN bundles,
 * and proxies `/v1` to the sandbox so that everything is same-origin (as a bank serves it).
 *
 * The proxy is also where a schedule's per-attempt faults are sequenced: when the n-th request of
 * the armed operation arrives, it installs the n-th fault as a one-shot rule in the sandbox's own
 * fault injector (`/__sandbox/faults`, loopback only) before forwarding, so latency, 5xx/429,
 * drop-after-commit and timeouts are played by the real sandbox. Only `drop` (the connection dies
 * before the server sees anything) is the proxy's own doing. Each arrival is announced, so the
 * test can reload the page or go offline while that attempt is in flight.
 */
import { createServer, request, Agent, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { AttemptFault, IntentKind } from './schedule.js';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.map': 'application/json' };

/** The operation each intent kind moves, by method and path, and its contract operationId. */
const OPERATIONS: Record<IntentKind, { method: string; path: RegExp; operationId: string }> = {
  payment: { method: 'POST', path: /^\/v1\/payment-intents\/[^/]+\/confirm$/, operationId: 'confirmPaymentIntent' },
  redeem: { method: 'POST', path: /^\/v1\/rewards\/redemptions$/, operationId: 'createRedemption' },
  application: { method: 'POST', path: /^\/v1\/card-applications$/, operationId: 'submitCardApplication' },
  analytics: { method: 'POST', path: /^\/v1\/analytics\/events$/, operationId: 'ingestAnalyticsEvents' },
};

const HARNESS_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Banklet reliability</title>
<script type="module" src="/harness.js"></script></head><body></body></html>`;

export interface PageServer {
  origin: string;
  /** Announces `attempt` (n, fault) as each request of the armed operation is forwarded. */
  events: EventEmitter;
  /**
   * Faults per attempt of `kind`'s operation, from now until `disarm()`. `fresh`: every API
   * connection closes after one exchange, so the browser cannot resend on a reused one.
   */
  arm(kind: IntentKind, attempts: AttemptFault[], fresh: boolean): void;
  disarm(): Promise<void>;
  /** Attempts of the armed operation seen so far. */
  seen(): number;
  /** Faults actually played (by effect, plus `latency`), and the copies the analytics ingest dropped as duplicates. */
  stats: { applied: Record<string, number>; duplicatesDropped: number };
  close(): Promise<void>;
}

export async function startPageServer(options: { sandboxUrl: string; cdnDir: string; fixtureDir: string }): Promise<PageServer> {
  const { sandboxUrl, cdnDir, fixtureDir } = options;
  const target = new URL(sandboxUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const events = new EventEmitter();
  const stats = { applied: {} as Record<string, number>, duplicatesDropped: 0 };
  let armed: { kind: IntentKind; attempts: AttemptFault[]; seen: number; fresh: boolean } | undefined;

  const admin = async (method: 'POST' | 'DELETE', body?: unknown) => {
    const response = await fetch(`${sandboxUrl}/__sandbox/faults`, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`sandbox fault admin ${method}: HTTP ${response.status} ${await response.text()}`);
  };

  /** The one-shot sandbox rule for a fault, or undefined when the request passes untouched. */
  function ruleFor(kind: IntentKind, fault: AttemptFault): Record<string, unknown> | undefined {
    const rule: Record<string, unknown> = { route: OPERATIONS[kind].operationId, count: 1 };
    if (fault.latencyMs) rule.latencyMs = fault.latencyMs;
    if (typeof fault.effect === 'number') Object.assign(rule, { errorRate: 1, status: fault.effect });
    else if (fault.effect === 'dropAfterCommit') rule.dropAfterCommit = true;
    else if (fault.effect === 'timeout') rule.timeout = true;
    else if (fault.effect === 'drop' || !fault.latencyMs) return undefined;
    return rule;
  }

  const count = (name: string) => (stats.applied[name] = (stats.applied[name] ?? 0) + 1);

  async function proxy(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    let fault: AttemptFault | undefined;
    const op = armed ? OPERATIONS[armed.kind] : undefined;
    const analytics = OPERATIONS.analytics.path.test(path);
    if (armed && op && req.method === op.method && op.path.test(path)) {
      armed.seen += 1;
      const n = armed.seen;
      fault = armed.attempts[n - 1];
      if (fault) {
        if (fault.latencyMs) count('latency');
        if (fault.effect !== 'pass') count(String(fault.effect));
        const rule = ruleFor(armed.kind, fault);
        if (rule) await admin('POST', rule);
      }
      events.emit('attempt', n, fault);
    }
    if (fault?.effect === 'drop') {
      if (fault.latencyMs) await new Promise((r) => setTimeout(r, fault.latencyMs));
      req.socket.destroy();
      return;
    }
    const upstream = request(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host }, agent },
      (answer) => {
        const headers = { ...answer.headers };
        delete headers.connection;
        delete headers['keep-alive'];
        if (armed?.fresh) headers.connection = 'close';
        if (!analytics) {
          res.writeHead(answer.statusCode ?? 502, headers);
          answer.pipe(res);
          return;
        }
        // Read the ingest answer to count the copies the server recognised as already stored.
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          try {
            const parsed = JSON.parse(body.toString('utf8')) as { duplicates?: number };
            if (typeof parsed.duplicates === 'number') stats.duplicatesDropped += parsed.duplicates;
          } catch {
            // Not JSON (an error page): nothing to count.
          }
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(body);
        });
        answer.on('error', () => res.socket?.destroy());
      },
    );
    // The sandbox dropped the connection (after its commit): so does the proxy, and the browser
    // sees a network error, as it would without a proxy in between.
    upstream.on('error', () => res.socket?.destroy());
    // The browser gave up (timeout, reload, offline): the sandbox must see the close too.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  }

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (path.startsWith('/v1/')) {
      proxy(req, res, path).catch((error: unknown) => {
        console.error('reliability proxy:', error);
        res.socket?.destroy();
      });
      return;
    }
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end(HARNESS_HTML);
      return;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = normalize(path.startsWith('/cdn/') ? join(cdnDir, path.slice('/cdn/'.length)) : join(fixtureDir, path));
    if (!(file.startsWith(cdnDir) || file.startsWith(fixtureDir)) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    // The bundles do not change during a run: let reloads take them from the cache.
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' });
    res.end(readFileSync(file));
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    events,
    stats,
    arm(kind, attempts, fresh) {
      armed = { kind, attempts, seen: 0, fresh };
      if (fresh) server.closeIdleConnections();
    },
    async disarm() {
      armed = undefined;
      await admin('DELETE');
    },
    seen: () => armed?.seen ?? 0,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      agent.destroy();
    },
  };
}
