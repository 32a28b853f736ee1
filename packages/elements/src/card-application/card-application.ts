import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  applicationsResource, bankletError, cardsResource, isIncomeBand, normalizeMobile, otpResource, randomId, type BankletError,
} from '@banklet/sdk';
import { BankletElement } from '../internal/banklet-element.js';
import type { BankletField } from '../internal/field/field.js';
import { adoptLateStyles, lazyModule } from '../internal/lazy.js';
import { useResource } from '../internal/resources.js';
import type { BankletStatus } from '../internal/status/status.js';
import '../internal/button/define.js';
import '../internal/field/define.js';
import '../internal/skeleton/define.js';
import '../internal/status/define.js';
import { attributionProps, parseAttribution } from './attribution.js';
import { cardApplicationStyles } from './card-application.styles.js';
import { applyPrefill, buildRequest, emptyDraft, missingConsents, verifiedOtp, type ApplicationDraft, type TextField } from './draft.js';
import { DraftSaver } from './draft-saver.js';
import type { FormErrors, JourneyProblem } from './form-errors.js';
import type { OutcomeController } from './outcome-controller.js';
import { cardApplicationCatalogue } from './locales/messages.js';
import type { OtpController } from './otp-controller.js';
import {
  ALL_STEPS, firstStepOf, fieldsOnScreen, nextStep, previousStep, screenCount, screenOfField, serverProblems, stepIndex, stepOfField,
  type FieldName, type FormStep, type StepName,
} from './steps.js';
import { renderFormView } from './steps/form-view.js';
import { renderStepBody, type StepActions } from './steps/step-body.js';
import type { Attribution, CardApplication, CardApplicationPrefill, CardApplicationRequest, CardProduct, TermsDocument } from './types.js';

type Phase =
  | { name: 'loading' }
  | { name: 'load-error'; error: BankletError }
  | { name: 'form' }
  | { name: 'submitting' }
  | { name: 'submit-error'; message: string }
  /** Steps 7 and 8: the outcome controller has the rest. */
  | { name: 'outcome' };

/** The steps after the card choice (steps/later-steps.ts). */
const laterSteps = lazyModule(() => import('./steps/later-steps.js'));

const maskMobile = (mobile: string) => (mobile.length === 11 ? `${mobile.slice(0, 3)}****${mobile.slice(-4)}` : mobile);

/**
 * Most cards offered at once. A bank offers a handful; thousands (a broken or hostile backend)
 * froze the page for seconds, as each radio added to a <fieldset> makes Chromium re-check all
 * the others (quadratic; hostile-input.test.ts).
 */
const MAX_PRODUCTS = 50;

