// Starts the real sandbox API server (packages/sandbox) once per browser test run, on an
// ephemeral loopback port with a fresh data directory and fault injection enabled, and serves
// its URL to tests as the module /__banklet-sandbox.js (`export const SANDBOX_URL = …`).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MODULE_PATH = '/__banklet-sandbox.js';

export function sandboxPlugin() {
  let child;
  let dataDir;
  let url;
  return {
    name: 'banklet-sandbox',
    async serverStart() {
      dataDir = mkdtempSync(join(tmpdir(), 'banklet-sandbox-test-'));
      child = spawn(process.execPath, ['--import', 'tsx', 'packages/sandbox/src/cli.ts', '--port', '0', '--data', dataDir, '--faults'], {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, BANKLET_SANDBOX_LOG: '0' },
      });
      url = await new Promise((resolve, reject) => {
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
    },
    async serverStop() {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
    serve(context) {
      if (context.path !== MODULE_PATH) return undefined;
      return { body: `export const SANDBOX_URL = ${JSON.stringify(url)};\n`, type: 'js' };
    },
  };
}
