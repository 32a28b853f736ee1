/**
 * Static files for the demo pages and the CDN bundles: the repo's `demo/` at `/` and `dist/` at
 * `/dist/` by default. Correct content types (a module script served as text/plain would not run),
 * no directory listings, nothing outside the configured directories, and no CSP of its own unless
 * the sandbox was asked for one (the demo pages set theirs, to prove the widgets work under it).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.gz': 'application/gzip',
};

export const contentTypeFor = (file: string) => TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

interface Mount {
  prefix: string;
  root: string;
}

export interface StaticOptions {
  /** URL prefix → directory, e.g. `{ '/': 'demo', '/dist/': 'dist' }`. */
  dirs: Record<string, string>;
  /** Content-Security-Policy for HTML responses; none unless given. */
  csp?: string;
}

/** Returns a resolver from a request to a file response, or undefined when no file matches. */
export function createStatic(options: StaticOptions) {
  const mounts: Mount[] = Object.entries(options.dirs)
    .map(([prefix, dir]) => ({ prefix: prefix.endsWith('/') ? prefix : `${prefix}/`, root: resolve(dir) }))
    // Longest prefix first, so `/dist/` wins over `/`.
    .sort((a, b) => b.prefix.length - a.prefix.length);

  return async function serve(request: Request): Promise<Response | undefined> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url).pathname);
    } catch {
      return undefined;
    }
    if (pathname.includes('\0')) return undefined;
    for (const mount of mounts) {
      const bare = mount.prefix.slice(0, -1);
      if (pathname !== bare && !pathname.startsWith(mount.prefix)) continue;
      const relative = pathname === bare ? '' : pathname.slice(mount.prefix.length);
      let file = resolve(mount.root, `.${sep}${relative}`);
      // resolve() normalises `..`; anything that lands outside the root is not ours to serve.
      if (file !== mount.root && !file.startsWith(mount.root + sep)) return undefined;
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          // Built by hand: Response.redirect() has immutable headers, and CORS/request-id headers are added later.
          return new Response(null, { status: 301, headers: { Location: `${encodeURI(pathname)}/` } });
        }
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) continue;
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers = new Headers({
        'Content-Type': contentTypeFor(file),
        'Content-Length': String(info.size),
        // Always revalidate: the demo is reloaded during development and must never show stale bundles.
        'Cache-Control': 'no-cache',
        ETag: etag,
        'X-Content-Type-Options': 'nosniff',
      });
      if (options.csp && contentTypeFor(file).startsWith('text/html')) headers.set('Content-Security-Policy', options.csp);
      if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
      const body = Readable.toWeb(createReadStream(file)) as unknown as ReadableStream;
      return new Response(body, { status: 200, headers });
    }
    return undefined;
  };
}