/**
 * @summary The card application journey: choose a card, identity with SMS verification,
 * employment, address, consents, review, decision, and activation with a PIN set on the PIN pad
 * and an instant virtual card.
 *
 * Answers are saved as the person types, encrypted through the SDK's secure store, and a reload
 * within 30 days resumes at the same question. A submission's body is saved before it is sent and
 * re-sent unchanged after a failure or a reload, so the SDK reuses its idempotency key and the
 * bank records one application however often it arrives. The PIN is encrypted into an ISO 9564
 * PIN block under the bank's public key on the device and never stored.
 *
 * Every funnel event carries the attribution (`channel`, `referral-code`, UTM) and the journey id
 * as `correlationId`; field errors report the field and the rule, never what was typed.
 *
 * @event {StepChangeDetail} banklet-step-change - A step is shown: `{ step, index, total }` (`index` is 1-based over all 8 steps).
 * @event {ApplicationSubmittedDetail} banklet-application-submitted - The bank recorded the application: `{ applicationId, reference, productId }`.
 * @event {ApplicationDecisionDetail} banklet-application-decision - A decision is known or changed: `{ applicationId, reference, status, creditLimit, reasonCode }`.
 * @event {CardActivatedDetail} banklet-card-activated - The card is active: `{ applicationId, cardId, last4, network }` (never a card number).
 *
 * @csspart base - The whole journey.
 * @csspart title - The journey's heading.
 * @csspart progress - "Step 2 of 6" and the progress bar.
 * @csspart error-summary - The list of problems shown when continuing with errors.
 * @csspart form - The form of the current step.
 * @csspart field - Each text field (`<banklet-field>`).
 * @csspart field-error - The error line of a choice or checkbox.
 * @csspart product - A card product to choose.
 * @csspart badge - The "recommended" badge.
 * @csspart card-image - A product's card design.
 * @csspart compare - The side-by-side comparison table.
 * @csspart otp - The SMS code area under the mobile number.
 * @csspart verified - "Mobile verified".
 * @csspart document - One terms document with its checkbox.
 * @csspart edit-link - A review row's link back to its question.
 * @csspart alert - A submission or loading problem.
 * @csspart back-button - Back to the previous question.
 * @csspart continue-button - Continue, or send the application on the review step.
 * @csspart decision - The decision screen.
 * @csspart credit-limit - The approved credit limit.
 * @csspart reason - Why declined or referred, in plain words.
 * @csspart reference - The application reference.
 * @csspart pin-pad - The PIN pad of the activation step.
 * @csspart virtual-card - The activated virtual card.
 * @csspart last4 - The card's last four digits.
 *
 * @cssprop --banklet-card-application-max-width - Widest the journey grows (default 640px).
 *
 * @tagname banklet-card-application
 * @since 0.1.0
 */
export class BankletCardApplication extends BankletElement {
  static override styles = [BankletElement.styles, cardApplicationStyles];

  private readonly t = this.useCatalogue(cardApplicationCatalogue);
  private readonly saver = new DraftSaver(this, () => this.draftId, () => this.draft);
  /** Created with the later steps' code (the SMS code is asked on the identity step). */
  private otp?: OtpController;
  /** Created with the later steps' code: errors appear only once the person tries to continue. */
  private errors?: FormErrors;

  @query('banklet-status') private readonly status?: BankletStatus;

  @state() private phase: Phase = { name: 'loading' };
  @state() private draft: ApplicationDraft = emptyDraft('');
  @state() private products: CardProduct[] = [];
  @state() private terms: TermsDocument[] = [];
  @state() private termsFailed = false;
  @state() private compare = new Set<string>();
  @state() private returnToReview = false;
  @state() private resumed = false;
  /** A continue is being handled (checking the SMS code, loading terms, sending). */
  @state() private continuing = false;

  /** How the person reached the journey: `partner_web`, `app_webview`, `mini_program`, `cdn_tag`, `bank_app` or `other`. Sent with the application and every funnel event. */
  @property({ reflect: true }) channel = 'other';

  /** A partner's or member's referral code (letters, digits and dashes, up to 32), sent with the application and every funnel event. */
  @property({ attribute: 'referral-code' }) referralCode?: string;

  /** Read `utm_source`, `utm_medium`, `utm_campaign`, `utm_term` and `utm_content` from the page URL into the attribution. Off by default. */
  @property({ type: Boolean, attribute: 'utm-from-url' }) utmFromUrl = false;

  /** Name of the saved draft on this device. Give each signed-in person their own (e.g. a hash of the user id) where a device is shared. */
  @property({ attribute: 'draft-id' }) draftId = 'default';

  /** Answers the host already knows (name, mobile, email, address…); they fill empty answers only. */
  @property({ attribute: false }) prefill?: CardApplicationPrefill;

  /** Id of an application submitted earlier: shows its decision (and activation when approved) instead of a new form. */
  @property({ attribute: 'application-id' }) applicationId?: string;

  /** Id of the bank's PIN encryption key, sent as `keyId` (`sandbox-pin-key-1` in the sandbox). */
  @property({ attribute: 'pin-key-id' }) pinKeyId?: string;

  /** The bank's RSA public key for PIN blocks, as base64 SPKI (a PEM body also works). Without it the PIN cannot be set. */
  @property({ attribute: 'pin-public-key' }) pinPublicKey?: string;

