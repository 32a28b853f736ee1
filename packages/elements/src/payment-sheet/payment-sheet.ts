import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { bankletError, paymentsResource, type BankletError, type PaymentsResource } from '@banklet/sdk';
import { BankletElement } from '../internal/banklet-element.js';
import { adoptLateStyles, lazyModule } from '../internal/lazy.js';
import type { CloseRequestDetail } from '../internal/events.js';
import type { BankletPinPad } from '../internal/pin-pad/pin-pad.js';
import type { BankletSheet } from '../internal/sheet/sheet.js';
import type { BankletStatus } from '../internal/status/status.js';
import { cashPart, maxCombinablePoints, needsStepUp } from './amounts.js';
import { paymentSheetCatalogue } from './locales/messages.js';
import { paymentSheetStyles } from './payment-sheet.styles.js';
import type {
  ConfirmPaymentRequest, MethodSelection, Outcome, Payment, PaymentHost, PaymentIntent, PaymentMethods,
  PaymentResultDetail, StepUpChallenge, StepUpKind,
} from './types.js';
import { useResource } from '../internal/resources.js';
import { renderChoose, type ChooseContext } from './views/choose.js';
import type { OutcomeContext } from './views/outcome.js';
import type { VerifyContext } from './views/verify.js';

declare global {
  interface HTMLElementEventMap {
    'banklet-payment-method-change': CustomEvent<{ intentId: string; method: MethodSelection; pointsToUse: number; instalmentPlan: number | null }>;
    'banklet-payment-result': CustomEvent<PaymentResultDetail>;
  }
}

type Step =
  | { name: 'loading' }
  | { name: 'load-error'; error: BankletError }
  | { name: 'choose'; notice?: string }
  | { name: 'verify'; challenge: StepUpChallenge; kind: StepUpKind; error?: string; busy?: boolean }
  | { name: 'paying'; note?: string }
  | { name: 'outcome'; outcome: Outcome; payment?: Payment; reason?: string };

/**
 * The step-up and outcome views, with the PIN pad: not part of the first view (choosing how to
 * pay), so fetched on idle once the sheet is ready, and awaited with the request that leads to
 * them when the person was quicker than that.
 */
const laterViews = lazyModule(() => import('./views/later-views.js'));

/** Status polling for `processing` payments: quick at first, then every 30 s. */
const POLL_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * Most bound cards offered. A member has a handful; thousands (a broken or hostile backend) froze
 * the page for 15 s, as each radio added to a <fieldset> makes Chromium re-check all the others
 * (quadratic; hostile-input.test.ts). The last used card counts only if it is among these.
 */
const MAX_CARDS = 50;

/**
 * @summary Pays a payment intent in one or two steps: bound cards, balance, points, points + cash
 * and instalments; one tap under the password-free limit, otherwise a PIN, the host's biometric
 * or an SMS code — each verified by the server. Never charges twice: the confirm request carries
 * an idempotency key kept until the outcome is known, and an unknown outcome is resolved by
 * asking the server, not by paying again. In a mini-program the host's native page pays instead
 * (bridge method `payment.handoff`), and the sheet reads the outcome from the server.
 *
 * A bottom sheet on phones and a dialog on wider screens. While a payment is in flight it cannot
 * be closed (Esc, backdrop and the close button are refused).
 *
 * @event {{ intentId, method, pointsToUse, instalmentPlan }} banklet-payment-method-change - The person chose another method, points or plan.
 * @event {PaymentResultDetail} banklet-payment-result - An outcome: `succeeded`, `processing`, `failed`, `cancelled` (closed before paying) or `unknown` (connection lost after sending; resolved later by a status query and reported again).
 * @event banklet-close - The sheet closed. Does not bubble.
 *
 * @csspart sheet - The underlying `<banklet-sheet>`.
 *
 * @tagname banklet-payment-sheet
 * @since 0.1.0
 */
export class BankletPaymentSheet extends BankletElement {
  static override styles = [BankletElement.styles, paymentSheetStyles];

  private readonly t = this.useCatalogue(paymentSheetCatalogue);

  @query('banklet-pin-pad') private readonly pinPad?: BankletPinPad;
  @query('banklet-status') private readonly status?: BankletStatus;
  @query('banklet-sheet') private readonly sheet?: BankletSheet;

