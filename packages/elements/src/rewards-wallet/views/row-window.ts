import { noChange, nothing, render, type TemplateResult } from 'lit';
import { AsyncDirective, directive, PartType, type ElementPart, type PartInfo } from 'lit/async-directive.js';

/** How a row of the window looks: its content, and the class and part of its element. */
export interface RowLook {
  className: string;
  part: string;
  content: TemplateResult;
}

export interface RowWindowOptions<T> {
  items: readonly T[];
  /** Whether `items` is the whole list (`aria-setsize`), or more may be loaded. */
  complete: boolean;
  look(item: T, index: number): RowLook;
  /** The first and last rows in view changed (indexes into `items`). */
  onVisible(first: number, last: number): void;
}

/**
 * Rows rendered beyond each edge of the viewport, so a fling finds them drawn: a fast finger
 * fling moves about two rows a frame, and a jump (a dragged scrollbar) redraws every row.
 */
const OVERSCAN = 2;

/**
 * A virtual list of rows of one height, drawn by a fixed pool of row elements that are reused
 * as the list scrolls: row N is drawn by element N mod pool, so scrolling by one row rewrites one
 * element's text, and nothing is created, removed or moved in the DOM. The element it is used on
 * is the list; its parent is the scrolling region. The height comes from CSS (`--_row` on a hidden
 * probe, watched for font and zoom changes), so senior mode and the user's text size need nothing
 * here.
 *
 * Placing rows writes no inline style per row. Element s has `--slot: s` for life; the list
 * holds `--base`, the first row of the pool-sized block the window starts in, and the CSS puts
 * element s at (base + s) × height, or one pool further down with the class `wrapped` (the part of
 * the window in the next block). So scrolling toggles a class, and the list's two numbers change
 * once per pool of rows. Writing a transform per row per frame did the same visibly, but each new
 * inline style left Chromium's style caches a little slower until its next garbage collection:
 * redrawing 16 rows went from 1.5 to 17 ms (unthrottled) over 300 frames of scrolling.
 *
 * Why not @lit-labs/virtualizer, which the ledger used first: it renders one keyed element per
 * index, so each row scrolled into view is a new element to create and style (five here, a dozen
 * rows a frame in a fast fling), positions them in DOM order, measures them, and rebuilds its child
 * list once per positioned child. Under 4× CPU throttling that made frames of 100–270 ms while
 * flinging through a long history; see docs/performance.md.
 *
 * Rows keep the list's reading order for assistive technology through `aria-owns` (the DOM order
 * of a ring of reused elements rotates), and tell their place with `aria-posinset`/`aria-setsize`.
 */