  /** Shuffle the PIN pad keys. */
  @property({ type: Boolean, attribute: 'shuffle-keys' }) shuffleKeys = false;

  /**
   * Steps 7 and 8 (decision, activation with the PIN pad and PIN encryption), loaded when the
   * bank has the application: most visits end in the form, so they never download it.
   */
  private outcome?: OutcomeController;
  private loadAbort?: AbortController;
  /** The `applicationId` the journey was last started for; a new one starts it again. */
  private startedFor?: string;
  private termsFor = '';
  private reportedStep?: StepName;

  protected override get deferReady(): boolean {
    return true;
  }

  /** The journey's API on the client in effect (its own resources, or built on its `request`). */
  private get api() {
    const client = this.resolvedClient;
    if (!client) return undefined;
    return {
      cards: useResource(client, 'cards', cardsResource, this.localize.lang),
      applications: useResource(client, 'applications', applicationsResource, this.localize.lang),
      otp: useResource(client, 'otp', otpResource, this.localize.lang),
    };
  }

  /** The attribution sent with the application and every funnel event. */
  get attribution(): Attribution {
    return parseAttribution({ channel: this.channel, referralCode: this.referralCode, search: this.utmFromUrl ? location.search : undefined });
  }

  /** The step on screen, or `undefined` while loading. */
  get currentStep(): StepName | undefined {
    switch (this.phase.name) {
      case 'form':
        return this.draft.step;
      case 'submitting':
      case 'submit-error':
        return 'review';
      case 'outcome':
        return this.outcome?.view?.name === 'activation' || this.outcome?.view?.name === 'activated' ? 'activation' : 'decision';
      default:
        return undefined;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.handlePageHide);
    window.addEventListener('online', this.handleOnline);
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.handlePageHide);
    window.removeEventListener('online', this.handleOnline);
    this.loadAbort?.abort();
    this.reportedStep = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('applicationId') && this.isConnected && this.applicationId !== this.startedFor) void this.start();
  }

  private readonly handlePageHide = (): void => {
    this.saver.flush();
    const step = this.currentStep;
    if (step && !(this.phase.name === 'outcome' && this.outcome?.finished)) this.funnel('banklet-application-abandon', { step, screen: this.draft.screen });
  };

  private readonly handleOnline = (): void => {
    if (this.phase.name === 'submit-error' && this.draft.submission) void this.send(this.draft.submission);
    else if (this.phase.name === 'outcome') this.outcome?.online();
  };

  // ─── Loading and resuming ─────────────────────────────────────────────────────────────────────

  private async start(): Promise<void> {
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    this.startedFor = this.applicationId;
    const api = this.requireClient() ? this.api : undefined;
    this.phase = { name: 'loading' };
    if (!api) return this.failLoad(bankletError('auth', 'NO_CLIENT', this.localize.msg.errors.auth, { retryable: false }));
    if (this.applicationId) {
      const result = await api.applications.get(this.applicationId, { signal: abort.signal });
      if (abort.signal.aborted) return;
      if (result.error) return this.failLoad(result.error);
      this.saver.close();
      await this.showOutcome(result.data);
      return this.markReady();
    }
    const [restored, products] = await Promise.all([this.saver.load(), api.cards.products({ signal: abort.signal })]);
    if (abort.signal.aborted) return;
    if (products.error) return this.failLoad(products.error);
    this.products = [...products.data.items].sort((a, b) => a.rank - b.rank).slice(0, MAX_PRODUCTS);
    this.resumed = restored !== undefined && this.hasAnswers(restored);
    let draft = applyPrefill(restored ?? emptyDraft(randomId()), this.prefill);
    if (!this.products.some((p) => p.id === draft.productId) && draft.step !== 'product' && !draft.submission) {
      draft = { ...draft, step: 'product', screen: 0 };
    }
    if (draft.step !== 'product' && !(await this.loadLaterSteps())) {
      return this.failLoad(bankletError('network', 'CHUNK_LOAD_FAILED', this.localize.msg.errors.network));
    }
    this.draft = draft;
    if (draft.step === 'consent' || draft.step === 'review') await this.loadTerms();
    this.phase = { name: 'form' };
    this.reportStep();
    this.markReady();
    // Fetched while the person compares cards, so continuing is instant.
    // Only the module: this element adopts its styles when it moves on.
    laterSteps.prefetch();
    // Reloaded while a submission's outcome was unknown: send the same body again.
    if (draft.submission) void this.send(draft.submission);
  }

  /** Loads the later steps' code and styles; false when the network failed. */
  private async loadLaterSteps(): Promise<boolean> {
    try {
      const later = await laterSteps.load();
      adoptLateStyles(this, later.styles);
      this.otp ??= new later.OtpController(this, () => this.api?.otp);
      this.errors ??= new later.FormErrors(this, (field, rule) =>
        this.funnel('banklet-application-field-error', { step: stepOfField(field), field, rule }));
      return true;
    } catch {
      return false;
    }
  }

  private hasAnswers(draft: ApplicationDraft): boolean {
    return draft.productId !== '' || Object.values(draft.values).some((v) => v !== '');
  }

  private failLoad(error: BankletError): void {
    this.phase = { name: 'load-error', error };
    this.reportError(error);
    this.markReady();
  }

  private async loadTerms(): Promise<boolean> {
    const productId = this.draft.productId;
    if (this.termsFor === productId && !this.termsFailed) return true;
    const result = await this.api!.cards.terms(productId);
    if (result.error) {
      this.termsFailed = true;
      this.reportError(result.error);
      return false;
    }
    this.terms = result.data.items;
    this.termsFor = productId;
    this.termsFailed = false;
    return true;
  }

  // ─── Draft ────────────────────────────────────────────────────────────────────────────────────

  private patchDraft(change: Partial<ApplicationDraft>, { now = false } = {}): void {
    this.draft = { ...this.draft, ...change };
    if (now) void this.saver.save();
    else this.saver.schedule();
  }

  // ─── Events and analytics ─────────────────────────────────────────────────────────────────────

  /** Tracks a funnel event with the attribution; the journey id ties one application's events. */
  private funnel(name: string, props: Record<string, unknown> = {}): void {
    this.track(name, { ...props, ...attributionProps(this.attribution) }, { correlationId: this.draft.journeyId || undefined });
  }

  private reportStep(): void {
    const step = this.currentStep;
    if (!step || step === this.reportedStep) return;
    this.reportedStep = step;
    const detail = { step, index: stepIndex(step), total: ALL_STEPS.length };
    this.emit('banklet-step-change', detail);
    this.funnel('banklet-application-step-view', detail);
  }

  // ─── Answers ──────────────────────────────────────────────────────────────────────────────────

  private handleText(field: TextField, value: string): void {
    this.errors?.clear(field);
    this.patchDraft({ values: { ...this.draft.values, [field]: value } });
    // A code sent to another number cannot verify this one.
    if (field === 'mobile') this.otp?.numberChanged(normalizeMobile(value));
  }

  /** A server or journey error message for a code: ours first, then the shared validation messages. */
  private messageFor(code: string, params: Record<string, string | number> = {}, fallback?: string): string {
    const own = this.t.msg.fieldErrors[code];
    if (own) return own(params);
    const shared = (this.localize.msg.validation as Record<string, ((p: typeof params) => string) | undefined>)[code];
    return shared ? shared(params) : fallback ?? this.localize.msg.validation.INVALID(params);
  }

  // ─── SMS code ─────────────────────────────────────────────────────────────────────────────────

  private async handleSendCode(): Promise<void> {
    const field = this.renderRoot.querySelector<BankletField>('#mobile');
    if (!field || !field.reportValidity()) {
      if (field?.validationCode) this.errors?.track('mobile', 'mobile', field.validationCode);
      return;
    }
    if (!this.otp) return;
    const result = await this.otp.send(normalizeMobile(this.draft.values.mobile));
    if (result.error) {
      if (result.error.code === 'BUSY') return;
      this.errors?.set('otp', result.error.code, this.messageFor(result.error.code, {}, result.error.message));
      this.errors?.track('otp', 'otp', result.error.code);
      return;
    }
    this.errors?.clear('otp');
    await this.updateComplete;
    this.renderRoot.querySelector<BankletField>('#otp')?.focus();
  }

  private async verifyCode(code: string): Promise<boolean> {
    if (!this.otp) return false;
    const result = await this.otp.verify(code);
    if (result.error) {
      if (result.error.code === 'BUSY') return false;
      const problem = result.error.fields?.[0];
      const errorCode = problem?.code ?? result.error.code;
      this.errors?.set('otp', errorCode, this.messageFor(errorCode, problem?.params, result.error.message));
      this.errors?.track('otp', 'otp', errorCode);
      return false;
    }
    const { mobile, maskedMobile, verificationId, expiresAt } = result.data;
    this.errors?.clear('otp');
    this.patchDraft({ otp: { mobile, verificationId, expiresAt } }, { now: true });
    void this.status?.announce(this.t.msg.verified(maskedMobile), 'success');
    return true;
  }

  // ─── Moving through the steps ─────────────────────────────────────────────────────────────────

  private screensOf(step: FormStep): number {
    return screenCount(step, this.seniorMode, this.terms.length);
  }

  private async goTo(step: FormStep, screen: number, focusId?: string): Promise<void> {
    if (step !== 'product' && !(await this.loadLaterSteps())) {
      // Offline before the code arrived: stay on this step, with everything typed kept.
      void this.status?.announce(this.localize.msg.errors.network, 'error');
      return;
    }
    this.errors?.clearSummary();
    this.patchDraft({ step, screen }, { now: true });
    if (step === 'consent' || step === 'review') await this.loadTerms();
    this.reportStep();
    await this.updateComplete;
    if (focusId) this.errors?.focus(focusId);
    else this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private async handleContinue(): Promise<void> {
    // A second tap while the first is still checking (the SMS code, say) must not move on twice.
    if (this.phase.name !== 'form' || this.continuing) return;
    this.continuing = true;
    try {
      // Checking and the next steps come with the later steps' code (usually fetched already).
      if (!(await this.loadLaterSteps())) {
        void this.status?.announce(this.localize.msg.errors.network, 'error');
        return;
      }
      await this.continueFrom(this.draft.step);
    } finally {
      this.continuing = false;
    }
  }

  private async continueFrom(step: FormStep): Promise<void> {
    if (step === 'review') return this.handleSubmit();
    // A code typed but not yet verified is verified on the way, one tap instead of two.
    const otpField = this.renderRoot.querySelector<BankletField>('#otp');
    if (otpField && this.otp?.sent && otpField.checkValidity()) await this.verifyCode(String(otpField.modelValue));
    // Let errors set above (a wrong code) reach their fields before validity is read.
    await this.updateComplete;
    await Promise.all([...this.renderRoot.querySelectorAll<BankletField>('banklet-field')].map((f) => f.updateComplete));
    if (!this.validateScreen()) return;
    // Came from the review to change one answer: straight back, not through the step's other questions.
    if (this.returnToReview) {
      this.returnToReview = false;
      return this.goTo('review', 0);
    }
    const screen = Math.min(this.draft.screen, this.screensOf(step) - 1);
    if (screen + 1 < this.screensOf(step)) return this.goTo(step, screen + 1);
    this.funnel('banklet-application-step-complete', { step, index: stepIndex(step) });
    const next = nextStep(step);
    if (next) await this.goTo(next, 0);
  }

  private handleBack(): void {
    const { step, screen } = this.draft;
    if (screen > 0) {
      void this.goTo(step, Math.min(screen, this.screensOf(step)) - 1);
      return;
    }
    const previous = previousStep(step);
    if (previous) void this.goTo(previous, this.screensOf(previous) - 1);
  }

  private handleEdit(field: FieldName): void {
    this.returnToReview = true;
    const step = stepOfField(field);
    const screen = this.seniorMode ? (field === 'consents' ? 0 : screenOfField(field)) : 0;
    void this.goTo(step, screen, field === 'consents' ? undefined : field);
  }

  /** Validates what is on screen: its fields, plus the problems no field reports itself. */
  private validateScreen(): boolean {
    // Only reached after a continue, which loaded the error handling with the later steps.
    if (!this.errors) return false;
    return this.errors.validate(this.journeyProblems().map((p) => ({ ...p, message: this.messageFor(p.code) })));
  }

  /** Problems that no `<banklet-field>` reports: the card, the SMS verification, the income, consents. */
  private journeyProblems(): Omit<JourneyProblem, 'message'>[] {
    const { msg } = this.t;
    const { step } = this.draft;
    const problems: Omit<JourneyProblem, 'message'>[] = [];
    const onScreen = step === 'consent' || step === 'review' ? [] : fieldsOnScreen(step, this.seniorMode, this.draft.screen);
    if (step === 'product' && !this.products.some((p) => p.id === this.draft.productId)) {
      problems.push({ id: 'productId', field: 'productId', code: 'PRODUCT_REQUIRED', label: msg.chooseCard });
    }
    if (onScreen.includes('otp') && !verifiedOtp(this.draft, Date.now()) && !this.renderRoot.querySelector('#otp')) {
      problems.push({ id: 'otp', field: 'otp', code: this.draft.otp ? 'OTP_NOT_VERIFIED' : 'OTP_NOT_SENT', label: msg.otp });
    }
    if (onScreen.includes('incomeBand') && !isIncomeBand(this.draft.values.incomeBand)) {
      problems.push({ id: 'incomeBand', field: 'incomeBand', code: 'INCOME_REQUIRED', label: msg.incomeBand });
    }
    if (step === 'consent') {
      const shown = this.seniorMode ? this.terms.slice(this.draft.screen, this.draft.screen + 1) : this.terms;
      for (const doc of missingConsents(this.draft, shown)) {
        problems.push({ id: `consent-${doc.id}`, field: 'consents', code: 'CONSENT_REQUIRED', label: doc.title });
      }
    }
    return problems;
  }

  // ─── Submitting ───────────────────────────────────────────────────────────────────────────────

  private async handleSubmit(): Promise<void> {
    if (this.phase.name !== 'form') return;
    const { msg } = this.t;
    // The whole draft, not just this screen: a resumed or prefilled draft may have skipped one.
    if (!this.products.some((p) => p.id === this.draft.productId)) return this.goTo('product', 0);
    const invalid = laterSteps.current?.firstInvalidAnswer(this.draft.values);
    if (invalid) {
      this.returnToReview = true;
      await this.goTo(stepOfField(invalid.field), this.seniorMode ? screenOfField(invalid.field) : 0);
      this.validateScreen();
      return;
    }
    const otp = verifiedOtp(this.draft, Date.now());
    if (!otp) {
      this.returnToReview = true;
      this.patchDraft({ otp: undefined });
      this.errors?.set('otp', 'OTP_NOT_VERIFIED', this.messageFor('OTP_NOT_VERIFIED'));
      await this.goTo('identity', this.seniorMode ? screenOfField('mobile') : 0, 'send-code');
      this.errors?.showOnly({ id: 'otp', field: 'otp', label: msg.otp, message: this.errors?.messages.otp ?? '' });
      return;
    }
    if (!(await this.loadTerms())) return;
    if (missingConsents(this.draft, this.terms).length > 0) {
      this.returnToReview = true;
      await this.goTo('consent', 0);
      this.validateScreen();
      return;
    }
    const body = buildRequest(this.draft, this.terms, otp.verificationId, this.attribution);
    this.patchDraft({ submission: body });
    await this.saver.save();
    await this.send(body);
  }

  /** Sends a submission; the SDK gives the same body the same idempotency key until the outcome is final. */
  private async send(body: CardApplicationRequest): Promise<void> {
    if (this.phase.name === 'submitting') return;
    this.phase = { name: 'submitting' };
    this.reportStep();
    const result = await this.api!.applications.submit(body);
    if (result.error) return this.submitFailed(result.error);
    await this.saver.discard();
    const application = result.data;
    this.emit('banklet-application-submitted', { applicationId: application.id, reference: application.reference, productId: application.productId });
    this.funnel('banklet-application-submitted', { applicationId: application.id, productId: application.productId });
    await this.showOutcome(application);
  }

  private async submitFailed(error: BankletError): Promise<void> {
    const { msg } = this.t;
    if (error.type !== 'validation' || !error.fields?.length) {
      // The outcome is unknown or the bank could not take it now: keep the body (and so the key)
      // and offer the same submission again; coming back online re-sends it by itself.
      this.reportError(error);
      const offline = error.type === 'network' || error.type === 'timeout' || navigator.onLine === false;
      this.phase = { name: 'submit-error', message: offline ? msg.offline : this.t.sentences(msg.submitFailed, error.message) };
      void this.status?.announce(offline ? msg.offline : msg.submitFailed, 'error');
      return;
    }
    // The bank refused the answers and recorded nothing: fix them, then a new submission.
    const problems = serverProblems(error.fields);
    for (const problem of problems) {
      this.errors?.set(problem.id, problem.code, this.messageFor(problem.code, problem.params));
      this.errors?.track(problem.id, problem.field, problem.code);
    }
    const otpRefused = problems.some((p) => p.field === 'otp');
    this.patchDraft({ submission: undefined, otp: otpRefused ? undefined : this.draft.otp }, { now: true });
    if (problems.some((p) => p.field === 'consents')) this.termsFor = '';
    const first = firstStepOf(problems);
    if (!first) {
      this.phase = { name: 'submit-error', message: this.t.sentences(msg.submitFailed, error.message) };
      this.reportError(error);
      return;
    }
    this.phase = { name: 'form' };
    this.returnToReview = true;
    const firstField = problems.find((p) => stepOfField(p.field) === first)!.field;
    await this.goTo(first, this.seniorMode && first !== 'consent' ? screenOfField(firstField) : 0);
    this.validateScreen();
  }

  private async showOutcome(application: CardApplication): Promise<void> {
    if (!this.outcome) {
      const { OutcomeController, outcomeStyles } = await import('./outcome-controller.js');
      adoptLateStyles(this, outcomeStyles);
      this.outcome ??= new OutcomeController(this, {
        api: () => this.api?.applications,
        messages: this.t,
        pinKey: () => ({ keyId: this.pinKeyId, publicKey: this.pinPublicKey }),
        decided: (detail) => {
          this.emit('banklet-application-decision', detail);
          this.funnel('banklet-application-decision', { ...detail });
        },
        activated: (detail) => {
          this.emit('banklet-card-activated', detail);
          this.funnel('banklet-card-activated', { applicationId: detail.applicationId, network: detail.network });
        },
        failed: (error) => this.reportError(error),
        announce: (message, tone) => void this.status?.announce(message, tone),
        stepChanged: () => this.reportStep(),
      });
    }
    this.phase = { name: 'outcome' };
    this.outcome.show(application);
  }

  // ─── Rendering ────────────────────────────────────────────────────────────────────────────────

  /** What the person can do on the form steps (handed to the step views). */
  private readonly actions: StepActions = {
    selectProduct: (productId) => {
      this.errors?.clear('productId');
      this.patchDraft({ productId }, { now: true });
    },
    compare: (productId, on) => {
      const next = new Set(this.compare);
      if (on) next.add(productId);
      else next.delete(productId);
      this.compare = next;
    },
    clearCompare: () => (this.compare = new Set()),
    sendCode: () => void this.handleSendCode(),
    verifyCode: (code) => void this.verifyCode(code),
    chooseIncome: (band) => {
      this.errors?.clear('incomeBand');
      this.patchDraft({ values: { ...this.draft.values, incomeBand: band } });
    },
    consent: (doc, accepted) => {
      this.errors?.clear(`consent-${doc.id}`);
      const consents = { ...this.draft.consents };
      if (accepted) consents[doc.id] = doc.version;
      else delete consents[doc.id];
      this.patchDraft({ consents }, { now: true });
    },
    edit: (field) => this.handleEdit(field),
    retryTerms: () => void this.loadTerms(),
  };

  private renderStep(step: FormStep, screen: number) {
    const verified = verifiedOtp(this.draft, Date.now());
    const otp = this.otp;
    const sent = otp?.sent;
    return renderStepBody({
      msg: this.t.msg,
      localize: this.t,
      draft: this.draft,
      senior: this.seniorMode,
      step,
      screen,
      errorPrefix: this.localize.msg.errorPrefix,
      errors: this.errors?.messages ?? {},
      onText: (field, value) => this.handleText(field, value),
      products: this.products,
      compare: this.compare,
      terms: this.terms,
      termsFailed: this.termsFailed,
      retryLabel: this.localize.msg.retry,
      challenge: sent ? { maskedMobile: sent.maskedMobile, resendIn: otp!.resendIn } : undefined,
      verifiedMobile: verified ? maskMobile(verified.mobile) : undefined,
      sending: otp?.sending ?? false,
      verifying: otp?.verifying ?? false,
      // While a sent application's outcome is unknown the answers are frozen: a changed body
      // would get a new idempotency key and could become a second application.
      locked: this.phase.name !== 'form',
      actions: this.actions,
      later: laterSteps.current,
    });
  }

  private renderForm() {
    const step = this.draft.step;
    const screens = this.screensOf(step);
    const screen = Math.min(this.draft.screen, screens - 1);
    return renderFormView({
      msg: this.t.msg,
      step,
      screen,
      screens,
      senior: this.seniorMode,
      resumed: this.resumed,
      summary: this.errors?.summary ?? [],
      busy: this.phase.name === 'submitting' || this.continuing,
      sendingNote: this.phase.name === 'submitting' ? this.t.sentences(this.t.msg.submitting, this.t.msg.doNotClose) : undefined,
      submitError: this.phase.name === 'submit-error' ? this.phase.message : undefined,
      returnToReview: this.returnToReview,
      body: this.renderStep(step, screen),
      onContinue: () => void this.handleContinue(),
      onBack: () => this.handleBack(),
      onRetry: () => this.draft.submission && void this.send(this.draft.submission),
      onFocusOut: (event) => void this.errors?.handleFocusOut(event),
      onSummaryLink: (id) => this.errors?.focus(id),
    });
  }

  private renderPhase() {
    const { msg } = this.t;
    const phase = this.phase;
    switch (phase.name) {
      case 'loading':
        return html`<div aria-busy="true"><banklet-skeleton lines="3" height="24px"></banklet-skeleton><p></p>
          <banklet-skeleton height="180px"></banklet-skeleton><span class="visually-hidden" role="status">${this.localize.msg.loading}</span></div>`;
      case 'load-error':
        return html`<div class="alert" part="alert" role="alert"><p>${this.t.sentences(msg.loadFailed, phase.error.message)}</p>
          <banklet-button variant="secondary" @click=${() => void this.start()}>${this.localize.msg.retry}</banklet-button></div>`;
      case 'form':
      case 'submitting':
      case 'submit-error':
        return this.renderForm();
      case 'outcome':
        return this.outcome?.render(this.shuffleKeys);
    }
  }

  override render() {
    return html`<section part="base" class="base" aria-labelledby="title">
      <h2 id="title" part="title" class="title">${this.t.msg.title}</h2>
      ${this.renderPhase()}
      <banklet-status visually-hidden></banklet-status>
    </section>`;
  }
}
