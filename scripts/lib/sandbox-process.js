// Starts the real sandbox API server (packages/sandbox) as a child process on an ephemeral
// loopback port with a fresh data directory, for tests, screenshots and benchmarks.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Resolves `{ url, dataDir, stop }` once the server listens. `faults` enables the loopback-only
 * fault injection routes (tests); `dataDir` holds the SQLite file (`banklet.sqlite`), which a test
 * may open read-only to count side effects; `stop()` ends the process and deletes its data.
 */
export async function startSandbox({ faults = false, cwd = process.cwd() } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'banklet-sandbox-'));
  const args = ['--import', 'tsx', 'packages/sandbox/src/cli.ts', '--port', '0', '--data', dataDir];
  if (faults) args.push('--faults');
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, BANKLET_SANDBOX_LOG: '0' } });
  const url = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`sandbox did not start in 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}:\n${output}`)));
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { url, dataDir, stop };
}
