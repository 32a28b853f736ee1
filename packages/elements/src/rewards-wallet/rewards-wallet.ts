import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { bankletError, rewardsResource, type BankletError, type Result } from '@banklet/sdk';
import { BankletElement } from '../internal/banklet-element.js';
import type { BankletButton } from '../internal/button/button.js';
import { adoptLateStyles, lazyModule } from '../internal/lazy.js';
import { useResource } from '../internal/resources.js';
import type { BankletStatus } from '../internal/status/status.js';
import '../internal/button/define.js';
import '../internal/skeleton/define.js';
import '../internal/status/define.js';
import type { Catalogue, CatalogueItem, CheckInState, RewardsAccount, RewardsApi, Task, TaskList } from './api.js';
import { clearAllWalletCaches, WalletCache } from './cache.js';
import { LedgerController } from './ledger-controller.js';
import { rewardsWalletCatalogue, type WalletView } from './locales/messages.js';
import { rewardsWalletStyles } from './rewards-wallet.styles.js';
import type { RedemptionState } from './views/catalogue.js';
import { renderHeader, renderSummary } from './views/summary.js';

export type * from './api.js';
export type { WalletView };

/** Outcome of a points-moving action (DESIGN.md: outcomes). */
export type PointsOutcome = 'succeeded' | 'failed' | 'cancelled' | 'unknown';

export interface PointsRedeemDetail {
  outcome: PointsOutcome;
  itemId: string;
  /** Points the redemption costs (or cost). */
  points: number;
  redemptionId?: string;
  errorCode?: string;
}
export interface CheckInDetail {
  outcome: 'succeeded' | 'failed';
  points?: number;
  streak?: number;
  errorCode?: string;
}
export interface TaskClaimDetail {
  outcome: 'succeeded' | 'failed';
  taskId: string;
  points?: number;
  errorCode?: string;
}

declare global {
  interface HTMLElementEventMap {
    'banklet-points-redeem': CustomEvent<PointsRedeemDetail>;
    'banklet-checkin': CustomEvent<CheckInDetail>;
    'banklet-task-claim': CustomEvent<TaskClaimDetail>;
  }
}

const VIEWS: WalletView[] = ['summary', 'ledger', 'catalogue', 'engagement'];
/** Errors after which a points action may or may not have been applied. */
const UNCERTAIN: ReadonlySet<BankletError['type']> = new Set(['network', 'timeout', 'server', 'unknown']);
const OFFLINE: ReadonlySet<BankletError['type']> = new Set(['network', 'timeout']);

type Section = 'account' | 'catalogue' | 'checkIn' | 'tasks';

/** The catalogue, redeem sheet and engagement views (see views-chunk.ts). */
const viewsCode = lazyModule(() => import('./views-chunk.js'));

