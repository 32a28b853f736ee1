import { css } from 'lit';

export const offerCarouselStyles = css`
  :host {
    display: block;
    --_height: var(--banklet-offer-carousel-height, 340px);
    --_per-view: var(--banklet-offer-carousel-per-view, 1);
    --_gap: var(--bk-space-3);
  }
  :host([bk-senior]) {
    --_height: var(--banklet-offer-carousel-height, 420px);
  }
  @media (min-width: 640px) {
    :host {
      --_per-view: var(--banklet-offer-carousel-per-view, 2);
    }
  }
  @media (min-width: 960px) {
    :host {
      --_per-view: var(--banklet-offer-carousel-per-view, 3);
    }
  }
  :host([bk-senior]) {
    /* Senior mode: one offer at a time, whatever the width. */
    --_per-view: 1;
  }
  [part='base'] {
    position: relative;
  }
  .toolbar {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--bk-space-1);
    margin-block-end: var(--bk-space-2);
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    inline-size: var(--bk-target-size);
    block-size: var(--bk-target-size);
    border: 1.5px solid var(--bk-color-outline);
    border-radius: 50%;
    background: var(--bk-color-surface);
    color: var(--bk-color-on-surface);
    font: inherit;
    font-size: var(--bk-font-size-lg);
    line-height: 1;
    cursor: pointer;
  }
  .icon-button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  .flip {
    display: inline-flex;
  }
  :host(:dir(rtl)) .flip {
    transform: scaleX(-1);
  }
  img[hidden] {
    display: none;
  }
  .track {
    display: flex;
    gap: var(--_gap);
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-behavior: smooth;
    scrollbar-width: none;
    touch-action: pan-x pan-y;
    padding-block-end: var(--bk-space-1);
    /* Its width comes from the host, never from the slides: without this the row of slides made
       the carousel at least 332 px wide, and a grid or flex host page scrolled sideways at 320 px. */
    contain: inline-size;
  }
  .track::-webkit-scrollbar {
    display: none;
  }
  .track.dragging {
    scroll-snap-type: none;
    scroll-behavior: auto;
    cursor: grabbing;
  }
  @media (prefers-reduced-motion: reduce) {
    .track {
      scroll-behavior: auto;
    }
  }
  .slide {
    display: flex;
    flex-direction: column;
    flex: 0 0 calc((100% - (var(--_per-view) - 1) * var(--_gap)) / var(--_per-view));
    /* A fixed height: the skeleton reserves exactly this, so nothing moves when offers arrive. */
    block-size: var(--_height);
    scroll-snap-align: start;
    border-radius: var(--bk-radius-md);
    background: var(--banklet-offer-carousel-card-background, var(--bk-color-surface-variant));
    overflow: hidden;
  }
  .media {
    position: relative;
    flex: 1 1 0;
    min-block-size: 72px;
    background: var(--bk-color-surface-variant);
  }
  img {
    position: absolute;
    inset: 0;
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .badge {
    position: absolute;
    inset-block-start: var(--bk-space-2);
    inset-inline-start: var(--bk-space-2);
    padding: 2px var(--bk-space-2);
    border-radius: var(--bk-radius-sm);
    background: var(--bk-color-primary);
    color: var(--bk-color-on-primary);
    font-size: var(--bk-font-size-sm);
    font-weight: 600;
  }
  .content {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: var(--bk-space-1);
    padding: var(--bk-space-3);
  }
  h3 {
    margin: 0;
    font-size: var(--bk-font-size-lg);
    line-height: 1.3;
  }
  h3,
  .terms {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .terms,
  .expiry {
    margin: 0;
    color: var(--bk-color-on-surface-variant);
    font-size: var(--bk-font-size-sm);
  }
  .expiry {
    color: var(--bk-color-warning);
    font-weight: 600;
  }
  .cta {
    margin-block-start: auto;
    padding-block-start: var(--bk-space-2);
  }
  .claimed {
    color: var(--bk-color-success);
    font-weight: 600;
  }
  .picker {
    display: flex;
    justify-content: center;
    flex-wrap: wrap;
    gap: 0;
    margin-block-start: var(--bk-space-1);
  }
  .dot {
    display: inline-grid;
    place-items: center;
    inline-size: var(--bk-target-size);
    block-size: calc(var(--bk-target-size) * 0.6);
    padding: 0;
    border: 0;
    background: transparent;
    cursor: pointer;
  }
  .dot::before {
    content: '';
    inline-size: 8px;
    block-size: 8px;
    border-radius: 50%;
    background: var(--bk-color-outline);
    transition: inline-size var(--bk-motion-duration) var(--bk-motion-easing);
  }
  .dot[aria-current='true']::before {
    inline-size: 20px;
    border-radius: 4px;
    background: var(--bk-color-primary);
  }
  .fallback {
    display: contents;
  }
  .placeholder {
    visibility: hidden;
  }
  .slide > banklet-skeleton {
    block-size: var(--_height);
  }
`;
