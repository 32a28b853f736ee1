import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { Task } from '@lit/task';
import { bankletError, offersResource, type BaseClient, type Offer, type OfferList, type Placement } from '@banklet/sdk';
import { BankletElement } from '../internal/banklet-element.js';
import type { BankletStatus } from '../internal/status/status.js';
import { useResource } from '../internal/resources.js';
import { ViewabilityController } from '../internal/viewability-controller.js';
import { offerCarouselCatalogue } from './locales/messages.js';
import { liveOffers, nextExpiry, relativeEnd } from './offers.js';
import { safeImageUrl, safeLinkUrl } from '../internal/urls.js';
import { offerCarouselStyles } from './offer-carousel.styles.js';

export type { Offer, OfferClaim, OfferList, Placement } from '@banklet/sdk';

/** Common `detail` of the offer events: which offer, where, and in which experiment arm. */
export interface OfferEventDetail {
  offerId: string;
  placement: string;
  experimentId: string;
  variant: string;
  /** 1-based position of the offer in the carousel. */
  position: number;
}

declare global {
  interface HTMLElementEventMap {
    'banklet-offer-impression': CustomEvent<OfferEventDetail>;
    'banklet-offer-click': CustomEvent<OfferEventDetail & { cta: 'claim' | 'link' }>;
    'banklet-offer-claim': CustomEvent<OfferEventDetail & { outcome: 'succeeded' | 'failed'; couponCode?: string | null; errorCode?: string }>;
    'banklet-offer-activate': CustomEvent<OfferEventDetail & { url: string }>;
  }
}

