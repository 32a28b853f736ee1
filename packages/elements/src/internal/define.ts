import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/** Anything we register carries the Banklet version it was built with. */
export interface VersionedConstructor extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers a custom element without ever throwing on a duplicate.
 *
 * Banks embed Banklet next to partner code that may load its own copy (an npm build plus the
 * CDN script, or two micro-frontends). `customElements.define` throws when a tag is taken, which
 * would break the whole page, so:
 * - tag free: define it;
 * - taken by the same Banklet version: nothing to do, the existing class is equivalent;
 * - taken by another version (or by something that is not Banklet): keep the existing one and
 *   warn once per page copy, naming both versions, because mixed versions are a loading bug the
 *   integrator should fix, not a crash the card holder should see.
 *
 * Outside a browser it does nothing: in Node (SSR) Lit installs a stand-in registry, and a
 * server import must not define tags there as a side effect; only a real window registers them.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): void {
  const registry = globalThis.customElements;
  if (!registry || typeof window === 'undefined') return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const ours = ctor.version ?? VERSION;
  const theirs = existing.version ?? 'unknown (not a Banklet build)';
  if (theirs === ours) return;
  // One warning per copy: the first conflict says everything the integrator needs to know.
  warnOnce(
    'BKL-VERSION',
    `Banklet ${ours} found <${tag}> already defined by Banklet ${theirs}; keeping ${theirs}. ` +
      'Load a single Banklet version per page.',
  );
}
