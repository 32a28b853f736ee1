// Starts the real sandbox API server (packages/sandbox) once per browser test run, with fault
// injection enabled, and serves its URL to tests as the module /__banklet-sandbox.js
// (`export const SANDBOX_URL = …`).
import { startSandbox } from './sandbox-process.js';

const MODULE_PATH = '/__banklet-sandbox.js';

export function sandboxPlugin() {
  let sandbox;
  return {
    name: 'banklet-sandbox',
    async serverStart() {
      sandbox = await startSandbox({ faults: true });
    },
    async serverStop() {
      await sandbox?.stop();
    },
    serve(context) {
      if (context.path !== MODULE_PATH) return undefined;
      return { body: `export const SANDBOX_URL = ${JSON.stringify(sandbox.url)};\n`, type: 'js' };
    },
  };
}