/** Icons as inline SVG templates: crisp at any size, no font glyph differences, CSP-safe. */
const icon = (path: ReturnType<typeof svg>) =>
  html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="currentColor">${path}</svg>`;
const ICONS = {
  previous: icon(svg`<path d="M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z"/>`),
  next: icon(svg`<path d="M8.6 18.6 10 20l8-8-8-8-1.4 1.4 6.6 6.6z"/>`),
  pause: icon(svg`<path d="M6 5h4v14H6zm8 0h4v14h-4z"/>`),
  play: icon(svg`<path d="M7 4.5v15l12-7.5z"/>`),
};

/** Pixels a mouse or pen drag must travel before it turns the page. */
const SWIPE_THRESHOLD = 40;
const MINUTE = 60_000;

/**
 * @summary Personalised offers for one placement as an accessible carousel, with claimable
 * coupons, deep links handed to the host, and viewability-based impression tracking.
 *
 * Follows the WAI-ARIA APG carousel pattern: a labelled region with
 * `aria-roledescription="carousel"`, "3 of 8" slide labels, previous/next buttons, a slide picker,
 * arrow keys, and a pause/play control first whenever it rotates by itself. Rotation stops on
 * focus and tap, pauses on hover, and never starts under `prefers-reduced-motion`. Every string
 * from the server is rendered as text.
 *
 * @event {OfferEventDetail} banklet-offer-impression - An offer was at least 50% visible for one continuous second (once per offer per page view).
 * @event {OfferEventDetail & { cta }} banklet-offer-click - The person pressed an offer's call to action.
 * @event {OfferEventDetail & { outcome, couponCode }} banklet-offer-claim - A claim finished (`succeeded` or `failed`).
 * @event {OfferEventDetail & { url }} banklet-offer-activate - A link offer was opened; the host navigates to `url` (Banklet never navigates).
 *
 * @slot fallback - Shown instead of the carousel when there are no offers or they failed to load; without it the carousel collapses.
 *
 * @csspart base - The carousel region.
 * @csspart toolbar - Row with the rotation, previous and next buttons.
 * @csspart previous-button - Previous slide.
 * @csspart next-button - Next slide.
 * @csspart rotation-button - Pause / play automatic rotation.
 * @csspart track - The scrolling row of slides.
 * @csspart slide - One offer.
 * @csspart image - The offer image.
 * @csspart badge - The offer type badge.
 * @csspart title - The offer title.
 * @csspart terms - The short terms.
 * @csspart expiry - "Ends in 2 days".
 * @csspart cta - The claim or open button.
 * @csspart picker - The row of slide picker buttons.
 *
 * @cssprop --banklet-offer-carousel-height - Height of a slide, reserved while loading (default 340px, 420px in senior mode).
 * @cssprop --banklet-offer-carousel-per-view - Slides per view (default 1, 2 from 640px, 3 from 960px; always 1 in senior mode).
 * @cssprop --banklet-offer-carousel-card-background - Background of a slide.
 *
 * @tagname banklet-offer-carousel
 * @since 0.1.0
 */
export class BankletOfferCarousel extends BankletElement {
  static override styles = [BankletElement.styles, offerCarouselStyles];

  private readonly t = this.useCatalogue(offerCarouselCatalogue);
  private readonly viewability = new ViewabilityController(this, { onViewable: (offerId) => this.handleImpression(offerId) });
  private readonly offers = new Task(this, {
    // The language is an argument too: offer texts come from the server in the widget's language.
    args: () => [this.placement, this.resolvedClient, this.t.lang] as const,
    task: async ([placement, client], { signal }) => this.load(placement, client, signal),
  });

  @query('.track') private readonly scroller?: HTMLElement;
  @query('banklet-status') private readonly status?: BankletStatus;

  @state() private current = 0;
  @state() private rotating = false;
  @state() private claims = new Map<string, 'pending' | 'claimed'>();
  @state() private now = Date.now();

  /** Where the carousel is shown: `home`, `rewards`, `checkout` or `card_result`. Offers are per placement. */
  @property({ reflect: true }) placement: Placement = 'home';

  /** Milliseconds between automatic slide changes; `0` (default) means no automatic rotation. */
  @property({ type: Number }) autoplay = 0;

  /** Accessible name of the carousel region; defaults to "Offers" in the resolved language. */
  @property() label?: string;

  private rotationTimer: ReturnType<typeof setInterval> | undefined;
  private clockTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set by focus or a tap: rotation stays off until the person presses play. */
  private rotationStopped = false;
  private hovering = false;
  private drag: { id: number; x: number; scroll: number; moved: number } | undefined;

  protected override get deferReady(): boolean {
    return true;
  }

  /** Direction as laid out (computed style), which is right even mid-way through a `dir` change. */
  private get rtl(): boolean {
    return this.scroller ? getComputedStyle(this.scroller).direction === 'rtl' : this.t.dir === 'rtl';
  }

  /** The offers on screen (expired ones removed). */
  get visibleOffers(): Offer[] {
    return liveOffers(this.offers.value?.offers ?? [], this.now);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopRotation();
    clearTimeout(this.clockTimer);
    this.removeEventListener('focusin', this.handleFocusIn);
    this.removeEventListener('mouseenter', this.handleMouseEnter);
    this.removeEventListener('mouseleave', this.handleMouseLeave);
  }

  private async load(placement: Placement, client: BaseClient | undefined, signal: AbortSignal): Promise<OfferList> {
    const api = client ?? this.requireClient();
    if (!api) {
      const error = bankletError('auth', 'NO_CLIENT', this.localize.msg.errors.auth, { retryable: false });
      this.reportError(error);
      throw error;
    }
    const result = await useResource(api, 'offers', offersResource, this.t.lang).list({ placement }, { signal });
    if (result.error) {
      // A newer load replaced this one: not a failure worth telling the host about.
      if (!signal.aborted) this.reportError(result.error);
      throw result.error;
    }
    this.current = 0;
    return result.data;
  }

  private detail(offer: Offer): OfferEventDetail {
    const list = this.offers.value!;
    return {
      offerId: offer.id,
      placement: list.placement,
      experimentId: list.experiment.id,
      variant: list.experiment.variant,
      position: this.visibleOffers.indexOf(offer) + 1,
    };
  }

  private get experiment() {
    return this.offers.value?.experiment;
  }

  private handleImpression(offerId: string): void {
    const offer = this.visibleOffers.find((o) => o.id === offerId);
    if (offer) this.publish('banklet-offer-impression', this.detail(offer), { experiment: this.experiment });
  }

  private async handleClaim(offer: Offer): Promise<void> {
    // A second tap while pending, or after success, sends nothing: one person, one claim.
    if (this.claims.has(offer.id) || offer.claimed) return;
    this.publish('banklet-offer-click', { ...this.detail(offer), cta: 'claim' }, { experiment: this.experiment });
    this.claims = new Map(this.claims).set(offer.id, 'pending');
    const client = this.resolvedClient;
    const result = client
      ? await useResource(client, 'offers', offersResource, this.t.lang).claim(offer.id)
      : { error: bankletError('auth', 'NO_CLIENT', this.localize.msg.errors.auth) };
    const claims = new Map(this.claims);
    if (result.error) {
      claims.delete(offer.id);
      this.claims = claims;
      this.publish('banklet-offer-claim', { ...this.detail(offer), outcome: 'failed', errorCode: result.error.code }, { experiment: this.experiment });
      this.reportError(result.error);
      void this.status?.announce(result.error.message || this.localize.msg.errors[result.error.type], 'error');
      return;
    }
    this.claims = claims.set(offer.id, 'claimed');
    this.publish('banklet-offer-claim', { ...this.detail(offer), outcome: 'succeeded', couponCode: result.data.couponCode }, { experiment: this.experiment });
    void this.status?.announce(this.t.msg.claimedAnnouncement(offer.title), 'success');
  }

  private handleOpen(offer: Offer): void {
    const url = safeLinkUrl(offer.cta.url, location.href);
    this.publish('banklet-offer-click', { ...this.detail(offer), cta: 'link' }, { experiment: this.experiment });
    if (url) this.publish('banklet-offer-activate', { ...this.detail(offer), url }, { experiment: this.experiment });
  }

  private handleKeydown(event: KeyboardEvent): void {
    const rtl = this.rtl;
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    if (step !== undefined) this.goTo(this.current + step);
    else if (event.key === 'Home') this.goTo(0);
    else if (event.key === 'End') this.goTo(this.visibleOffers.length - 1);
    else return;
    event.preventDefault();
    this.stopRotation(true);
  }

  private handleScroll(): void {
    if (this.drag) return;
    this.current = this.nearestSlide();
  }

  private handlePointerDown(event: PointerEvent): void {
    // Touch scrolls natively (with scroll-snap); mouse and pen drag through here.
    this.stopRotation(true);
    if (event.pointerType === 'touch' || event.button !== 0 || !this.scroller) return;
    this.drag = { id: event.pointerId, x: event.clientX, scroll: this.scroller.scrollLeft, moved: 0 };
  }

  private handlePointerMove(event: PointerEvent): void {
    if (!this.drag || event.pointerId !== this.drag.id || !this.scroller) return;
    this.drag.moved = event.clientX - this.drag.x;
    if (Math.abs(this.drag.moved) > 4) this.scroller.classList.add('dragging');
    // Physical pixels: the same formula scrolls the right way in LTR and RTL.
    this.scroller.scrollLeft = this.drag.scroll - this.drag.moved;
  }

  private handlePointerUp(event: PointerEvent): void {
    if (!this.drag || event.pointerId !== this.drag.id || !this.scroller) return;
    const { moved } = this.drag;
    this.drag = undefined;
    this.scroller.classList.remove('dragging');
    if (Math.abs(moved) < SWIPE_THRESHOLD) return this.goTo(this.nearestSlide());
    // Dragging content towards the start edge reveals the next slide.
    const towardsStart = this.rtl ? moved > 0 : moved < 0;
    this.goTo(this.current + (towardsStart ? 1 : -1));
  }

  private readonly handleFocusIn = (): void => this.stopRotation(true);
  private readonly handleMouseEnter = (): void => {
    this.hovering = true;
    this.syncRotation();
  };
  private readonly handleMouseLeave = (): void => {
    this.hovering = false;
    this.syncRotation();
  };

  private toggleRotation(): void {
    this.rotationStopped = this.rotating;
    this.syncRotation();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM (disconnect + connect): restart the timers that disconnect stopped.
    if (this.hasUpdated) this.requestUpdate();
    this.addEventListener('focusin', this.handleFocusIn);
    this.addEventListener('mouseenter', this.handleMouseEnter);
    this.addEventListener('mouseleave', this.handleMouseLeave);
  }

  /** The offers are requested while the texts load; the task's own update then sees its arguments unchanged. */
  protected override loadWhileTextsLoad(): void {
    // Without a client the first update reports the error, in words from the texts.
    if (this.resolvedClient) this.offers.hostUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Derived here, not in updated(), so the control's label is right in the same render.
    this.rotating = this.rotationAllowed;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const slides = this.renderRoot.querySelectorAll<HTMLElement>('.slide[data-offer]');
    for (const slide of slides) this.viewability.observe(slide, slide.dataset.offer!);
    // Lit still updates a removed element when its data arrives late; timers started then would
    // keep it alive (and rotating) forever.
    if (!this.isConnected) return;
    if (this.offers.value || this.offers.error) {
      this.markReady();
      this.scheduleClock();
      this.syncRotation();
    }
  }

  /** Shows slide `index` (clamped), scrolling it to the start edge. */
  goTo(index: number): void {
    const slides = this.renderRoot.querySelectorAll<HTMLElement>('.slide');
    if (!this.scroller || slides.length === 0) return;
    const target = Math.max(0, Math.min(slides.length - 1, index));
    const trackBox = this.scroller.getBoundingClientRect();
    const slideBox = slides[target]!.getBoundingClientRect();
    const delta = this.rtl ? slideBox.right - trackBox.right : slideBox.left - trackBox.left;
    this.scroller.scrollBy({ left: delta, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    this.current = target;
  }

  /** Loads the offers again (e.g. after the host changed who is signed in). */
  refresh(): Promise<unknown> {
    return this.offers.run();
  }

  private nearestSlide(): number {
    const slides = [...this.renderRoot.querySelectorAll<HTMLElement>('.slide')];
    if (!this.scroller || slides.length === 0) return 0;
    const edge = this.rtl ? this.scroller.getBoundingClientRect().right : this.scroller.getBoundingClientRect().left;
    let best = 0;
    slides.forEach((slide, i) => {
      const box = slide.getBoundingClientRect();
      const start = this.rtl ? box.right : box.left;
      const bestBox = slides[best]!.getBoundingClientRect();
      const bestStart = this.rtl ? bestBox.right : bestBox.left;
      if (Math.abs(start - edge) < Math.abs(bestStart - edge)) best = i;
    });
    return best;
  }

  /** Rotation is on when asked for, with motion allowed, more than one slide, and not stopped. */
  private get rotationAllowed(): boolean {
    return this.autoplay > 0 && !matchMedia('(prefers-reduced-motion: reduce)').matches && this.visibleOffers.length > 1 && !this.rotationStopped;
  }

  /** Starts or stops the timer to match the state; paused while hovered. */
  private syncRotation(): void {
    const allowed = this.rotationAllowed;
    const run = allowed && !this.hovering;
    if (run && !this.rotationTimer) {
      this.rotationTimer = setInterval(() => this.goTo((this.current + 1) % this.visibleOffers.length), this.autoplay);
    } else if (!run && this.rotationTimer) {
      clearInterval(this.rotationTimer);
      this.rotationTimer = undefined;
    }
    // The control shows "pause" while rotation is on (even if paused by hover), "play" once stopped.
    this.rotating = allowed;
  }

  private stopRotation(byPerson = false): void {
    if (byPerson) this.rotationStopped = true;
    if (this.rotationTimer) clearInterval(this.rotationTimer);
    this.rotationTimer = undefined;
    if (byPerson && this.rotating) this.rotating = false;
  }

  /** Re-renders when the next offer expires and once a minute for the countdown text. */
  private scheduleClock(): void {
    clearTimeout(this.clockTimer);
    const wait = Math.min(MINUTE, nextExpiry(this.offers.value?.offers ?? [], Date.now()) ?? MINUTE);
    this.clockTimer = setTimeout(() => (this.now = Date.now()), wait);
  }

  private renderSkeleton() {
    // Same boxes as the loaded carousel, so nothing moves when the offers arrive.
    return html`<div part="base" aria-busy="true">
      <div class="toolbar placeholder" aria-hidden="true"><span class="icon-button"></span></div>
      <div class="track"><div class="slide"><banklet-skeleton height="100%"></banklet-skeleton></div></div>
      <div class="picker" aria-hidden="true"><span class="dot"></span></div>
      <span class="visually-hidden" role="status">${this.localize.msg.loading}</span>
    </div>`;
  }

  private renderFallback() {
    // Without fallback content the slot renders nothing and the carousel collapses to zero height.
    return html`<slot name="fallback" class="fallback"></slot>`;
  }

  private renderSlide(offer: Offer, index: number, total: number) {
    const msg = this.t.msg;
    const image = safeImageUrl(offer.imageUrl);
    const claim = offer.claimed ? 'claimed' : this.claims.get(offer.id);
    const cta =
      offer.cta.kind === 'claim'
        ? claim === 'claimed'
          ? html`<p class="claimed" part="cta">${msg.claimed}</p>`
          : html`<banklet-button part="cta" full-width ?loading=${claim === 'pending'} @click=${() => this.handleClaim(offer)}
              >${claim === 'pending' ? msg.claiming : msg.claim}</banklet-button
            >`
        : html`<banklet-button part="cta" variant="secondary" full-width @click=${() => this.handleOpen(offer)}>${msg.open}</banklet-button>`;
    return html`<div class="slide" part="slide" role="group" aria-roledescription=${msg.slideRole}
      aria-label=${msg.slide(index + 1, total)} data-offer=${offer.id}>
      <div class="media">
        ${image ? html`<img part="image" src=${image} alt=${offer.imageAlt} loading="lazy" decoding="async" width="640" height="360"
              @error=${(event: Event) => ((event.target as HTMLElement).hidden = true)} />` : nothing}
        <span class="badge" part="badge">${offer.badge ?? msg.types[offer.type] ?? ''}</span>
      </div>
      <div class="content">
        <h3 part="title">${offer.title}</h3>
        <p class="terms" part="terms">${offer.terms}</p>
        <p class="expiry" part="expiry">${msg.endsIn(relativeEnd(offer.expiresAt, this.now, this.t.lang))}</p>
        <div class="cta">${cta}</div>
      </div>
    </div>`;
  }

  private renderCarousel(offers: Offer[]) {
    const msg = this.t.msg;
    const total = offers.length;
    const atStart = this.current <= 0;
    const atEnd = this.current >= total - 1;
    return html`<section part="base" aria-roledescription=${msg.carouselRole} aria-label=${this.label ?? msg.region} @keydown=${this.handleKeydown}>
      <div class="toolbar" part="toolbar">
        ${this.autoplay > 0 && total > 1 && !matchMedia('(prefers-reduced-motion: reduce)').matches
          ? html`<button class="icon-button" part="rotation-button" type="button" aria-label=${this.rotating ? msg.pause : msg.play}
              @click=${this.toggleRotation}>${this.rotating ? ICONS.pause : ICONS.play}</button>`
          : nothing}
        <button class="icon-button" part="previous-button" type="button" aria-label=${msg.previous} aria-disabled=${String(atStart)}
          @click=${() => { this.stopRotation(true); this.goTo(this.current - 1); }}><span class="flip">${ICONS.previous}</span></button>
        <button class="icon-button" part="next-button" type="button" aria-label=${msg.next} aria-disabled=${String(atEnd)}
          @click=${() => { this.stopRotation(true); this.goTo(this.current + 1); }}><span class="flip">${ICONS.next}</span></button>
      </div>
      <div class="track" part="track" aria-live=${this.rotating ? 'off' : 'polite'}
        @scroll=${this.handleScroll} @pointerdown=${this.handlePointerDown} @pointermove=${this.handlePointerMove}
        @pointerup=${this.handlePointerUp} @pointercancel=${this.handlePointerUp}>
        ${offers.map((offer, index) => this.renderSlide(offer, index, total))}
      </div>
      <div class="picker" part="picker" role="group" aria-label=${msg.picker}>
        ${offers.map((_, index) => html`<button class="dot" type="button" aria-label=${msg.pickSlide(index + 1, total)}
          aria-current=${index === this.current ? 'true' : 'false'} @click=${() => { this.stopRotation(true); this.goTo(index); }}></button>`)}
      </div>
      <banklet-status visually-hidden></banklet-status>
    </section>`;
  }

  override render() {
    return this.offers.render({
      initial: () => this.renderSkeleton(),
      pending: () => this.renderSkeleton(),
      complete: () => {
        const offers = this.visibleOffers;
        return offers.length > 0 ? this.renderCarousel(offers) : this.renderFallback();
      },
      error: () => this.renderFallback(),
    });
  }
}