  @state() private step: Step = { name: 'loading' };
  @state() private paymentIntent?: PaymentIntent;
  @state() private methods?: PaymentMethods;
  @state() private selection?: MethodSelection;
  @state() private pointsToUse = 0;
  @state() private instalmentPlan: number | null = null;
  @state() private stars = 0;
  @state() private rated = false;

  /** Id of the payment intent to pay (created by the merchant's or bank's backend). */
  @property() intent = '';

  /** Opens the sheet; set it (or call `show()`) when the person taps "pay". */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Offer a 1–5 star rating after a successful payment. */
  @property({ type: Boolean }) rating = false;

  /** Shuffle the PIN pad keys. */
  @property({ type: Boolean, attribute: 'shuffle-keys' }) shuffleKeys = false;

  /** The host bridge (from `@banklet/bridge`), for biometric step-up in a bank app or paying in a mini-program's native page. */
  @property({ attribute: false }) host?: PaymentHost;

  private loadedIntent = '';
  private loadAbort?: AbortController;
  /** Set once a confirm was sent for this intent: closing after it is not a cancellation. */
  private attempted = false;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private resultEmitted = new Set<string>();

  /** Ready once the intent and methods are shown (or their failure is). */
  protected override get deferReady(): boolean {
    return true;
  }

  /** The payments API of the client in effect (see `useResource`). */
  private get api(): PaymentsResource | undefined {
    const client = this.resolvedClient;
    return client ? useResource(client, 'payments', paymentsResource, this.t.lang) : undefined;
  }

  /** True while money may be moving: closing is refused. */
  get busy(): boolean {
    return this.step.name === 'paying' || (this.step.name === 'verify' && this.step.busy === true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.handleOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.handleOnline);
    clearTimeout(this.pollTimer);
    this.loadAbort?.abort();
  }

