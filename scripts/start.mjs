#!/usr/bin/env node
// `npm start`: build everything, then run the sandbox API on 127.0.0.1, serving demo/ at / and
// the builds at /dist/, with its SQLite store in .sandbox-data (state survives restarts).
// PORT overrides the port (default 8787); BANKLET_FAULTS=1 enables fault injection for demos.
import { spawn, spawnSync } from 'node:child_process';

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const args = ['--import', 'tsx', 'packages/sandbox/src/cli.ts', '--port', process.env.PORT ?? '8787', '--data', '.sandbox-data'];
if (process.env.BANKLET_FAULTS === '1') args.push('--faults');
const server = spawn(process.execPath, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
