/**
 * Shared test helpers: a real sandbox on an ephemeral port with a fresh data dir, and a tiny JSON
 * client. Every test file starts its own server(s) and closes them.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startSandbox, type Sandbox, type SandboxOptions } from '../src/index.js';

export interface TestSandbox extends Sandbox {
  dataDir: string;
  api: string;
  /** Read-only view of the store, for asserting side effects directly. */
  db(): Database.Database;
  token(memberId: string): Promise<string>;
  /** Closes the server and removes the data dir. */
  dispose(): Promise<void>;
}

export function tempDir(prefix = 'banklet-sandbox-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function startTestSandbox(options: Partial<SandboxOptions> = {}): Promise<TestSandbox> {
  const dataDir = options.dataDir ?? tempDir();
  const sandbox = await startSandbox({ port: 0, staticDirs: {}, ...options, dataDir });
  let reader: Database.Database | undefined;
  return {
    ...sandbox,
    dataDir,
    api: `${sandbox.url}/v1`,
    db() {
      reader ??= new Database(join(dataDir, 'banklet.sqlite'), { readonly: true });
      return reader;
    },
    async token(memberId) {
      const response = await call(`${sandbox.url}/v1`, 'POST', '/demo/tokens', { body: { memberId } });
      if (response.status !== 201) throw new Error(`token for ${memberId}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.token as string;
    },
    async dispose() {
      reader?.close();
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export async function call(
  api: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; key?: string; headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<JsonResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.key) headers['Idempotency-Key'] = options.key;
  const payload = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (payload !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${api}${path}`, {
    method,
    headers,
    ...(payload !== undefined ? { body: payload } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
}

export const newKey = () => `test-${randomUUID()}`;

/** Counts rows of a table, optionally filtered, through the read-only handle. */
export function count(db: Database.Database, table: string, where = '1 = 1', ...args: unknown[]): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`).get(...args) as { n: number }).n;
}

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** Runs the CLI as a child process on an ephemeral port; resolves once it prints its URL. */
export async function startCli(dataDir: string, extra: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--data', dataDir, ...extra], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CLI did not start: ${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Banklet sandbox listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`CLI exited with ${code}: ${output}`)));
  });
  return { child, url };
}

/** SIGKILL: no shutdown hook runs, like a crash. */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
