import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { BankletElement } from '../banklet-element.js';

/**
 * @summary A placeholder that reserves the exact height of content still loading, so nothing
 * shifts when it arrives (no layout shift on slow networks).
 *
 * Skeletons are hidden from assistive technology: announce loading once, with a
 * `<banklet-status>` or `aria-busy` on the region, not once per grey bar.
 *
 * @csspart base - The shimmering block(s).
 *
 * @cssprop --banklet-skeleton-color - Base colour of the placeholder.
 *
 * @tagname banklet-skeleton
 * @since 0.1.0
 */
export class BankletSkeleton extends BankletElement {
  static override styles = [
    BankletElement.styles,
    css`
      :host {
        display: block;
      }
      .bar {
        block-size: var(--_bk-skeleton-height);
        border-radius: var(--bk-radius-sm);
        background: var(--banklet-skeleton-color, var(--bk-color-surface-variant));
        background-image: linear-gradient(90deg, transparent 0, rgb(255 255 255 / 0.35) 50%, transparent 100%);
        background-size: 200% 100%;
        background-repeat: no-repeat;
        animation: shimmer 1.4s ease-in-out infinite;
      }
      .bar + .bar {
        margin-block-start: var(--bk-space-2);
      }
      .bar:last-child:not(:first-child) {
        inline-size: 60%;
      }
      :host([shape='circle']) .bar {
        inline-size: var(--_bk-skeleton-height);
        border-radius: 50%;
      }
      @media (prefers-reduced-motion: reduce) {
        .bar {
          animation: none;
          background-image: none;
        }
      }
      @keyframes shimmer {
        from {
          background-position: 150% 0;
        }
        to {
          background-position: -50% 0;
        }
      }
    `,
  ];

  /** Height of each block as a CSS length (e.g. `180px`, `2.5em`); match the final content. */
  @property() height = '1.2em';

  /** Number of text lines to draw; the last one is shorter. */
  @property({ type: Number }) lines = 1;

  /** `rect` (default) or `circle`. */
  @property({ reflect: true }) shape: 'rect' | 'circle' = 'rect';

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('aria-hidden', 'true');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('height')) this.style.setProperty('--_bk-skeleton-height', this.height);
  }

  override render() {
    const count = Math.max(1, Math.floor(this.lines));
    return html`${Array.from({ length: count }, () => html`<div part="base" class="bar"></div>`)}`;
  }
}
