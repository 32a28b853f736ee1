/**
 * The sandbox from the command line:
 *   node --import tsx packages/sandbox/src/cli.ts [--port 8787] [--host 127.0.0.1] [--data .sandbox-data]
 *        [--faults] [--log] [--cors-origin https://partner.example ...] [--static /=demo ...] [--csp "<policy>"]
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { startSandbox } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: '.sandbox-data' },
    faults: { type: 'boolean', default: false },
    log: { type: 'boolean', default: false },
    'cors-origin': { type: 'string', multiple: true },
    static: { type: 'string', multiple: true },
    csp: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});

if (values.help) {
  console.log(`Usage: node --import tsx packages/sandbox/src/cli.ts [options]
  --port <n>             port to listen on (0 = any free port; default 8787)
  --host <addr>          interface to bind (default 127.0.0.1)
  --data <dir>           data directory for the SQLite store (default .sandbox-data)
  --faults               enable fault injection via POST /__sandbox/faults (loopback only)
  --log                  log one line per request
  --cors-origin <o>      allowed CORS origin, repeatable (default http://127.0.0.1:*, http://localhost:*)
  --static <p>=<dir>     serve <dir> at URL prefix <p>, repeatable (default /=demo, /dist/=dist)
  --csp <policy>         Content-Security-Policy header for served HTML`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port ${values.port}`);
  process.exit(2);
}

let staticDirs: Record<string, string> | undefined;
if (values.static) {
  staticDirs = {};
  for (const entry of values.static) {
    const at = entry.indexOf('=');
    if (at <= 0) {
      console.error(`Invalid --static ${entry}; expected <prefix>=<dir>`);
      process.exit(2);
    }
    staticDirs[entry.slice(0, at)] = resolve(entry.slice(at + 1));
  }
}

const sandbox = await startSandbox({
  port,
  host: values.host,
  dataDir: resolve(values.data),
  faults: values.faults,
  log: values.log,
  ...(values['cors-origin'] ? { corsOrigins: values['cors-origin'] } : {}),
  ...(staticDirs ? { staticDirs } : {}),
  ...(values.csp ? { csp: values.csp } : {}),
});
console.log(`Banklet sandbox listening on ${sandbox.url}`);
if (values.faults) console.log('Fault injection enabled: POST /__sandbox/faults (loopback only)');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    // Closing the store cleanly checkpoints the WAL; a second signal forces the exit.
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
