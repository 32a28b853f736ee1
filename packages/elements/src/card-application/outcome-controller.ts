import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bankletError, type ApplicationsResource, type BankletError, type Result } from '@banklet/sdk';
import type { BankletPinPad } from '../internal/pin-pad/pin-pad.js';
import '../internal/pin-pad/define.js';
import type { LocalizeController } from '../internal/localize.js';
import { ActivationController } from './activation-controller.js';
import type { CardApplicationMessages } from './locales/messages.js';
import { renderActivation, renderVirtualCard } from './steps/activation-step.js';
import { renderDecision } from './steps/decision-step.js';
export { outcomeStyles } from './outcome.styles.js';
import type { Activation, ApplicationDecisionDetail, CardActivatedDetail, CardApplication, VirtualCard } from './types.js';

/** Status reads for a pending decision: quick at first, then slower; after that we notify instead. */
const PENDING_POLL_DELAYS_MS = [1_000, 2_000, 3_000, 5_000, 8_000];

export type OutcomeView =
  | { name: 'decision'; application: CardApplication; polling: boolean }
  | { name: 'activation'; application: CardApplication }
  | { name: 'activated'; application: CardApplication; card?: VirtualCard };

export type OutcomeHost = ReactiveControllerHost & Element & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What steps 7 and 8 need from the element. */
export interface OutcomeHooks {
  api(): ApplicationsResource | undefined;
  messages: LocalizeController<CardApplicationMessages>;
  pinKey(): { keyId?: string; publicKey?: string };
  decided(detail: ApplicationDecisionDetail): void;
  activated(detail: CardActivatedDetail): void;
  failed(error: BankletError): void;
  announce(message: string, tone: 'success' | 'info'): void;
  /** The step on screen changed (decision → activation). */
  stepChanged(): void;
}

/**
 * Steps 7 and 8, after the bank has the application: the decision (polling a pending one with
 * backoff until decided, then "we will notify you"), and activation with the PIN set twice and the
 * instant virtual card. The decision event fires once per status of an application.
 */
export class OutcomeController implements ReactiveController {
  view?: OutcomeView;
  private readonly activation: ActivationController;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly reported = new Set<string>();

  constructor(
    private readonly host: OutcomeHost,
    private readonly hooks: OutcomeHooks,
  ) {
    host.addController(this);
    this.activation = new ActivationController(host, () => hooks.api(), () => hooks.messages.msg);
  }

  hostDisconnected(): void {
    clearTimeout(this.pollTimer);
  }

  /** Nothing more for the person to do here (a final decision, or an active card). */
  get finished(): boolean {
    return this.view?.name === 'activated' || (this.view?.name === 'decision' && this.view.application.status !== 'approved');
  }

  show(application: CardApplication): void {
    this.view = { name: 'decision', application, polling: application.status === 'pending' };
    const key = `${application.id}:${application.status}`;
    if (!this.reported.has(key)) {
      this.reported.add(key);
      const { id: applicationId, reference, status, creditLimit, reasonCode } = application;
      this.hooks.decided({ applicationId, reference, status, creditLimit, reasonCode });
    }
    this.hooks.stepChanged();
    const msg = this.hooks.messages.msg;
    const heading = { approved: msg.approved, pending: msg.pendingChecking, declined: msg.declined, referred: msg.referred }[application.status];
    this.hooks.announce(heading, application.status === 'approved' ? 'success' : 'info');
    if (application.status === 'pending') this.poll(application.id, 0);
    this.focusHeading();
  }

  /** Back online: an activation whose answer was lost goes again. */
  online(): void {
    if (this.view?.name === 'activation' && this.activation.canRetry) void this.retry();
  }

  private poll(applicationId: string, attempt: number): void {
    clearTimeout(this.pollTimer);
    if (!this.host.isConnected) return;
    this.pollTimer = setTimeout(async () => {
      const result = await this.hooks.api()?.get(applicationId);
      const view = this.view;
      if (view?.name !== 'decision' || view.application.id !== applicationId) return;
      if (result?.data && result.data.status !== 'pending') return this.show(result.data);
      if (attempt + 1 < PENDING_POLL_DELAYS_MS.length) return this.poll(applicationId, attempt + 1);
      // Still pending: stop asking and tell the person they will be notified.
      this.view = { ...view, polling: false };
      this.host.requestUpdate();
    }, PENDING_POLL_DELAYS_MS[attempt]);
  }

  private checkAgain(): void {
    if (this.view?.name !== 'decision') return;
    this.view = { ...this.view, polling: true };
    this.host.requestUpdate();
    this.poll(this.view.application.id, 0);
  }

  private startActivation(): void {
    if (this.view?.name !== 'decision') return;
    this.view = { name: 'activation', application: this.view.application };
    this.activation.reset();
    this.hooks.stepChanged();
    const { keyId, publicKey } = this.hooks.pinKey();
    if (!keyId || !publicKey) {
      this.hooks.failed(bankletError('validation', 'PIN_KEY_MISSING', this.hooks.messages.msg.pinKeyMissing, { retryable: false }));
    }
    this.focusHeading();
  }

  private async pinEntered(): Promise<void> {
    if (this.view?.name !== 'activation' || this.activation.busy) return;
    const { application } = this.view;
    const pad = this.host.renderRoot.querySelector<BankletPinPad>('banklet-pin-pad');
    const pin = pad?.takePin();
    if (!pin) return;
    const result = await this.activation.enter(pin, this.hooks.pinKey(), application.id);
    if (result) return this.settle(application, result);
    await this.host.updateComplete;
    pad?.focus();
  }

  private async retry(): Promise<void> {
    if (this.view?.name !== 'activation') return;
    const { application } = this.view;
    const result = await this.activation.send(application.id);
    if (result) this.settle(application, result);
  }

  private settle(application: CardApplication, result: Result<Activation>): void {
    if (result.error) {
      // Activated meanwhile (another tab, a lost answer whose retry the bank refused): it is done.
      if (result.error.code === 'ALREADY_ACTIVATED') this.view = { name: 'activated', application };
      else this.hooks.failed(result.error);
      this.host.requestUpdate();
      return;
    }
    const { card } = result.data;
    this.view = { name: 'activated', application, card };
    this.hooks.activated({ applicationId: application.id, cardId: card.id, last4: card.last4, network: card.network });
    this.hooks.announce(this.hooks.messages.msg.activated, 'success');
    this.focusHeading();
  }

  private focusHeading(): void {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus());
  }

  render(shuffle: boolean) {
    const view = this.view;
    const l = this.hooks.messages;
    if (!view) return undefined;
    switch (view.name) {
      case 'decision':
        return renderDecision({
          msg: l.msg,
          localize: l,
          application: view.application,
          polling: view.polling,
          onActivate: () => this.startActivation(),
          onCheckAgain: () => this.checkAgain(),
        });
      case 'activation': {
        const { keyId, publicKey } = this.hooks.pinKey();
        return renderActivation({
          msg: l.msg,
          stage: this.activation.stage,
          error: this.activation.error,
          busy: this.activation.busy,
          unavailable: !keyId || !publicKey,
          canRetry: this.activation.canRetry,
          shuffle,
          onPinComplete: () => void this.pinEntered(),
          onRetry: () => void this.retry(),
        });
      }
      case 'activated':
        return renderVirtualCard(l.msg, view.card);
    }
  }
}
