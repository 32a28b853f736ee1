import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SecureStore } from '@banklet/sdk';
import { restoreDraft, type ApplicationDraft } from './draft.js';

/** Typing pauses this long before the draft is written (each write is an encryption). */
const SAVE_DEBOUNCE_MS = 400;

let sharedStore: Promise<SecureStore> | undefined;
/**
 * One encrypted store for every instance: its key and database are per origin anyway. Its code
 * (WebCrypto, IndexedDB) loads alongside the card products request, not before the first paint.
 */
function draftStore(): Promise<SecureStore> {
  sharedStore ??= import('@banklet/sdk/secure-store').then(({ createSecureStore }) => createSecureStore('card-application'));
  // A failed download is tried again on the next read or write.
  sharedStore.catch(() => (sharedStore = undefined));
  return sharedStore;
}

/**
 * Keeps the application draft in the SDK's encrypted store: debounced while typing, at once on a
 * step change, flushed when the element goes away, and deleted for good once the bank recorded
 * the application. Writes are chained so that an older snapshot can never land after a newer one.
 */
export class DraftSaver implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<void> = Promise.resolve();
  /** Set once the application was recorded: nothing may write the draft again. */
  private closed = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly id: () => string,
    private readonly draft: () => ApplicationDraft,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Removed mid-journey (the host navigated in-app): keep what was typed.
    this.flush();
  }

  /** The stored draft, if there is a usable one. */
  async load(): Promise<ApplicationDraft | undefined> {
    this.closed = false;
    // A write still on its way (the element was just moved in the page) lands first.
    await this.chain;
    const stored = await draftStore().then((store) => store.get<unknown>(this.id())).catch(() => undefined);
    return restoreDraft(stored);
  }

  schedule(): void {
    if (this.closed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), SAVE_DEBOUNCE_MS);
  }

  /** Writes a pending change now (on `pagehide`, say). */
  flush(): void {
    if (this.timer !== undefined) void this.save();
  }

  save(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.closed) return this.chain;
    const snapshot = this.draft();
    const id = this.id();
    this.chain = this.chain
      .then(async () => (await draftStore()).set(id, snapshot))
      // The store already falls back to memory where IndexedDB is missing; a failed write (quota)
      // leaves the previous draft in place, and the journey itself must go on regardless.
      .catch(() => undefined);
    return this.chain;
  }

  /** Deletes the draft and stops saving (the application was recorded). */
  async discard(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.chain;
    await draftStore().then((store) => store.delete(this.id())).catch(() => undefined);
  }

  /** No saving from here on, without deleting anything (showing an already decided application). */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
