import { html, type ReactiveController, type ReactiveElement } from 'lit';
import type { BankletError } from '@banklet/sdk';
import type { Aggregator } from './aggregator.js';
import type { LedgerEntry, RewardsApi } from './api.js';
import type { WalletCache } from './cache.js';
import { filterKey, LedgerModel, type LedgerFilter } from './ledger-model.js';
import type { WalletLocalize } from './views/format.js';
import { recentMonths } from './wallet.js';
import { adoptLateStyles, lazyModule } from '../internal/lazy.js';

/** The API's largest page: fewer round trips for members with long histories. */
const PAGE_SIZE = 100;
/** Rows left below the viewport when the next page is requested. */
const PREFETCH_ROWS = 40;
/** Entries of one ledger view kept offline: enough for the first screens, bounded in size. */
const CACHE_ENTRIES = 1000;
const OFFLINE: ReadonlySet<BankletError['type']> = new Set(['network', 'timeout']);

/** The history's code, loaded once per page on first use (see ledger-chunk.ts). */
const ledgerCode = lazyModule(() => import('./ledger-chunk.js'));

type Host = ReactiveElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the history needs from the wallet around it. */
export interface LedgerHooks {
  api(): RewardsApi | undefined;
  cache(): WalletCache | undefined;
  workerUrl(): string | URL | undefined;
  /** A cached copy of `key`, fetched at `savedAt`, is on screen. */
  showingCached(key: string, savedAt: number): void;
  /** `key` arrived from the network. */
  fetched(key: string): void;
  /** The network failed; whether a cached copy of `key` is on screen decides what to show. */
  failed(key: string, error: BankletError): boolean;
  reportError(error: BankletError): void;
}

/**
 * The points history of one wallet: which filtered view is shown, its pages (cursor after
 * cursor as the member scrolls), its totals (aggregated in the shared worker), its cached copy,
 * and the virtualized rendering. A reactive controller so the wallet element stays about the
 * wallet, and the history's lifecycle (abort on removal, release the worker) lives in one place.
 */
export class LedgerController implements ReactiveController {
  model: LedgerModel | undefined;
  error: BankletError | undefined;
  filter: LedgerFilter = { type: '', month: '' };
  private loadingMore = false;
  private stickyMonth: string | undefined;
  private lastVisible = 0;
  private abort: AbortController | undefined;
  private aggregator: Aggregator | undefined;
  /** The filter view requested, and those fetched fresh, in this connection. */
  private requested: string | undefined;
  private readonly fresh = new Set<string>();

  constructor(
    private readonly host: Host,
    private readonly hooks: LedgerHooks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    if (this.aggregator) ledgerCode.current?.releaseAggregator(this.aggregator);
    this.aggregator = undefined;
    this.reset();
  }

  /** Forgets what was requested, so the next `show()` loads again (reconnect, refresh, new member). */
  reset(dropShown = false): void {
    this.requested = undefined;
    this.fresh.clear();
    if (dropShown) this.model = undefined;
  }

  /** Called on every wallet update while the history is on screen. */
  show(): void {
    ledgerCode.whenNeeded(this.host);
    if (ledgerCode.current) adoptLateStyles(this.host, ledgerCode.current.styles);
    if (this.requested !== filterKey(this.filter)) void this.load(this.filter);
  }

  private setFilter(filter: LedgerFilter): void {
    this.filter = filter;
    this.fresh.delete(filterKey(filter));
    void this.load(filter);
  }

  private summarize(entries: readonly LedgerEntry[], model: LedgerModel): void {
    if (entries.length === 0) return;
    void ledgerCode.load()
      .then((loaded) => {
        // Removed meanwhile: taking the worker now would keep it for an element that is gone.
        if (!this.host.isConnected) return undefined;
        this.aggregator ??= loaded.acquireAggregator(this.hooks.workerUrl());
        return this.aggregator.summarize(entries);
      })
      .then((summary) => {
        if (!summary) return;
        model.addSummary(summary);
        if (this.model === model) this.host.requestUpdate();
      });
  }

  private query(filter: LedgerFilter, extra: { cursor?: string; limit?: number } = {}) {
    return { limit: PAGE_SIZE, type: filter.type || undefined, month: filter.month || undefined, ...extra };
  }

