// One place for how we start Chromium here (TOOLCHAIN.md): the system browser, honouring
// CHROME_PATH, with the flags that keep it quiet on a closed network and working as root.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function chromiumPath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}. Install it with "apt-get install -y chromium" or set CHROME_PATH.`);
  }
  return path;
}

export function chromiumArgs() {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Test pages run side by side in one browser; without these, the page in the background gets
    // its timers and animation frames throttled and tests time out at random.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    // Memory-leak tests force a collection and read exact heap sizes.
    '--js-flags=--expose-gc',
    '--enable-precise-memory-info',
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'banklet-chromium-'))}`,
  ];
}