class RowWindowDirective extends AsyncDirective {
  private list: HTMLElement | undefined;
  private scroller: HTMLElement | undefined;
  private probe: HTMLElement | undefined;
  private sizes: ResizeObserver | undefined;
  private options: RowWindowOptions<unknown> | undefined;
  /** The row elements, and the index each one draws (-1: none). */
  private pool: HTMLElement[] = [];
  private drawn: number[] = [];
  private rowHeight = 0;
  private viewHeight = 0;
  /** What `onVisible` was last told, as `first:last`. */
  private told = '';
  /** `--base` as last written on the list. */
  private base = -1;
  /**
   * The scroll position and the list's offset in the region, as read on the last scroll or
   * resize. An update of the host does not move the list, and reading them then would force a
   * style and layout pass in the middle of the host's update, on top of the frame's own.
   */
  private scrollTop = 0;
  private listTop = 0;
  private readonly onScroll = () => {
    this.scrollTop = this.scroller!.scrollTop;
    this.listTop = this.list!.offsetTop;
    this.place(false);
  };

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('rowWindow() goes on an element');
  }

  render(_options: RowWindowOptions<unknown>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [options]: [RowWindowOptions<unknown>]): unknown {
    this.options = options;
    if (!this.list) this.start(part.element as HTMLElement);
    // A new page, new totals or another language: redraw what is on screen (Lit writes only
    // what changed), after sizing the list for the rows it has now.
    this.place(true);
    return noChange;
  }

  private start(list: HTMLElement): void {
    this.list = list;
    this.probe = document.createElement('div');
    this.probe.className = 'row-probe';
    this.probe.setAttribute('aria-hidden', 'true');
    list.append(this.probe);
    // The list may be the top of a template being rendered, not yet under its scrolling parent.
    queueMicrotask(() => this.listen());
  }

  /** Watches the row height and the viewport (both change with font size, zoom and senior mode). */
  private listen(): void {
    const scroller = this.list?.parentElement;
    if (!scroller || !this.probe || this.sizes || !this.isConnected) return;
    this.scroller = scroller;
    scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.sizes = new ResizeObserver(() => {
      const rowHeight = this.probe!.getBoundingClientRect().height;
      const viewHeight = scroller.clientHeight;
      this.scrollTop = scroller.scrollTop;
      this.listTop = this.list!.offsetTop;
      if (rowHeight === this.rowHeight && viewHeight === this.viewHeight) return;
      this.rowHeight = rowHeight;
      this.viewHeight = viewHeight;
      this.resizePool();
      this.place(true);
    });
    this.sizes.observe(this.probe);
    this.sizes.observe(scroller);
  }

  /** As many elements as the viewport holds rows, plus the overscan on both sides. */
  private resizePool(): void {
    const size = this.rowHeight > 0 ? Math.ceil(this.viewHeight / this.rowHeight) + 1 + 2 * OVERSCAN : 0;
    while (this.pool.length > size) {
      const row = this.pool.pop()!;
      render(nothing, row);
      row.remove();
    }
    // Which element draws which index depends on the pool's size: start over, every element
    // hidden until it draws again.
    for (const row of this.pool) row.hidden = true;
    this.drawn = this.pool.map(() => -1);
    this.list!.style.setProperty('--pool', String(size));
    while (this.pool.length < size) {
      const row = document.createElement('div');
      row.id = `row-window-${this.pool.length}`;
      row.style.setProperty('--slot', String(this.pool.length));
      row.setAttribute('role', 'listitem');
      row.hidden = true;
      this.list!.append(row);
      this.pool.push(row);
      this.drawn.push(-1);
    }
  }

  /**
   * Draws the rows in and near the viewport. On scroll only the rows that changed are written
   * (`force` false); after an update of the host every row is redrawn, since its content may have
   * changed for the same index.
   */
  private place(force: boolean): void {
    const { list, scroller, options } = this;
    if (!list || !scroller || !options) return;
    const { items } = options;
    const height = this.rowHeight;
    // Only an update of the host (a new page) or a resize changes the list's length.
    if (force) list.style.blockSize = `${items.length * height}px`;
    const size = this.pool.length;
    if (size === 0 || height === 0) return;
    const top = this.scrollTop - this.listTop;
    const firstVisible = Math.min(items.length - 1, Math.max(0, Math.floor(top / height)));
    const lastVisible = Math.min(items.length - 1, Math.max(0, Math.ceil((top + this.viewHeight) / height) - 1));
    // Every element draws a row whenever the list has that many: at the end of the list the
    // window reaches further up instead of leaving elements to hide, and show again with the
    // next page.
    const first = Math.max(0, Math.min(firstVisible - OVERSCAN, items.length - size));
    const last = Math.min(items.length - 1, first + size - 1);
    const setSize = options.complete ? String(items.length) : '-1';
    let changed = force;
    const base = first - (first % size);
    if (base !== this.base) {
      this.base = base;
      list.style.setProperty('--base', String(base));
    }
    for (let index = first; index <= last; index += 1) {
      const slot = index % size;
      const row = this.pool[slot]!;
      const wrapped = index >= base + size;
      if (!force && this.drawn[slot] === index) {
        // Still the same row; the block the window starts in may have moved past it.
        row.classList.toggle('wrapped', wrapped);
        continue;
      }
      const look = options.look(items[index], index);
      const classes = wrapped ? `${look.className} wrapped` : look.className;
      if (row.className !== classes) row.className = classes;
      if ((row.getAttribute('part') ?? '') !== look.part) {
        if (look.part) row.setAttribute('part', look.part);
        else row.removeAttribute('part');
      }
      render(look.content, row);
      if (this.drawn[slot] !== index) {
        changed = true;
        row.setAttribute('aria-posinset', String(index + 1));
        row.hidden = false;
        this.drawn[slot] = index;
      }
      if (row.getAttribute('aria-setsize') !== setSize) row.setAttribute('aria-setsize', setSize);
    }
    // Elements left over (a list shorter than the pool) draw nothing.
    for (let slot = 0; slot < size; slot += 1) {
      const index = this.drawn[slot]!;
      if (index !== -1 && (index < first || index > last)) {
        const row = this.pool[slot]!;
        row.hidden = true;
        render(nothing, row);
        row.className = '';
        row.removeAttribute('part');
        this.drawn[slot] = -1;
        changed = true;
      }
    }
    if (changed) {
      // The elements drawing first…last, in that order (their DOM order rotates).
      const order: string[] = [];
      for (let index = first; index <= last; index += 1) order.push(this.pool[index % size]!.id);
      const owns = order.join(' ');
      if (list.getAttribute('aria-owns') !== owns) list.setAttribute('aria-owns', owns);
    }
    const visible = `${firstVisible}:${lastVisible}`;
    if (items.length > 0 && visible !== this.told) {
      this.told = visible;
      // Not from inside the host's update (which redraws with force): the host may update again.
      if (force) queueMicrotask(() => options.onVisible(firstVisible, lastVisible));
      else options.onVisible(firstVisible, lastVisible);
    }
  }

  override disconnected(): void {
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.sizes?.disconnect();
    this.sizes = undefined;
  }

  override reconnected(): void {
    this.listen();
  }
}

/**
 * `<div role="list" ${rowWindow({ items, complete, look, onVisible })}></div>` inside a scrolling
 * element: see RowWindowDirective.
 */
export const rowWindow = directive(RowWindowDirective) as <T>(options: RowWindowOptions<T>) => unknown;
