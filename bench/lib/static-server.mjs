// The partner's origin: one small static server for the harness page, Banklet's CDN files and the
// anchors' bundles alike, so every subject's bytes arrive the same way. The bank's API (the
// sandbox) is another origin, as in production: widgets call it across origins, CORS included.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves `mounts` (URL prefix → directory) on a free loopback port; resolves `{ url, close() }`. */
export async function serveStatic(mounts) {
  const roots = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const mount = roots.find(([prefix]) => pathname.startsWith(prefix));
    const file = mount && resolve(join(mount[1], decodeURIComponent(pathname.slice(mount[0].length))));
    const info = file && file.startsWith(mount[1] + sep) ? await stat(file).catch(() => undefined) : undefined;
    if (!info?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    // No caching headers: every run uses a fresh browser context, so every run downloads.
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': info.size });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}
