/**
 * Auto-height: tells an iframe parent or a native host how tall the widget's content is, so the
 * host can size the frame or WebView to fit without scrollbars. Our own small implementation;
 * iframe-resizer is GPL/commercial since v4.4 / v5, which an SDK cannot pass on to banks.
 *
 * The rules come from iframe-resizer's bug tracker (research/bridge.md §4):
 * - observe the widget's root element, not `body`: a `body` with `min-height: 100vh` grows with
 *   the frame, which grows with the report, forever;
 * - report at most once per animation frame, however many layout changes happened in it;
 * - ignore changes under 1px (sub-pixel rounding) and shrinks of up to 4px (the echo that a
 *   resize itself causes, which otherwise walks the frame down 1px per frame);
 * - clamp to a maximum, so a runaway layout cannot make the host allocate a huge surface.
 */
import type { Bridge } from './bridge.js';

export interface AutoHeightOptions {
  /** Largest height reported, in CSS pixels. */
  maxHeight?: number;
  /** Smallest change reported. */
  minDelta?: number;
  /** Shrinks up to this many pixels are treated as echoes and ignored. */
  shrinkTolerance?: number;
  /** Frame scheduler; tests may pass their own. Defaults to `requestAnimationFrame`. */
  schedule?: (callback: () => void) => unknown;
}

export const DEFAULT_MAX_HEIGHT = 10_000;

export interface HeightReporter {
  /** Records the latest measured height; the report follows on the next frame, if any. */
  update(height: number): void;
  /** The last height reported, if any. */
  readonly reported: number | undefined;
  dispose(): void;
}

/** The throttling and filtering of auto-height, independent of how heights are measured. */
export function createHeightReporter(report: (height: number) => void, options: AutoHeightOptions = {}): HeightReporter {
  const maxHeight = options.maxHeight ?? DEFAULT_MAX_HEIGHT;
  const minDelta = options.minDelta ?? 1;
  const shrinkTolerance = options.shrinkTolerance ?? 4;
  const schedule = options.schedule ?? ((callback: () => void) => requestAnimationFrame(callback));
  let latest: number | undefined;
  let reported: number | undefined;
  let scheduled = false;
  let disposed = false;

  const flush = (): void => {
    scheduled = false;
    if (disposed || latest === undefined) return;
    const height = Math.min(Math.max(0, Math.ceil(latest)), maxHeight);
    if (reported !== undefined) {
      const delta = height - reported;
      if (Math.abs(delta) < minDelta) return;
      if (delta < 0 && -delta <= shrinkTolerance) return;
    }
    reported = height;
    report(height);
  };

  return {
    get reported() {
      return reported;
    },
    update(height) {
      if (disposed || !Number.isFinite(height)) return;
      latest = height;
      if (scheduled) return;
      scheduled = true;
      schedule(flush);
    },
    dispose() {
      disposed = true;
    },
  };
}

/**
 * Observes `root` and calls `report` with its border-box height under the rules above.
 * Returns the function that stops observing.
 */
export function observeHeight(root: Element, report: (height: number) => void, options: AutoHeightOptions = {}): () => void {
  const reporter = createHeightReporter(report, options);
  const observer = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    const box = entry.borderBoxSize?.[0];
    reporter.update(box ? box.blockSize : root.getBoundingClientRect().height);
  });
  observer.observe(root);
  return () => {
    observer.disconnect();
    reporter.dispose();
  };
}

/**
 * Reports `root`'s height to the host as `ui.resize {height}` once the bridge is connected.
 * In standalone mode nothing is observed. Returns the function that stops reporting.
 */
export function reportHeight(bridge: Bridge, root: Element, options: AutoHeightOptions = {}): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void bridge.ready.then((status) => {
    if (stopped || status.mode !== 'host') return;
    stop = observeHeight(root, (height) => bridge.emit('ui.resize', { height }), options);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
