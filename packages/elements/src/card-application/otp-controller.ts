import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OtpResource, Result } from '@banklet/sdk';
import type { OtpChallenge } from './types.js';

/** The SMS code sent for a number, until it is verified. */
export interface SentCode {
  challengeId: string;
  /** Normalised number the code went to. */
  mobile: string;
  maskedMobile: string;
  /** Epoch ms from which a new code may be requested. */
  resendAt: number;
}

export interface VerifiedMobile {
  mobile: string;
  maskedMobile: string;
  verificationId: string;
  expiresAt: string;
}

/**
 * The SMS verification of the applicant's mobile: sending (with the resend countdown the server
 * dictates), verifying, and forgetting a code once the number changes. A controller of its own so
 * the countdown timer lives and dies with the element. Errors are returned, not shown: the element
 * decides where a message goes.
 */
export class OtpController implements ReactiveController {
  sent?: SentCode;
  sending = false;
  verifying = false;
  /** The clock the countdown renders from, ticking once a second while it runs. */
  now = Date.now();
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly api: () => OtpResource | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stopTicker();
  }

  /** Seconds until a new code may be requested; 0 when it may be now. */
  get resendIn(): number {
    return this.sent ? Math.max(0, Math.ceil((this.sent.resendAt - this.now) / 1000)) : 0;
  }

  /** Drops the sent code when the number it went to is no longer the one in the form. */
  numberChanged(mobile: string): void {
    if (this.sent && this.sent.mobile !== mobile) this.reset();
  }

  reset(): void {
    this.sent = undefined;
    this.stopTicker();
    this.host.requestUpdate();
  }

  async send(mobile: string): Promise<Result<OtpChallenge>> {
    const api = this.api();
    if (!api || this.sending) return { error: { type: 'cancelled', code: 'BUSY', message: '', retryable: false } };
    this.sending = true;
    this.host.requestUpdate();
    const result = await api.send({ mobile, purpose: 'card_application' });
    this.sending = false;
    if (result.data) {
      this.sent = { challengeId: result.data.challengeId, mobile, maskedMobile: result.data.maskedMobile, resendAt: Date.now() + result.data.resendAfterSeconds * 1000 };
      this.startTicker();
    }
    this.host.requestUpdate();
    return result;
  }

  async verify(code: string): Promise<Result<VerifiedMobile>> {
    const api = this.api();
    const sent = this.sent;
    if (!api || !sent || this.verifying) return { error: { type: 'cancelled', code: 'BUSY', message: '', retryable: false } };
    this.verifying = true;
    this.host.requestUpdate();
    const result = await api.verify(sent.challengeId, { code });
    this.verifying = false;
    if (result.error) {
      this.host.requestUpdate();
      return result;
    }
    this.reset();
    return { data: { mobile: sent.mobile, maskedMobile: sent.maskedMobile, ...result.data } };
  }

  private startTicker(): void {
    this.stopTicker();
    this.now = Date.now();
    this.ticker = setInterval(() => {
      this.now = Date.now();
      if (this.resendIn === 0) this.stopTicker();
      this.host.requestUpdate();
    }, 1_000);
  }

  private stopTicker(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
  }
}