/**
 * @summary The member's points wallet: balance, tier and benefits, progress to the next tier,
 * points about to expire, the full points history, redemption from the catalogue, daily check-in
 * and milestone tasks.
 *
 * The history is virtualized (a member with 100,000 entries scrolls through a few dozen reused
 * row elements), paged with the API's cursor as the member scrolls, grouped by month
 * with totals computed in a Web Worker (on the main thread where none can run). The last view is
 * kept, encrypted, in IndexedDB: it paints at once on return and stays readable offline, marked
 * with the time it was fetched. Redemptions are confirmed in a sheet and sent once, with an
 * idempotency key, however often the button is pressed.
 *
 * In senior mode the wallet shows one view at a time: the summary with a large button per
 * view, and a back button inside each.
 *
 * Call `BankletRewardsWallet.clearCache()` when a member signs out on a shared device.
 *
 * @event {PointsRedeemDetail} banklet-points-redeem - A redemption ended: `{ outcome, itemId, points, redemptionId?, errorCode? }`; `cancelled` when the confirm sheet was closed.
 * @event {CheckInDetail} banklet-checkin - A check-in ended: `{ outcome, points?, streak?, errorCode? }`.
 * @event {TaskClaimDetail} banklet-task-claim - A task reward claim ended: `{ outcome, taskId, points?, errorCode? }`.
 *
 * @csspart base - The wallet region.
 * @csspart header - Balance, tier and notices, always shown.
 * @csspart balance - The points balance.
 * @csspart tier - The member tier.
 * @csspart expiring - The warning about points expiring within 30 days.
 * @csspart offline-notice - "Offline, showing data from …".
 * @csspart tabs - The view tabs (not in senior mode).
 * @csspart tab - One tab.
 * @csspart panel - The active view.
 * @csspart nav-button - Senior mode: a button opening a view, or going back.
 * @csspart tier-progress - Progress bar to the next tier.
 * @csspart benefits - The benefits of the current tier.
 * @csspart ledger-filters - Type and month filters of the history.
 * @csspart ledger-totals - Points per entry type over the loaded history.
 * @csspart ledger - The scrolling history region.
 * @csspart ledger-month - The sticky month header with the month's totals.
 * @csspart ledger-entry - One history entry.
 * @csspart ledger-end - Loading, end-of-list or retry line below the history.
 * @csspart catalogue-item - One catalogue item.
 * @csspart redeem-reason - Why an item cannot be redeemed now.
 * @csspart redeem-button - An item's redeem button.
 * @csspart redeem-sheet - The confirmation sheet.
 * @csspart confirm-button - The confirm button in the sheet.
 * @csspart check-in - The daily check-in card.
 * @csspart ladder - The 7-day reward ladder.
 * @csspart check-in-button - The check-in button.
 * @csspart task - One milestone task.
 * @csspart claim-button - A task's claim button.
 *
 * @cssprop --banklet-rewards-wallet-ledger-height - Height of the scrolling history (default `min(70vh, 560px)`).
 * @cssprop --banklet-rewards-wallet-card-background - Background of cards and catalogue items.
 * @cssprop --banklet-rewards-wallet-accent - Colour of the balance and progress bars (defaults to the primary colour).
 *
 * @tagname banklet-rewards-wallet
 * @since 0.1.0
 */
export class BankletRewardsWallet extends BankletElement {
  static override styles = [BankletElement.styles, rewardsWalletStyles];

  /**
   * URL of `ledger.worker.js` when a host serves it somewhere other than next to the wallet's
   * script (a CDN path rewritten by a proxy, say). Leave unset otherwise.
   */
  static workerUrl: string | URL | undefined = undefined;

  /** Deletes every wallet cached on this origin (call it when a member signs out). */
  static clearCache(): Promise<void> {
    return clearAllWalletCaches();
  }

  private readonly t = this.useCatalogue(rewardsWalletCatalogue);
  private readonly history = new LedgerController(this, {
    api: () => this.api,
    cache: () => this.cache,
    workerUrl: () => (this.constructor as typeof BankletRewardsWallet).workerUrl,
    showingCached: (key, savedAt) => this.cachedAt.set(key, savedAt),
    fetched: (key) => {
      this.cachedAt.delete(key);
      this.syncOffline();
    },
    failed: (key) => {
      if (!this.cachedAt.has(key)) return false;
      this.syncOffline(true);
      return true;
    },
    reportError: (error) => this.reportError(error),
  });

  @query('banklet-status') private readonly status?: BankletStatus;

  @state() private account?: RewardsAccount;
  @state() private catalogue?: CatalogueItem[];
  @state() private checkIn?: CheckInState;
  @state() private tasks?: Task[];
  @state() private errors: Partial<Record<Section, BankletError>> = {};
  @state() private offlineSince?: number;
  @state() private redemption?: RedemptionState;
  @state() private sheetOpen = false;
  @state() private checkingIn = false;
  @state() private claiming: ReadonlySet<string> = new Set();

  /** The view shown: `summary` (default), `ledger`, `catalogue` or `engagement`. */
  @property({ reflect: true }) view: WalletView = 'summary';

  private cache?: WalletCache;
  private abort = new AbortController();
  /** Sections fetched fresh in this connection: a late cache read must not overwrite them. */
  private readonly fresh = new Set<string>();
  private readonly requested = new Set<string>();
  /** When each section shown from the cache was fetched: the offline notice names the oldest. */
  private readonly cachedAt = new Map<string, number>();
  private readonly restoring = new Map<string, Promise<void>>();

  protected override get deferReady(): boolean {
    return true;
  }

