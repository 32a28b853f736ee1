import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bankletError, type ApplicationsResource, type Result } from '@banklet/sdk';
import type { CardApplicationMessages } from './locales/messages.js';
import { encryptPinBlock, importPinKey, isWeakPin } from './pin-block.js';
import type { Activation, ActivationRequest } from './types.js';

/**
 * Activation: the card PIN entered twice, compared, encrypted into a PIN block under the bank's
 * key, and sent. The first entry is held as bytes (which can be zeroed) only until the second
 * arrives; the clear PIN is never stored, rendered or dispatched. An encrypted request whose answer
 * was lost is kept in memory and re-sent unchanged, so the SDK reuses its idempotency key.
 */
export class ActivationController implements ReactiveController {
  stage: 'first' | 'confirm' = 'first';
  /** Shown on the PIN pad: weak, different, or why the bank did not take it. */
  error = '';
  busy = false;
  private firstPin?: Uint8Array;
  private pending?: ActivationRequest;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly api: () => ApplicationsResource | undefined,
    private readonly messages: () => CardApplicationMessages,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** A sent activation's answer was lost: it can be sent again as it is. */
  get canRetry(): boolean {
    return this.pending !== undefined && !this.busy;
  }

  reset(): void {
    this.firstPin?.fill(0);
    this.firstPin = undefined;
    this.stage = 'first';
    this.error = '';
    this.host.requestUpdate();
  }

  /**
   * Takes one complete entry from the PIN pad. Resolves `undefined` while nothing was sent (the
   * confirmation is due, or the entry was refused with `error` set), else the activation's result.
   */
  async enter(pin: string, key: { keyId?: string; publicKey?: string }, applicationId: string): Promise<Result<Activation> | undefined> {
    const msg = this.messages();
    const digits = new TextEncoder().encode(pin);
    if (this.stage === 'first') {
      if (isWeakPin(pin)) {
        digits.fill(0);
        return this.refuse(msg.pinWeak);
      }
      this.firstPin = digits;
      this.stage = 'confirm';
      this.error = '';
      this.host.requestUpdate();
      return undefined;
    }
    const first = this.firstPin;
    const same = !!first && first.length === digits.length && first.every((d, i) => d === digits[i]);
    digits.fill(0);
    this.reset();
    if (!same) return this.refuse(msg.pinMismatch);
    try {
      if (!key.keyId || !key.publicKey) throw new Error('no key');
      this.pending = { encryptedPinBlock: await encryptPinBlock(pin, await importPinKey(key.publicKey)), keyId: key.keyId };
    } catch {
      // No key, or not an RSA public key in SPKI form: a configuration mistake of the host.
      this.refuse(msg.pinKeyMissing);
      return { error: bankletError('validation', 'PIN_KEY_INVALID', msg.pinKeyMissing, { retryable: false }) };
    }
    return this.send(applicationId);
  }

  /** Sends the encrypted request (again, after a lost answer). */
  async send(applicationId: string): Promise<Result<Activation> | undefined> {
    const api = this.api();
    if (!api || !this.pending || this.busy) return undefined;
    this.busy = true;
    this.host.requestUpdate();
    const result = await api.activate(applicationId, this.pending);
    this.busy = false;
    if (result.error) {
      const offline = result.error.type === 'network' || result.error.type === 'timeout';
      this.error = offline ? this.messages().offline : result.error.message;
      // Not retryable means the bank refused this block: the person sets the PIN again.
      if (!result.error.retryable) this.pending = undefined;
    } else {
      this.pending = undefined;
    }
    this.host.requestUpdate();
    return result;
  }

  private refuse(message: string): undefined {
    this.error = message;
    this.host.requestUpdate();
    return undefined;
  }
}
