import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Counts an impression the way ad viewability is measured (the IAB/MRC display rule): at least
 * `threshold` of the element inside the viewport, continuously for `dwellMs`, while the page is
 * visible. Each key is reported at most once per controller (one page view of the widget), so
 * scrolling back and forth, or a hidden tab coming back, never double counts.
 *
 * Timers use the global `setTimeout`, so tests drive them with fake timers; the page's
 * visibility is read from `document.visibilityState` and followed through `visibilitychange`.
 */
export interface ViewabilityOptions {
  /** Share of the element that must be visible, 0–1. Default 0.5. */
  threshold?: number;
  /** How long it must stay that visible, without interruption. Default 1000 ms. */
  dwellMs?: number;
  /** Called once per key when the rule is met. */
  onViewable: (key: string, target: Element) => void;
}

interface Tracked {
  key: string;
  inView: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class ViewabilityController implements ReactiveController {
  private readonly threshold: number;
  private readonly dwellMs: number;
  private readonly tracked = new Map<Element, Tracked>();
  private readonly reported = new Set<string>();
  private observer: IntersectionObserver | undefined;

  constructor(host: ReactiveControllerHost, private readonly options: ViewabilityOptions) {
    this.threshold = options.threshold ?? 0.5;
    this.dwellMs = options.dwellMs ?? 1000;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.handleVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.observer?.disconnect();
    this.observer = undefined;
    for (const entry of this.tracked.values()) clearTimeout(entry.timer);
    this.tracked.clear();
  }

  /** Starts watching `target` under `key` (e.g. the offer id). Re-observing is harmless. */
  observe(target: Element, key: string): void {
    if (this.reported.has(key) || this.tracked.get(target)?.key === key) return;
    this.unobserve(target);
    this.tracked.set(target, { key, inView: false, timer: undefined });
    this.ensureObserver().observe(target);
  }

  unobserve(target: Element): void {
    const entry = this.tracked.get(target);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.tracked.delete(target);
    this.observer?.unobserve(target);
  }

  /** Keys reported so far. */
  get reportedKeys(): ReadonlySet<string> {
    return this.reported;
  }

  private ensureObserver(): IntersectionObserver {
    // Thresholds just around the rule so crossings in both directions are reported promptly.
    this.observer ??= new IntersectionObserver(this.handleIntersections, {
      threshold: [0, Math.max(0, this.threshold - 0.01), this.threshold, Math.min(1, this.threshold + 0.01), 1],
    });
    return this.observer;
  }

  private readonly handleIntersections = (entries: IntersectionObserverEntry[]): void => {
    for (const { target, isIntersecting, intersectionRatio } of entries) {
      const entry = this.tracked.get(target);
      if (!entry) continue;
      // A small epsilon: layout rounding can report 0.4999 for an element exactly half visible.
      entry.inView = isIntersecting && intersectionRatio + 1e-3 >= this.threshold;
      this.schedule(target, entry);
    }
  };

  private readonly handleVisibility = (): void => {
    for (const [target, entry] of this.tracked) this.schedule(target, entry);
  };

  /** Runs the dwell timer exactly while the element is in view and the page visible. */
  private schedule(target: Element, entry: Tracked): void {
    const counting = entry.inView && document.visibilityState === 'visible';
    if (!counting) {
      clearTimeout(entry.timer);
      entry.timer = undefined;
      return;
    }
    if (entry.timer !== undefined) return;
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      if (this.reported.has(entry.key)) return;
      this.reported.add(entry.key);
      this.unobserve(target);
      this.options.onViewable(entry.key, target);
    }, this.dwellMs);
  }
}
