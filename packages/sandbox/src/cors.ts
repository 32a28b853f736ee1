/**
 * CORS allow-list. Widgets on a partner page call the API cross-origin with an Authorization
 * header, so preflights must pass — but only for origins we list. Patterns are exact origins or
 * `scheme://host:*` for any port (the defaults allow local development servers).
 */
export const DEFAULT_CORS_PATTERNS = ['http://127.0.0.1:*', 'http://localhost:*', 'http://[::1]:*'];

export const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'Accept-Language', 'X-Request-Id'];
export const EXPOSED_HEADERS = ['X-Request-Id', 'Idempotent-Replayed', 'Retry-After', 'Content-Language'];
export const ALLOWED_METHODS = ['GET', 'POST', 'DELETE', 'OPTIONS'];

export function originMatcher(patterns: readonly string[]): (origin: string) => boolean {
  const exact = new Set<string>();
  const anyPort: string[] = [];
  for (const pattern of patterns) {
    if (pattern.endsWith(':*')) anyPort.push(pattern.slice(0, -2));
    else exact.add(pattern.replace(/\/$/, ''));
  }
  return (origin) => {
    if (exact.has(origin)) return true;
    // `http://localhost:*` matches `http://localhost:5173` but not `http://localhost.evil.example`.
    return anyPort.some((base) => origin.startsWith(`${base}:`) && /^\d{1,5}$/.test(origin.slice(base.length + 1)));
  };
}
