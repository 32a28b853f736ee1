/**
 * The access token, in memory only (DESIGN.md: never in storage). It is fetched lazily on the
 * first request, and refreshed at most once per rejection however many requests were rejected
 * together: the first 401 starts a refresh, every other request joins it, and a request that
 * comes back with a token older than the current one just uses the newer token.
 */
export interface TokenSource {
  /** The current token, fetching one if there is none yet. */
  get(): Promise<string>;
  /** A token newer than `rejected`: joins a refresh in flight or starts one. */
  refresh(rejected: string): Promise<string>;
  /** The token already held, without fetching (for unload-time sends that cannot wait). */
  peek(): string | undefined;
}

export function createTokenSource(fetchToken: () => Promise<string>): TokenSource {
  let value: string | undefined;
  let pending: Promise<string> | undefined;

  const load = (): Promise<string> => {
    pending ??= Promise.resolve()
      .then(fetchToken)
      .then((token) => {
        if (typeof token !== 'string' || token === '') throw new TypeError('Banklet: fetchToken() resolved without a token.');
        value = token;
        return token;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };

  return {
    get: () => (value !== undefined ? Promise.resolve(value) : load()),
    refresh: (rejected) => (pending ? pending : value !== undefined && value !== rejected ? Promise.resolve(value) : load()),
    peek: () => value,
  };
}
