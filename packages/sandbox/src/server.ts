/**
 * `startSandbox`: opens (and on first use seeds) the store in `dataDir`, builds the app and
 * listens. The returned `close()` also ends kept-alive and hanging (timeout-fault) connections,
 * so tests never wait on a socket.
 */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, type AppStats } from './app.js';
import { createTokenService, loadSecret } from './auth.js';
import { loadContract } from './contract.js';
import { DEFAULT_CORS_PATTERNS, originMatcher } from './cors.js';
import { openDb } from './db.js';
import { FaultInjector } from './faults.js';
import { createPointsService } from './points.js';
import { createHandlers } from './routes/index.js';
import { seedIfEmpty } from './seed.js';
import { contractValidator } from './validate.js';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1: the sandbox is a development tool, not a public server. */
  host?: string;
  /** Where the SQLite file (and the token secret inside it) lives. State survives restarts. */
  dataDir: string;
  /** URL prefix → directory. Defaults to the repo's `demo/` at `/` and `dist/` at `/dist/` when they exist. */
  staticDirs?: Record<string, string>;
  /** Enables fault injection (configurable from loopback clients only). */
  faults?: boolean;
  /** Allowed CORS origins (exact, or `http://host:*`); the server's own origin is always allowed. */
  corsOrigins?: string[];
  /** Content-Security-Policy for served HTML pages; none unless given. */
  csp?: string;
  /** One line per request on stdout. */
  log?: boolean;
}

export interface Sandbox {
  url: string;
  port: number;
  /** Requests served and contract violations seen (should stay 0) since start. */
  stats(): Readonly<AppStats>;
  close(): Promise<void>;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function defaultStaticDirs(): Record<string, string> {
  const dirs: Record<string, string> = {};
  if (existsSync(resolve(repoRoot, 'demo'))) dirs['/'] = resolve(repoRoot, 'demo');
  if (existsSync(resolve(repoRoot, 'dist'))) dirs['/dist/'] = resolve(repoRoot, 'dist');
  return dirs;
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  if (!options?.dataDir) throw new TypeError('startSandbox: options.dataDir is required');
  const host = options.host ?? '127.0.0.1';
  const contract = loadContract();
  const validator = contractValidator(contract);
  const { db } = openDb(options.dataDir);
  seedIfEmpty(db);
  const tokens = createTokenService(loadSecret(db));
  const services = { db, tokens, points: createPointsService(db) };
  const stats: AppStats = { requests: 0, responseViolations: 0 };

  // The own origin is only known after listening (port 0); the matcher reads it lazily.
  let ownOrigin = '';
  const listed = originMatcher(options.corsOrigins ?? DEFAULT_CORS_PATTERNS);
  const app = createApp({
    contract,
    validator,
    services,
    handlers: createHandlers(services),
    faults: new FaultInjector(options.faults === true),
    allowOrigin: (origin) => origin === ownOrigin || listed(origin),
    staticDirs: options.staticDirs ?? defaultStaticDirs(),
    ...(options.csp ? { csp: options.csp } : {}),
    log: options.log === true,
    stats,
  });

  const server = await new Promise<Server>((resolveServer, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => resolveServer(s as Server)) as Server;
    s.once('error', reject);
  }).catch((error: unknown) => {
    // Port taken or host not bindable: release the store before reporting.
    db.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `http://${urlHost}:${port}`;
  ownOrigin = url;

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    stats: () => ({ ...stats }),
    close() {
      closing ??= new Promise<void>((resolveClose) => {
        server.close(() => {
          db.close();
          resolveClose();
        });
        // Idle keep-alive sockets and requests parked by a timeout fault would hold close() open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