  /**
   * The rewards calls: the client's own `rewards` when it has one (a full client, a host's
   * adapter), else built on `client.request` (the base client `Banklet.configure` creates).
   */
  private get api(): RewardsApi | undefined {
    const client = this.resolvedClient;
    return client && { rewards: useResource(client, 'rewards', rewardsResource, this.localize.lang) };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.abort = new AbortController();
    // Reconnected after a move: everything loads afresh (a cache hit paints meanwhile).
    this.requested.clear();
    this.fresh.clear();
    this.history.reset();
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort.abort();
  }

  /** The sections on screen are requested while the texts load; the update then finds them requested. */
  protected override loadWhileTextsLoad(): void {
    // Without a client the update reports the error, in words from the texts.
    if (this.resolvedClient && VIEWS.includes(this.view)) this.ensureSections();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!VIEWS.includes(this.view)) this.view = 'summary';
    if (!this.isConnected) return;
    this.ensureSections();
    if (this.view === 'catalogue' || this.view === 'engagement') viewsCode.whenNeeded(this);
    if (viewsCode.current) adoptLateStyles(this, viewsCode.current.styles);
    if (this.view === 'ledger') {
      const client = this.resolvedClient;
      this.cache ??= client && new WalletCache(client.config.baseUrl);
      this.history.show();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.account || this.errors.account) {
      this.markReady();
      // The other views' code, fetched while the person reads the balance: opening them is instant.
      viewsCode.prefetch();
    }
  }

  // ------------------------------------------------------------------ loading

  /** The sections the current view shows (the account in every view). */
  private ensureSections(): void {
    this.ensure('account');
    if (this.view === 'catalogue') this.ensure('catalogue');
    if (this.view === 'engagement') {
      this.ensure('checkIn');
      this.ensure('tasks');
    }
  }

  /** Loads a section once per connection: the cached copy first, then the network. */
  private ensure(section: Section): void {
    if (this.requested.has(section)) return;
    const client = this.resolvedClient ?? this.requireClient();
    const api = this.api;
    if (!client || !api) {
      this.requested.add(section);
      if (section === 'account') {
        const error = bankletError('auth', 'NO_CLIENT', this.localize.msg.errors.auth, { retryable: false });
        this.errors = { ...this.errors, account: error };
        this.reportError(error);
      }
      return;
    }
    this.requested.add(section);
    this.cache ??= new WalletCache(client.config.baseUrl);
    this.restoring.set(section, this.restore(section));
    void this.fetchSection(api, section);
  }

  private async restore(section: Section): Promise<void> {
    const cached = await this.cache?.read<unknown>(section);
    // Removed meanwhile: a connect starts over, and work for a detached wallet only keeps it alive.
    if (!cached || this.fresh.has(section) || !this.isConnected) return;
    this.apply(section, cached.value);
    this.cachedAt.set(section, cached.savedAt);
  }

  private apply(section: Section, value: unknown): void {
    if (section === 'account') this.account = value as RewardsAccount;
    else if (section === 'catalogue') this.catalogue = (value as Catalogue).items;
    else if (section === 'checkIn') this.checkIn = value as CheckInState;
    else this.tasks = (value as TaskList).items;
  }

  private async fetchSection(api: RewardsApi, section: Section): Promise<void> {
    const { signal } = this.abort;
    const rewards = api.rewards;
    const result: Result<unknown> =
      section === 'account'
        ? await rewards.account({ signal })
        : section === 'catalogue'
          ? await rewards.catalogue({}, { signal })
          : section === 'checkIn'
            ? await rewards.checkInState({ signal })
            : await rewards.tasks({ signal });
    if (signal.aborted) return;
    if (result.error) return this.handleLoadError(section, result.error);
    if (section === 'account') await this.checkMember(result.data as RewardsAccount);
    this.fresh.add(section);
    this.cachedAt.delete(section);
    this.apply(section, result.data);
    this.errors = { ...this.errors, [section]: undefined };
    this.syncOffline();
    this.cache?.write(section, result.data);
  }

  /**
   * Another member signed in on this device: forget the previous member's cached wallet, and
   * anything of theirs already painted from it, before showing the new member's data.
   */
  private async checkMember(account: RewardsAccount): Promise<void> {
    const shown = this.account;
    if (!shown || shown.memberId === account.memberId) return;
    await this.cache?.clear();
    this.catalogue = this.fresh.has('catalogue') ? this.catalogue : undefined;
    this.checkIn = this.fresh.has('checkIn') ? this.checkIn : undefined;
    this.tasks = this.fresh.has('tasks') ? this.tasks : undefined;
    this.cachedAt.clear();
    this.history.reset(true);
    this.requested.clear();
    this.requested.add('account');
  }

  private async handleLoadError(section: string, error: BankletError): Promise<void> {
    // The network can fail faster than the cache answers: decide once the cached copy is known.
    await this.restoring.get(section);
    // Offline with a cached copy on screen: keep it and say how old it is, no error.
    if (OFFLINE.has(error.type) && this.cachedAt.has(section)) {
      this.syncOffline(true);
      return;
    }
    this.errors = { ...this.errors, [section]: error };
    this.reportError(error);
  }

  /** Shows the offline notice while any section on screen comes from the cache. */
  private syncOffline(offline = this.offlineSince !== undefined): void {
    const times = [...this.cachedAt.values()];
    this.offlineSince = offline && times.length > 0 ? Math.min(...times) : undefined;
  }

  /** Balance and tier after a points-moving action, without reloading anything else. */
  private updateBalance(balanceAfter: number): void {
    if (!this.account) return;
    this.account = { ...this.account, balance: balanceAfter };
    this.cache?.write('account', this.account);
    // Tier progress and expiring points follow from the server; fetch them quietly.
    const api = this.api;
    if (api) void this.fetchSection(api, 'account');
  }

  // ------------------------------------------------------------------ handlers

  private handleView(view: WalletView, focusPanel = false): void {
    this.view = view;
    if (focusPanel) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="tabpanel"], .panel')?.focus());
  }

  private handleTabKeydown(event: KeyboardEvent): void {
    const rtl = getComputedStyle(this).direction === 'rtl';
    const index = VIEWS.indexOf(this.view);
    const moves: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -index, End: VIEWS.length - 1 - index };
    const step = moves[event.key];
    if (step === undefined) return;
    event.preventDefault();
    this.view = VIEWS[(index + step + VIEWS.length) % VIEWS.length]!;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus());
  }

  private handleRedeem(item: CatalogueItem): void {
    // The button is disabled for blocked items; opening twice (double tap) is the same state.
    if (this.redemption) return;
    this.redemption = { phase: 'confirm', item };
    void this.focusSheetAction();
  }

  /**
   * Opens the sheet once its content has rendered, and moves focus to the action of the current
   * step (confirm, then "done" or "check again"), so keyboard and screen reader users land on
   * the one decision the step asks for, even when the previous button was replaced.
   */
  private async focusSheetAction(): Promise<void> {
    await this.updateComplete;
    const action = this.renderRoot.querySelector<BankletButton>('banklet-sheet [autofocus]');
    await action?.updateComplete;
    if (!this.redemption) return;
    this.sheetOpen = true;
    await this.updateComplete;
    action?.focus();
  }

  private async handleConfirmRedeem(): Promise<void> {
    const current = this.redemption;
    const api = this.api;
    if (!current || !api || (current.phase !== 'confirm' && current.phase !== 'unknown')) return;
    const { item } = current;
    const points = item.pointsPrice;
    this.redemption = { phase: 'sending', item };
    // Retrying an `unknown` outcome re-sends under the same idempotency key: the server answers
    // with the stored result if the first attempt went through, so points move at most once.
    const result = await api.rewards.redeem({ itemId: item.id, quantity: 1 });
    if (result.data) {
      this.redemption = { phase: 'succeeded', item, result: result.data };
      void this.focusSheetAction();
      this.publish('banklet-points-redeem', { outcome: 'succeeded', itemId: item.id, points, redemptionId: result.data.id });
      void this.status?.announce(this.t.msg.redeemed(item.name), 'success');
      this.updateBalance(result.data.balanceAfter);
      void this.history.refreshHead();
      this.requested.delete('catalogue');
      this.ensure('catalogue');
      return;
    }
    const error = result.error;
    void this.focusSheetAction();
    if (UNCERTAIN.has(error.type)) {
      this.redemption = { phase: 'unknown', item };
      this.publish('banklet-points-redeem', { outcome: 'unknown', itemId: item.id, points, errorCode: error.code });
    } else {
      const message = this.declineText(error, item);
      this.redemption = { phase: 'failed', item, code: error.code, message };
      this.publish('banklet-points-redeem', { outcome: error.type === 'cancelled' ? 'cancelled' : 'failed', itemId: item.id, points, errorCode: error.code });
      // The catalogue or balance we showed was out of date: refresh both.
      if (error.type === 'declined') {
        this.requested.delete('catalogue');
        this.ensure('catalogue');
        void this.fetchSection(api, 'account');
      }
    }
    this.reportError(error);
  }

  private declineText(error: BankletError, item: CatalogueItem): string {
    const msg = this.t.msg;
    if (error.code === 'OUT_OF_STOCK') return msg.outOfStock;
    if (error.code === 'TIER_LOCKED') return msg.tierLocked(this.account?.tiers.find((tier) => tier.id === item.minTier)?.name ?? item.minTier);
    if (error.code === 'INSUFFICIENT_POINTS') return msg.shortBy(this.t.formatNumber(Math.max(0, item.pointsPrice - (this.account?.balance ?? 0))));
    return error.message || this.localize.msg.errors[error.type];
  }

  private handleRedeemCloseRequest(event: CustomEvent): void {
    // Never close while the request is in flight: the outcome must be seen.
    if (this.redemption?.phase === 'sending') event.preventDefault();
  }

  private handleRedeemClose(): void {
    const current = this.redemption;
    if (!current || current.phase === 'sending') return;
    if (current.phase === 'confirm') {
      this.publish('banklet-points-redeem', { outcome: 'cancelled', itemId: current.item.id, points: current.item.pointsPrice });
    }
    this.redemption = undefined;
    this.sheetOpen = false;
  }

  private async handleCheckIn(): Promise<void> {
    const api = this.api;
    if (!api || this.checkingIn || this.checkIn?.checkedInToday) return;
    this.checkingIn = true;
    const result = await api.rewards.checkIn();
    this.checkingIn = false;
    if (result.error) {
      this.publish('banklet-checkin', { outcome: 'failed', errorCode: result.error.code });
      this.reportError(result.error);
      void this.status?.announce(result.error.message || this.localize.msg.errors[result.error.type], 'error');
      // Already checked in elsewhere (409), or state moved on: show the server's state.
      void this.fetchSection(api, 'checkIn');
      return;
    }
    const { pointsAwarded, streak, balanceAfter } = result.data;
    this.checkIn = result.data.state;
    this.cache?.write('checkIn', result.data.state);
    this.publish('banklet-checkin', { outcome: 'succeeded', points: pointsAwarded, streak });
    void this.status?.announce(this.t.msg.checkedInAnnouncement(this.t.formatNumber(pointsAwarded), streak), 'success');
    this.updateBalance(balanceAfter);
    void this.history.refreshHead();
  }

  private async handleClaim(task: Task): Promise<void> {
    const api = this.api;
    if (!api || this.claiming.has(task.id) || task.status !== 'claimable') return;
    this.claiming = new Set(this.claiming).add(task.id);
    const result = await api.rewards.claimTask(task.id);
    const claiming = new Set(this.claiming);
    claiming.delete(task.id);
    this.claiming = claiming;
    if (result.error) {
      this.publish('banklet-task-claim', { outcome: 'failed', taskId: task.id, errorCode: result.error.code });
      this.reportError(result.error);
      void this.status?.announce(result.error.message || this.localize.msg.errors[result.error.type], 'error');
      return;
    }
    const claim = result.data;
    this.tasks = (this.tasks ?? []).map((each) => (each.id === task.id ? claim.task : each));
    this.cache?.write('tasks', { items: this.tasks });
    this.publish('banklet-task-claim', { outcome: 'succeeded', taskId: task.id, points: claim.pointsAwarded });
    void this.status?.announce(this.t.msg.claimedAnnouncement(task.title, this.t.formatNumber(claim.pointsAwarded)), 'success');
    this.updateBalance(claim.balanceAfter);
    void this.history.refreshHead();
  }

  /** Loads everything on screen again from the network (e.g. after the host's own changes). */
  refresh(): void {
    this.requested.clear();
    this.fresh.clear();
    this.history.reset();
    this.requestUpdate();
  }

  // ------------------------------------------------------------------ rendering

  /** A failed load with a retry that asks again for exactly what failed. */
  private renderError(...sections: Section[]) {
    return html`<div class="load-error">
      <p>${this.t.msg.loadFailed}</p>
      <banklet-button variant="secondary" @click=${() => {
        const errors = { ...this.errors };
        for (const section of sections) {
          delete errors[section];
          this.requested.delete(section);
        }
        this.errors = errors;
      }}>${this.t.msg.retry}</banklet-button>
    </div>`;
  }

  private renderView(view: WalletView) {
    const t = this.t;
    const views = viewsCode.current;
    const loading = (height: string) => html`<banklet-skeleton height=${height}></banklet-skeleton>`;
    switch (view) {
      case 'summary':
        return this.account ? renderSummary(t, this.account) : this.errors.account ? this.renderError('account') : html`<banklet-skeleton height="10em"></banklet-skeleton>`;
      case 'ledger':
        return this.history.render(t);
      case 'catalogue':
        if (this.errors.catalogue) return this.renderError('catalogue');
        return views && this.catalogue ? views.renderCatalogue(t, this.catalogue, this.account, (item) => this.handleRedeem(item)) : loading('12em');
      case 'engagement':
        return this.errors.checkIn || this.errors.tasks
          ? this.renderError('checkIn', 'tasks')
          : !views
            ? loading('12em')
            : views.renderEngagement(t, {
              checkIn: this.checkIn,
              tasks: this.tasks,
              checkingIn: this.checkingIn,
              claiming: this.claiming,
              onCheckIn: () => this.handleCheckIn(),
              onClaim: (task) => this.handleClaim(task),
            });
    }
  }

  private renderTabs() {
    const msg = this.t.msg;
    return html`<div class="tabs" part="tabs" role="tablist" aria-label=${msg.region} @keydown=${this.handleTabKeydown}>
        ${VIEWS.map(
          (view) => html`<button part="tab" class="tab" role="tab" type="button" id=${`tab-${view}`} aria-controls="panel"
            aria-selected=${view === this.view ? 'true' : 'false'} tabindex=${view === this.view ? '0' : '-1'}
            @click=${() => this.handleView(view)}>${msg.views[view]}</button>`,
        )}
      </div>
      <div class="panel" part="panel" id="panel" role="tabpanel" aria-labelledby=${`tab-${this.view}`} tabindex="0">${this.renderView(this.view)}</div>`;
  }

  /** Senior mode: one view at a time, large buttons to move between them. */
  private renderSenior() {
    const msg = this.t.msg;
    if (this.view === 'summary') {
      return html`<div class="panel" part="panel">
        ${this.renderView('summary')}
        <nav class="senior-nav" aria-label=${msg.region}>
          ${(['ledger', 'catalogue', 'engagement'] as const).map(
            (view) => html`<banklet-button part="nav-button" variant="secondary" full-width @click=${() => this.handleView(view, true)}>${msg.open[view]}</banklet-button>`,
          )}
        </nav>
      </div>`;
    }
    return html`<banklet-button part="nav-button" variant="text" @click=${() => this.handleView('summary')}>${msg.back}</banklet-button>
      <section class="panel" part="panel" aria-labelledby="view-heading" tabindex="-1">
        <h2 id="view-heading" class="view-heading">${msg.views[this.view]}</h2>
        ${this.renderView(this.view)}
      </section>`;
  }

  override render() {
    return html`<section part="base" class="wallet" aria-label=${this.t.msg.region}>
      ${renderHeader(this.t, this.account, this.offlineSince)}
      ${this.seniorMode ? this.renderSenior() : this.renderTabs()}
      ${viewsCode.current?.renderRedeemSheet(this.t, {
        state: this.redemption,
        open: this.sheetOpen,
        account: this.account,
        onConfirm: () => void this.handleConfirmRedeem(),
        onClose: () => this.handleRedeemClose(),
        onCloseRequest: (event) => this.handleRedeemCloseRequest(event),
      })}
      <banklet-status visually-hidden></banklet-status>
    </section>`;
  }
}