  private async load(filter: LedgerFilter): Promise<void> {
    const api = this.hooks.api();
    const cache = this.hooks.cache();
    const key = filterKey(filter);
    this.requested = key;
    if (!api) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.error = undefined;
    this.loadingMore = false;
    this.stickyMonth = undefined;
    this.lastVisible = 0;
    this.host.requestUpdate();

    // Network and cache race; the cache paints first when it wins, and is replaced either way.
    const request = api.rewards.ledger(this.query(filter), { signal: abort.signal });
    const cached = await cache?.read<{ entries: LedgerEntry[]; cursor: string | null }>(key);
    if (abort.signal.aborted) return;
    if (cached && !this.fresh.has(key)) {
      const model = new LedgerModel(filter);
      this.summarize(model.append(cached.value.entries, cached.value.cursor), model);
      this.model = model;
      this.hooks.showingCached(key, cached.savedAt);
    } else if (!cached) {
      this.model = undefined;
    }
    this.host.requestUpdate();

    const result = await request;
    if (abort.signal.aborted) return;
    if (result.error) {
      if (!(OFFLINE.has(result.error.type) && this.hooks.failed(key, result.error))) {
        this.error = result.error;
        this.hooks.reportError(result.error);
      }
      this.host.requestUpdate();
      return;
    }
    const model = new LedgerModel(filter);
    this.summarize(model.append(result.data.items, result.data.nextCursor), model);
    this.fresh.add(key);
    this.model = model;
    this.hooks.fetched(key);
    this.save(model);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.maybeLoadMore();
  }

  private save(model: LedgerModel): void {
    // A copy: the model's list grows in place with the next page, while the cache encrypts this one.
    if (model.entries.length <= CACHE_ENTRIES) this.hooks.cache()?.write(filterKey(model.filter), { entries: model.entries.slice(), cursor: model.cursor });
  }

  /** Loads the next page of the history on screen, if there is one and none is on its way. */
  async loadMore(): Promise<void> {
    const model = this.model;
    const api = this.hooks.api();
    if (!api || !model || model.done || !model.cursor || this.loadingMore || this.error) return;
    const signal = this.abort?.signal;
    this.loadingMore = true;
    this.host.requestUpdate();
    const result = await api.rewards.ledger(this.query(model.filter, { cursor: model.cursor }), { signal });
    if (this.model !== model || signal?.aborted) return;
    this.loadingMore = false;
    if (result.error) {
      this.error = result.error;
      if (!OFFLINE.has(result.error.type)) this.hooks.reportError(result.error);
    } else {
      this.summarize(model.append(result.data.items, result.data.nextCursor), model);
      this.save(model);
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.maybeLoadMore();
  }

  private maybeLoadMore(): void {
    const model = this.model;
    if (model && !model.done && this.lastVisible >= model.rows.length - PREFETCH_ROWS) void this.loadMore();
  }

  /** Newest entries after a redemption, check-in or claim: prepended, nothing reloaded. */
  async refreshHead(): Promise<void> {
    const model = this.model;
    const api = this.hooks.api();
    if (!model || !api) return;
    const result = await api.rewards.ledger(this.query(model.filter, { limit: 20 }), { signal: this.abort?.signal });
    if (result.error || this.model !== model) return;
    this.summarize(model.prepend(result.data.items), model);
    this.save(model);
    this.host.requestUpdate();
  }

  private handleVisible(first: number, last: number): void {
    const rows = this.model?.rows;
    if (!rows) return;
    const month = rows[first]?.month;
    if (month !== this.stickyMonth) {
      this.stickyMonth = month;
      this.host.requestUpdate();
    }
    this.lastVisible = last;
    this.maybeLoadMore();
  }

  private handleRetry(): void {
    this.error = undefined;
    if (this.model) void this.loadMore();
    else void this.load(this.filter);
  }

  render(t: WalletLocalize) {
    const code = ledgerCode.current;
    if (!code) return html`<banklet-skeleton height="3em" lines="4"></banklet-skeleton>`;
    return code.renderLedger(t, {
      model: this.model,
      filter: this.filter,
      months: recentMonths(Date.now()),
      stickyMonth: this.stickyMonth,
      loadingMore: this.loadingMore,
      error: this.error,
      onFilter: (filter) => this.setFilter(filter),
      onVisible: (first, last) => this.handleVisible(first, last),
      onRetry: () => this.handleRetry(),
    });
  }
}