  /** An open sheet requests its intent while the texts load; the update then finds it loading. */
  protected override loadWhileTextsLoad(): void {
    // Without a client the update reports the error, in words from the texts.
    if (this.resolvedClient && this.open && this.intent && this.intent !== this.loadedIntent) void this.load();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('open') || changed.has('intent')) && this.open && this.intent) {
      if (this.intent !== this.loadedIntent) void this.load();
      else if (this.step.name === 'outcome' && this.step.outcome === 'unknown') void this.resolveUnknown();
    }
    if (this.step.name === 'verify' || this.step.name === 'outcome') laterViews.whenNeeded(this);
    if (laterViews.current) adoptLateStyles(this, laterViews.current.styles);
  }

  private readonly handleOnline = (): void => {
    if (this.step.name === 'outcome' && this.step.outcome === 'unknown') void this.resolveUnknown();
  };

  private async load(): Promise<void> {
    const api = this.resolvedClient ? this.api : (this.requireClient(), undefined);
    this.loadAbort?.abort();
    this.loadAbort = new AbortController();
    const { signal } = this.loadAbort;
    this.loadedIntent = this.intent;
    this.resultEmitted.clear();
    this.attempted = false;
    this.step = { name: 'loading' };
    if (!api) return this.failLoad(bankletError('auth', 'NO_CLIENT', this.localize.msg.errors.auth, { retryable: false }));
    this.track('banklet-payment-open', { intentId: this.intent }, { correlationId: this.intent });
    const [intent, methods] = await Promise.all([api.intent(this.intent, { signal }), api.methods(this.intent, { signal })]);
    if (signal.aborted) return;
    if (intent.error) return this.failLoad(intent.error);
    this.paymentIntent = intent.data;
    if (intent.data.status === 'succeeded' || intent.data.status === 'processing') {
      // Reopened after paying (or after a lost connection): show the result, never pay again.
      this.step = { name: 'outcome', outcome: 'unknown' };
      await Promise.all([this.resolveUnknown(), this.loadLaterViews()]);
      this.markReady();
      return;
    }
    if (methods.error) return this.failLoad(methods.error);
    this.methods = methods.data.cards.length > MAX_CARDS ? { ...methods.data, cards: methods.data.cards.slice(0, MAX_CARDS) } : methods.data;
    this.selection = this.preselect(this.methods);
    this.pointsToUse = this.selection.kind === 'points' ? methods.data.points.pointsForFullAmount : 0;
    this.instalmentPlan = null;
    this.step = { name: 'choose' };
    this.markReady();
    laterViews.prefetch();
  }

  /** Loads the later views (see `laterViews`); a failed download leaves the view waiting for the next try. */
  private loadLaterViews(): Promise<unknown> {
    return laterViews.load().catch(() => undefined);
  }

  private failLoad(error: BankletError): void {
    this.step = { name: 'load-error', error };
    this.reportError(error);
    this.markReady();
  }

  /** The last used method if it is still usable, else the first usable card, balance, points. */
  private preselect(methods: PaymentMethods): MethodSelection {
    const usable = (s: MethodSelection): boolean =>
      s.kind === 'card' ? methods.cards.some((c) => c.id === s.cardId && c.available)
        : s.kind === 'balance' ? methods.balance.sufficient
          : methods.points.coversFullAmount;
    if (methods.lastUsed && usable(methods.lastUsed)) return methods.lastUsed;
    const card = methods.cards.find((c) => c.available);
    if (card) return { kind: 'card', cardId: card.id };
    if (methods.balance.sufficient) return { kind: 'balance' };
    return { kind: 'points' };
  }

  /** What the person will pay in money after points. */
  get cashAmount(): number {
    if (!this.paymentIntent || !this.methods) return 0;
    if (this.selection?.kind === 'points') return 0;
    return cashPart(this.paymentIntent.amount.amount, this.pointsToUse, this.methods.points.rate);
  }

  private get maxPoints(): number {
    if (!this.paymentIntent || !this.methods) return 0;
    return maxCombinablePoints(this.paymentIntent.amount.amount, this.methods.points.balance, this.methods.pointsCash, this.methods.points.rate);
  }

  private changeSelection(selection: MethodSelection, pointsToUse = this.pointsToUse, plan = this.instalmentPlan): void {
    const methods = this.methods!;
    this.selection = selection;
    this.pointsToUse = selection.kind === 'points' ? methods.points.pointsForFullAmount : Math.min(pointsToUse, this.maxPoints);
    const credit = selection.kind === 'card' && methods.cards.find((c) => c.id === selection.cardId)?.kind === 'credit';
    this.instalmentPlan = credit && methods.instalments.available ? plan : null;
    this.publish(
      'banklet-payment-method-change',
      { intentId: this.intent, method: selection, pointsToUse: this.pointsToUse, instalmentPlan: this.instalmentPlan },
      { correlationId: this.intent },
    );
  }

  private requestBody(): ConfirmPaymentRequest {
    return {
      method: this.selection!,
      ...(this.pointsToUse > 0 ? { pointsToUse: this.pointsToUse } : {}),
      ...(this.instalmentPlan !== null ? { instalmentPlan: this.instalmentPlan as 3 | 6 | 12 } : {}),
    };
  }

  private async handleConfirm(): Promise<void> {
    const api = this.api;
    if (!api || !this.paymentIntent || !this.methods || this.busy) return;
    const body = this.requestBody();
    this.track('banklet-payment-confirm', { intentId: this.intent, method: body.method.kind, pointsToUse: this.pointsToUse, instalmentPlan: this.instalmentPlan }, { correlationId: this.intent });
    // The host's native page does the step-up too.
    if (this.host?.has('payment.handoff')) return this.handoff(api, body);
    if (!needsStepUp(this.paymentIntent.amount.amount, this.methods.passwordFreeLimit.amount, this.instalmentPlan)) {
      return this.pay(body);
    }
    const preferred: StepUpKind = this.host?.has('biometric.verify') ? 'biometric' : 'pin';
    this.step = { name: 'paying' };
    const [challenge] = await Promise.all([api.challenge(this.intent, { preferred }), this.loadLaterViews()]);
    if (challenge.error) return this.settleError(challenge.error);
    this.step = { name: 'verify', challenge: challenge.data, kind: this.stepUpKind(challenge.data, preferred) };
  }

  /**
   * Pays in the host's native page (mini-programs): the server issues a ticket bound to this
   * intent and choice, with no amount in it, and the host redeems it. The host's answer is only a
   * hint, so once it answers (or the page is shown again) the outcome is read from the server.
   * The sheet never confirms here: only the host's page can pay, once. Nothing recorded means
   * the person cancelled there, and they choose again.
   */
  private async handoff(api: PaymentsResource, body: ConfirmPaymentRequest): Promise<void> {
    this.step = { name: 'paying' };
    const [handoff] = await Promise.all([api.createHandoff(this.intent, body), this.loadLaterViews()]);
    if (handoff.error) return this.settleError(handoff.error);
    this.attempted = true;
    this.step = { name: 'paying', note: this.t.msg.handoffNote };
    const back = new AbortController();
    await new Promise((resolve) => {
      document.addEventListener('visibilitychange', () => document.hidden || resolve(0), { signal: back.signal });
      this.host!.call('payment.handoff', { ticket: handoff.data.ticket }).then(resolve, resolve);
    });
    back.abort();
    await this.resolveUnknown('');
    // The read failed (offline): say so; coming back online or "check again" settles it.
    if (this.step.name === 'paying') this.showOutcome('unknown');
  }

  /** Biometric only when both the server offers it and the host can do it. */
  private stepUpKind(challenge: StepUpChallenge, preferred: StepUpKind): StepUpKind {
    if (preferred === 'biometric' && challenge.methods.includes('biometric')) return 'biometric';
    if (challenge.methods.includes('pin')) return 'pin';
    return challenge.methods[0]!;
  }

  private async handleBiometric(): Promise<void> {
    if (this.step.name !== 'verify' || !this.host) return;
    const { challenge } = this.step;
    this.step = { ...this.step, busy: true, error: undefined };
    try {
      const { assertion } = await this.host.call('biometric.verify', { challengeId: challenge.challengeId, nonce: challenge.nonce });
      await this.pay({ ...this.requestBody(), stepUp: { challengeId: challenge.challengeId, kind: 'biometric', assertion } });
    } catch {
      // The person cancelled the prompt or the host failed: fall back to the PIN.
      this.step = { name: 'verify', challenge, kind: challenge.methods.includes('pin') ? 'pin' : 'biometric' };
    }
  }

  private async handlePinComplete(): Promise<void> {
    if (this.step.name !== 'verify') return;
    const pin = this.pinPad?.takePin();
    if (!pin) return;
    const { challenge } = this.step;
    await this.pay({ ...this.requestBody(), stepUp: { challengeId: challenge.challengeId, kind: 'pin', pin } });
  }

  private async handleOtp(code: string): Promise<void> {
    if (this.step.name !== 'verify') return;
    const { challenge } = this.step;
    await this.pay({ ...this.requestBody(), stepUp: { challengeId: challenge.challengeId, kind: 'otp', otpCode: code } });
  }

  /** Sends the confirm and settles whatever comes back. The SDK keeps one idempotency key per intent and body. */
  private async pay(body: ConfirmPaymentRequest): Promise<void> {
    const api = this.api!;
    const verifying = this.step.name === 'verify' ? this.step : undefined;
    this.attempted = true;
    this.step = { name: 'paying' };
    const [result] = await Promise.all([api.confirm(this.intent, body), this.loadLaterViews()]);
    if (result.error) {
      if (verifying && (result.error.code === 'STEP_UP_FAILED' || result.error.code === 'STEP_UP_INCOMPLETE')) {
        const left = Number(result.error.fields?.[0]?.params?.attemptsRemaining ?? 0);
        this.step = { ...verifying, busy: false, error: verifying.kind === 'otp' ? this.t.msg.otpWrong(left) : this.t.msg.pinWrong(left) };
        return;
      }
      return this.settleError(result.error);
    }
    this.settlePayment(result.data);
  }

  private settleError(error: BankletError): void {
    // A 5xx or 429 is only the last attempt's answer: an earlier one of the SDK's retries may have
    // committed and lost its response (scripts/reliability seeds 313 and 346 charged the card and
    // then showed "failed" after drop-after-commit, 5xx, 5xx). So every failure that is not a
    // refusal the server recorded (declined, validation, auth) is settled by asking, like a lost
    // connection; when nothing was recorded the person is back at choosing, with the same key.
    const mayHaveHappened = ['network', 'timeout', 'server', 'rate_limited', 'unknown'].includes(error.type);
    if (mayHaveHappened || error.code === 'INTENT_NOT_PAYABLE') {
      // The request may have been applied: find out, never resend blindly.
      this.showOutcome('unknown');
      void this.resolveUnknown();
      return;
    }
    if (error.type !== 'declined') this.reportError(error);
    const reason = this.t.msg.failureReasons[error.code] ?? error.message;
    this.showOutcome('failed', undefined, reason, error.code);
  }

  private settlePayment(payment: Payment): void {
    if (payment.status === 'processing') {
      this.showOutcome('processing', payment);
      this.poll(payment.id, 0);
      return;
    }
    const reason = payment.failureCode ? this.t.msg.failureReasons[payment.failureCode] ?? payment.failureCode : undefined;
    this.showOutcome(payment.status, payment, reason, payment.failureCode);
  }

  /**
   * Settles an unknown outcome by asking the server, never by paying again: the intent's status
   * says whether a payment was recorded, and its latest payment gives the receipt — also of a
   * failed one, which leaves the intent payable but is new since we last looked. Nothing
   * recorded → back to choosing (no charge happened; the SDK still holds the idempotency key, so
   * a retry of the same payment cannot double up either).
   */
  private async resolveUnknown(notice = this.t.msg.unknownNote): Promise<void> {
    const api = this.api;
    if (!api) return;
    const seen = this.paymentIntent?.latestPaymentId;
    const intent = await api.intent(this.intent);
    if (intent.error) return; // still offline: the 'online' event or reopening tries again
    this.paymentIntent = intent.data;
    const { status, latestPaymentId: paymentId } = intent.data;
    if (status === 'expired') return this.showOutcome('failed', undefined, this.t.msg.failureReasons.INTENT_NOT_PAYABLE, 'INTENT_NOT_PAYABLE');
    if (paymentId && (status !== 'requires_confirmation' || paymentId !== seen)) {
      const payment = await api.get(paymentId);
      if (payment.data) return this.settlePayment(payment.data);
    }
    if (status === 'requires_confirmation') {
      if (!this.methods) return this.load();
      this.step = { name: 'choose', notice };
      return;
    }
    this.showOutcome(status === 'succeeded' ? 'succeeded' : 'processing');
  }

  private poll(paymentId: string, attempt: number): void {
    clearTimeout(this.pollTimer);
    if (!this.isConnected) return;
    this.pollTimer = setTimeout(async () => {
      const result = await this.api?.get(paymentId);
      if (result?.data && result.data.status !== 'processing') this.settlePayment(result.data);
      else this.poll(paymentId, attempt + 1);
    }, POLL_DELAYS_MS[Math.min(attempt, POLL_DELAYS_MS.length - 1)]);
  }

  private showOutcome(outcome: Outcome, payment?: Payment, reason?: string, failureCode?: string | null): void {
    this.step = { name: 'outcome', outcome, payment, reason };
    // One event per distinct outcome of this intent (a replayed success is not a second payment).
    const key = `${outcome}:${payment?.id ?? ''}`;
    if (!this.resultEmitted.has(key)) {
      this.resultEmitted.add(key);
      this.publish(
        'banklet-payment-result',
        {
          status: outcome,
          intentId: this.intent,
          paymentId: payment?.id ?? null,
          amount: payment?.amount ?? this.paymentIntent?.amount ?? { amount: 0, currency: 'CNY' },
          method: payment?.method ?? this.selection ?? null,
          ...(failureCode ? { failureCode } : {}),
        },
        { correlationId: this.intent },
      );
    }
    const message = { succeeded: this.t.msg.succeeded, processing: this.t.msg.processing, failed: this.t.msg.failed, unknown: this.t.msg.unknown, cancelled: '' }[outcome];
    if (message) void this.status?.announce(reason ? this.t.sentences(message, reason) : message, outcome === 'failed' ? 'error' : outcome === 'succeeded' ? 'success' : 'info');
  }

  private handleCloseRequest(event: CustomEvent<CloseRequestDetail>): void {
    if (this.busy) event.preventDefault();
  }

  private handleSheetClosed(): void {
    this.open = false;
    if (this.paymentIntent && this.step.name !== 'outcome' && !this.attempted) this.showOutcome('cancelled');
    this.dispatchEvent(new CustomEvent('banklet-close', { detail: {}, bubbles: false, composed: true }));
  }

  private async handleRate(stars: number, comment: string): Promise<void> {
    if (this.step.name !== 'outcome' || !this.step.payment) return;
    const result = await this.api?.rate(this.step.payment.id, { stars, ...(comment ? { comment } : {}) });
    if (result?.error) return this.reportError(result.error);
    this.rated = true;
    void this.status?.announce(this.t.msg.ratingThanks, 'success');
  }

  /** Opens the sheet; resolves once it is fully open (its opening animation has ended). */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    await this.sheet?.show();
  }

  /** Closes the sheet unless a payment is in flight; returns whether it closed. */
  close(): boolean {
    if (this.busy) return false;
    this.open = false;
    return true;
  }

  private verifyContext(step: Extract<Step, { name: 'verify' }>): VerifyContext {
    return {
      msg: this.t.msg,
      challenge: step.challenge,
      kind: step.kind,
      error: step.error,
      busy: step.busy,
      shuffle: this.shuffleKeys,
      onBiometric: () => void this.handleBiometric(),
      onPinComplete: () => void this.handlePinComplete(),
      onOtp: (code) => void this.handleOtp(code),
      // The SMS code starts without the PIN's error; the PIN pad keeps one the biometric step got.
      onUse: (kind) => (this.step = kind === 'otp' ? { ...step, kind, error: undefined } : { ...step, kind }),
    };
  }

  /** While the later views' code is still on its way (see `laterViews`). */
  private renderWaiting() {
    return html`<banklet-skeleton height="64px"></banklet-skeleton>`;
  }

  private renderBody() {
    const msg = this.t.msg;
    switch (this.step.name) {
      case 'loading':
        return html`<banklet-skeleton height="64px"></banklet-skeleton><p></p><banklet-skeleton lines="4" height="44px"></banklet-skeleton>`;
      case 'load-error':
        return html`<div class="center"><h3>${msg.loadFailed}</h3><p>${this.step.error.message}</p>
          <banklet-button variant="secondary" @click=${() => void this.load()}>${this.localize.msg.retry}</banklet-button></div>`;
      case 'choose':
        return renderChoose(this.chooseContext());
      case 'verify':
        return laterViews.current ? laterViews.current.renderVerify(this.verifyContext(this.step)) : this.renderWaiting();
      case 'paying':
        return html`<div class="center" aria-busy="true"><h3>${msg.paying}</h3><p>${this.step.note ?? msg.doNotClose}</p></div>`;
      case 'outcome':
        return laterViews.current ? laterViews.current.renderOutcome(this.outcomeContext(this.step)) : this.renderWaiting();
    }
  }

  private chooseContext(): ChooseContext {
    return {
      msg: this.t.msg,
      localize: this.t,
      intent: this.paymentIntent!,
      methods: this.methods!,
      selection: this.selection!,
      pointsToUse: this.pointsToUse,
      maxPoints: this.maxPoints,
      instalmentPlan: this.instalmentPlan,
      cashAmount: this.cashAmount,
      notice: this.step.name === 'choose' ? this.step.notice : undefined,
      simple: this.seniorMode,
      onSelect: (selection) => this.changeSelection(selection),
      onPoints: (points) => this.changeSelection(this.selection!, points),
      onPlan: (plan) => this.changeSelection(this.selection!, this.pointsToUse, plan),
      onConfirm: () => void this.handleConfirm(),
    };
  }

  private outcomeContext(step: Extract<Step, { name: 'outcome' }>): OutcomeContext {
    return {
      msg: this.t.msg,
      localize: this.t,
      outcome: step.outcome,
      payment: step.payment,
      reason: step.reason,
      methods: this.methods,
      rating: this.rating && !this.rated,
      stars: this.stars,
      onStars: (stars) => (this.stars = stars),
      onRate: (stars, comment) => void this.handleRate(stars, comment),
      onDone: () => this.close(),
      onRetry: () => void this.load(),
      onCheck: () => void this.resolveUnknown(),
    };
  }

  override render() {
    return html`<banklet-sheet part="sheet" label=${this.t.msg.title} ?open=${this.open}
      @banklet-close-request=${this.handleCloseRequest} @banklet-close=${this.handleSheetClosed}>
      ${this.renderBody()}
      <banklet-status visually-hidden></banklet-status>
    </banklet-sheet>`;
  }
}

