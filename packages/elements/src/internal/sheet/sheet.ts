import { html, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { BankletElement } from '../banklet-element.js';
import type { CloseRequestDetail } from '../events.js';
import { sheetStyles } from './sheet.styles.js';

/**
 * @summary A modal bottom sheet on phones and a centred dialog on wider screens, built on the
 * native `<dialog>`: the rest of the page is inert while it is open, Esc and the backdrop ask to
 * close, and focus returns to where it was.
 *
 * Closing by Esc, backdrop or the close button first fires the cancelable
 * `banklet-close-request`; `preventDefault()` keeps the sheet open (e.g. while a payment is in
 * flight). Lifecycle events do not bubble, so a sheet inside a sheet never triggers the outer
 * one's handlers.
 *
 * @slot - The content.
 * @slot footer - Actions pinned to the bottom, above the keyboard and the home indicator.
 *
 * @event {{ source: 'escape' | 'backdrop' | 'close-button' | 'method' }} banklet-close-request - Cancelable; does not bubble.
 * @event banklet-open - After the sheet opened and its animation ended; does not bubble.
 * @event banklet-close - After the sheet closed; does not bubble.
 *
 * @csspart dialog - The dialog box.
 * @csspart header - Title row with the close button.
 * @csspart title - The title.
 * @csspart close-button - The close button.
 * @csspart body - The scrolling content area.
 * @csspart footer - The footer area.
 *
 * @cssprop --banklet-sheet-background - Background of the sheet.
 * @cssprop --banklet-sheet-radius - Corner radius.
 * @cssprop --banklet-sheet-width - Width of the dialog on wide screens (default 480px).
 *
 * @tagname banklet-sheet
 * @since 0.1.0
 */
export class BankletSheet extends BankletElement {
  static override styles = [BankletElement.styles, sheetStyles];

  @query('dialog') private readonly dialog!: HTMLDialogElement;
  @query('.body') private readonly body!: HTMLElement;

  @state() private hasFooter = false;

  /** Whether the sheet is shown. Setting it opens or closes without the close-request guard. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Title of the sheet, shown in its header and used as its accessible name. */
  @property() label = '';

  private returnFocusTo: HTMLElement | null = null;
  private opening: Promise<void> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopKeyboardTracking();
  }

  private handleCancel(event: Event): void {
    // Esc: we decide, through the guard event, not the browser.
    event.preventDefault();
    this.requestClose('escape');
  }

  private handleNativeClose(): void {
    // Chromium closes a dialog on a repeated Esc even when `cancel` was prevented. Treat it as a
    // close request and reopen when the host refuses.
    // The event is queued: ignore it when we closed on purpose or the sheet has reopened since.
    if (!this.open || this.dialog.open) return;
    if (this.requestClose('escape')) return;
    this.dialog.showModal();
  }

  private handleDialogClick(event: MouseEvent): void {
    // `closedby="closerequest"` stops newer browsers from light-dismissing on their own, so the
    // backdrop goes through the same guard as everything else.
    // A click whose target is the <dialog> itself landed on the backdrop, outside the panel.
    if (event.target !== this.dialog) return;
    const rect = this.dialog.getBoundingClientRect();
    const inside = event.clientX >= rect.left && event.clientX <= rect.right && event.clientY >= rect.top && event.clientY <= rect.bottom;
    if (!inside) this.requestClose('backdrop');
  }

  private handleFooterSlotChange(event: Event): void {
    this.hasFooter = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  private readonly handleViewportResize = (): void => {
    // The on-screen keyboard shrinks the visual viewport but not the layout viewport on iOS and in
    // many WebViews; lift the footer by the difference so actions stay reachable.
    const viewport = window.visualViewport;
    if (!viewport) return;
    const inset = Math.max(0, window.innerHeight - viewport.height - viewport.offsetTop);
    this.style.setProperty('--bk-keyboard-inset', `${Math.round(inset)}px`);
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) this.opening = this.openDialog();
    else if (!this.open && this.dialog.open) this.hide();
  }

  private async openDialog(): Promise<void> {
    this.returnFocusTo = deepActiveElement();
    this.dialog.showModal();
    const autofocus = this.querySelector<HTMLElement>('[autofocus]');
    (autofocus ?? this.body).focus();
    window.visualViewport?.addEventListener('resize', this.handleViewportResize);
    this.handleViewportResize();
    // `banklet-open` means "fully open": hosts measure or announce after it.
    await Promise.allSettled(this.dialog.getAnimations().map((animation) => animation.finished));
    if (this.dialog.open) this.emit('banklet-open', {}, { bubbles: false, composed: false });
  }

  /** Opens the sheet, moves focus into it, and resolves once its opening animation has ended. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    await this.opening;
  }

  /** Closes the sheet without asking (the host decided), and returns focus. */
  hide(): void {
    this.open = false;
    if (!this.dialog?.open) return;
    this.dialog.close();
    this.stopKeyboardTracking();
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (target?.isConnected) target.focus();
    this.emit('banklet-close', {}, { bubbles: false, composed: false });
  }

  /**
   * Asks to close, as Esc, the backdrop and the close button do: fires the cancelable
   * `banklet-close-request` and closes unless a listener prevented it. Returns whether it closed.
   */
  requestClose(source: CloseRequestDetail['source'] = 'method'): boolean {
    const allowed = this.emit('banklet-close-request', { source }, { bubbles: false, composed: false, cancelable: true });
    if (allowed) this.hide();
    return allowed;
  }

  private stopKeyboardTracking(): void {
    window.visualViewport?.removeEventListener('resize', this.handleViewportResize);
    this.style.removeProperty('--bk-keyboard-inset');
  }

  override render() {
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      closedby="closerequest"
      @cancel=${this.handleCancel}
      @close=${this.handleNativeClose}
      @click=${this.handleDialogClick}
    >
      <header part="header">
        <h2 part="title" id="title">${this.label}</h2>
        <button part="close-button" class="close" type="button" aria-label=${this.localize.msg.close} @click=${() => this.requestClose('close-button')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div part="body" class="body" tabindex="-1"><slot></slot></div>
      <footer part="footer" class=${this.hasFooter ? 'filled' : ''}><slot name="footer" @slotchange=${this.handleFooterSlotChange}></slot></footer>
    </dialog>`;
  }
}

/** The focused element, looking inside shadow roots (document.activeElement stops at hosts). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
