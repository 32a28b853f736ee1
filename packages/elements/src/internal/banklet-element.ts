import { LitElement, type CSSResultGroup, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { bankletError, type Appearance, type BaseClient, type BankletError, type ColorScheme, type Experiment, type TokenName } from '@banklet/sdk';
import { onConfigure, pageDefaults } from './config.js';
import { closestComposed, composedAncestors } from './dom.js';
import type { BankletEventName, DetailOf } from './events.js';
import { LocalizeController, type Catalogue } from './localize.js';
import { coreCatalogue, type CoreMessages } from './locales/core.js';
import { themeStyles } from './theme.styles.js';
import { darkVar, sysVar } from './tokens.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

/**
 * Base class of every Banklet element: widgets and primitives.
 *
 * It owns the four things every element must do the same way:
 * - **client**: its own `client` property, else the page's `Banklet.configure()` client;
 * - **appearance**: scheme, senior mode and token overrides, applied on *theme roots* only (an
 *   element with no Banklet ancestor); nested elements inherit through CSS, see theme.styles.ts;
 * - **language**: through `LocalizeController`s, whose catalogues load before the first render
 *   (so nothing ever flashes untranslated keys);
 * - **events**: typed `emit()`, one `banklet-ready` per connection and `banklet-error` for every
 *   reported failure, mirrored to the analytics stream.
 *
 * @event {CustomEvent<ReadyDetail>} banklet-ready - Once per connection, when the element has rendered (widgets: when their data is shown). Bubbles, composed.
 * @event {CustomEvent<ErrorDetail>} banklet-error - A failure the element reported: `{ type, code, message, retryable, requestId, widget }`. Bubbles, composed.
 */
export class BankletElement extends LitElement {
  /** Banklet version this class was built with; read by the version-aware define. */
  static readonly version: string = VERSION;
  static override styles: CSSResultGroup = [themeStyles];

  private readonly localizers: LocalizeController<unknown>[] = [];
  /** A catalogue failed to load and that was reported (see shouldUpdate). */
  private textsMissing = false;
  /** Core strings (close, loading, validation and error messages) in the resolved language. */
  protected readonly localize: LocalizeController<CoreMessages> = this.useCatalogue(coreCatalogue);

  private unsubscribe?: () => void;
  private appliedTokens: string[] = [];
  private readyEmitted = false;
  /** markReady() came before the first update had settled (see markReady). */
  private readyHeld = false;
  /** The task after the first update has begun: ready events go out at once from here on. */
  private firstUpdateSettled = false;
  private themeRoot = true;

  /** SDK client to use; defaults to the one created by `Banklet.configure()`. */
  @property({ attribute: false }) client?: BaseClient;

  /** Look of this element, merged over the page's `Banklet.configure({ appearance })`. */
  @property({ attribute: false }) appearance?: Appearance;

  /** Senior mode: large type, 48px+ targets, one decision per screen. Overrides `appearance.senior`. */
  @property({ type: Boolean }) senior = false;

  /** `light`, `dark` or `auto` (follows the OS). Overrides `appearance.colorScheme`. */
  @property({ attribute: 'color-scheme' }) colorScheme?: ColorScheme;

  /** The client in effect, or `undefined` when the page has not been configured. */
  protected get resolvedClient(): BaseClient | undefined {
    return this.client ?? pageDefaults().client;
  }

  /** The appearance in effect: page defaults, then this element's object, then its attributes. */
  protected get resolvedAppearance(): Appearance {
    const page = this.themeRoot ? pageDefaults().appearance : undefined;
    const own = this.appearance;
    return {
      colorScheme: this.colorScheme ?? own?.colorScheme ?? page?.colorScheme ?? 'light',
      senior: this.senior || (own?.senior ?? page?.senior ?? false),
      tokens: { ...page?.tokens, ...own?.tokens },
      darkTokens: { ...page?.darkTokens, ...own?.darkTokens },
    };
  }

  /** Whether senior mode is in effect here, including when inherited from an enclosing widget. */
  get seniorMode(): boolean {
    return closestComposed(this, (element) => element.hasAttribute('bk-senior')) !== undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.themeRoot = !hasBankletAncestor(this);
    this.unsubscribe = onConfigure(() => {
      for (const localizer of this.localizers) localizer.refresh();
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.readyEmitted = false;
    this.readyHeld = false;
  }

  /** Adds a message catalogue whose current locale must be loaded before this element renders. */
  protected useCatalogue<T>(catalogue: Catalogue<T>): LocalizeController<T> {
    const configured = (): string | undefined => this.resolvedClient?.config.locale ?? pageDefaults().locale;
    const controller = new LocalizeController<T>(this, catalogue, configured);
    this.localizers.push(controller as LocalizeController<unknown>);
    return controller;
  }

  /**
   * Defers an update until every catalogue in use has loaded its locale (Lit awaits this). The
   * data does not wait for the texts: `loadWhileTextsLoad()` starts the element's requests first,
   * so the catalogue chunks and the API calls travel together instead of one after the other.
   */
  protected override async scheduleUpdate(): Promise<void> {
    let pending = this.localizers.map((l) => l.loading).filter(Boolean);
    if (pending.length > 0 && this.isConnected) this.loadWhileTextsLoad();
    while (pending.length > 0) {
      await Promise.all(pending);
      pending = this.localizers.map((l) => l.loading).filter(Boolean);
    }
    super.scheduleUpdate();
  }

  /**
   * Renders only with texts: a catalogue that could not be downloaded at all (offline, never
   * cached) leaves the element empty, reported once as a retryable `network` error, and it loads
   * again when the device is back online.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.localizers.every((localizer) => localizer.ready)) {
      this.textsMissing = false;
      return super.shouldUpdate(changed);
    }
    if (!this.textsMissing) {
      this.textsMissing = true;
      this.reportError(bankletError('network', 'TEXTS_UNAVAILABLE', `<${this.localName}> could not download its texts; it tries again when the device is back online.`, { retryable: true }));
      window.addEventListener('online', () => this.localizers.forEach((localizer) => localizer.refresh()), { once: true });
    }
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.applyAppearance();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.deferReady) {
      setTimeout(() => {
        this.firstUpdateSettled = true;
        if (this.readyHeld && this.isConnected) this.emitReady();
        this.readyHeld = false;
      });
    } else this.markReady();
  }

  /**
   * Starts the requests the first render needs while the texts are still downloading. Widgets
   * that load data override it with the same idempotent call their update makes (which then finds
   * the request under way). It runs before any render, so it must not read messages: without a
   * client it should do nothing and leave the error to the update, which has the texts to word it.
   */
  protected loadWhileTextsLoad(): void {}

  /** Widgets that load data first set this and call `markReady()` once the data is shown. */
  protected get deferReady(): boolean {
    return false;
  }

  /**
   * Emits `banklet-ready` once per connection. Only for elements the host placed itself: the
   * buttons and fields inside a widget are part of that widget's readiness, and a host listening
   * on the document must hear one `banklet-ready` per widget, not one per primitive.
   */
  protected markReady(): void {
    if (this.readyEmitted) return;
    this.readyEmitted = true;
    if (!this.themeRoot) return;
    // The data can now arrive before the texts (see loadWhileTextsLoad). Ready means shown, and
    // it has always come after the first update had completed (a host awaiting `updateComplete`
    // and then listening still hears it), so until the task after the first update it is held.
    if (this.firstUpdateSettled || !this.deferReady) this.emitReady();
    else this.readyHeld = true;
  }

  private emitReady(): void {
    this.emit('banklet-ready', { widget: this.localName, version: (this.constructor as typeof BankletElement).version });
  }

  /**
   * Dispatches a typed event. Domain results bubble and cross shadow roots by default; pass
   * `{ bubbles: false, composed: false }` for lifecycle events (open/close) so that a nested
   * sheet never triggers an outer one's handlers.
   */
  protected emit<K extends BankletEventName>(
    name: K,
    detail: DetailOf<K>,
    options: { bubbles?: boolean; composed?: boolean; cancelable?: boolean } = {},
  ): boolean {
    const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, ...options, detail });
    return this.dispatchEvent(event);
  }

  /**
   * Emits a domain event and sends the same name and detail to the analytics stream, so the DOM
   * events a host sees and the funnel a product team reads can never disagree.
   */
  protected publish<K extends BankletEventName>(
    name: K,
    detail: DetailOf<K>,
    context: { correlationId?: string; experiment?: Experiment } = {},
  ): void {
    this.emit(name, detail);
    this.track(name, detail as Record<string, unknown>, context);
  }

  /** Sends an analytics event through the client (no-op without one). */
  protected track(name: string, props: Record<string, unknown> = {}, context: { correlationId?: string; experiment?: Experiment } = {}): void {
    this.resolvedClient?.track({ name, widget: this.localName, props, ...context });
  }

  /** Reports a failure to the host (`banklet-error`) and to analytics (type and code only). */
  protected reportError(error: BankletError): void {
    this.emit('banklet-error', { ...error, widget: this.localName });
    this.track('banklet-error', { type: error.type, code: error.code, requestId: error.requestId });
  }

  /** The client, or a reported `auth`-type error when the page forgot to configure one. */
  protected requireClient(): BaseClient | undefined {
    const client = this.resolvedClient;
    if (!client) {
      warnOnce('BKL-NO-CLIENT', `<${this.localName}> has no client: call Banklet.configure({ baseUrl, fetchToken }) or set its client property.`, this.localName);
    }
    return client;
  }

  /** Mirrors the resolved appearance onto the host: state attributes plus inline token overrides. */
  private applyAppearance(): void {
    const explicit = this.senior || this.colorScheme !== undefined || this.appearance !== undefined;
    if (!this.themeRoot && !explicit) return;
    const { colorScheme, senior, tokens = {}, darkTokens = {} } = this.resolvedAppearance;
    this.setAttribute('bk-scheme', colorScheme ?? 'light');
    this.toggleAttribute('bk-senior', senior === true);

    // Inline properties win over page CSS, which is what an explicit appearance object means.
    const next: [string, string][] = [
      ...Object.entries(tokens).map(([name, value]) => [sysVar(name as TokenName), String(value)] as [string, string]),
      ...Object.entries(darkTokens).map(([name, value]) => [darkVar(name as TokenName), String(value)] as [string, string]),
    ];
    for (const property of this.appliedTokens) {
      if (!next.some(([name]) => name === property)) this.style.removeProperty(property);
    }
    for (const [name, value] of next) {
      if (/[;{}]/.test(value)) {
        warnOnce('BKL-APPEARANCE', `appearance token ${name} has an unsafe value and was ignored.`, name);
        continue;
      }
      this.style.setProperty(name, value);
    }
    this.appliedTokens = next.map(([name]) => name);
  }
}

/** True when a Banklet element (of any copy) encloses `element`, across shadow roots. */
function hasBankletAncestor(element: Element): boolean {
  for (const ancestor of composedAncestors(element)) if (ancestor.localName.startsWith('banklet-')) return true;
  return false;
}
