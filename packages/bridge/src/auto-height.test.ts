import { expect, fixture, html } from '@open-wc/testing';
import { spy } from 'sinon';
import { androidListenerAdapter } from './adapters/android-listener.js';
import { createHeightReporter, observeHeight, reportHeight } from './auto-height.js';
import { createBridge } from './bridge.js';
import { installFakeHost } from './testing/fake-hosts.js';

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const frames = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await frame();
};

describe('auto-height', () => {
  it('reports at most once per animation frame, with the latest height', async () => {
    const report = spy();
    let callbacks = 0;
    const reporter = createHeightReporter(report, { schedule: (callback) => (callbacks++, requestAnimationFrame(callback)) });
    for (let h = 100; h < 200; h++) reporter.update(h);
    expect(callbacks, 'one frame callback for a burst of layout changes').to.equal(1);
    await frames(2);
    expect(report.args).to.deep.equal([[199]]);
    reporter.update(250);
    expect(callbacks).to.equal(2);
    await frames(2);

    // Updates spread over 20 frames, several per frame: never more reports than frames.
    let elapsed = 0;
    let height = 300;
    await new Promise<void>((resolve) => {
      const tick = (): void => {
        elapsed++;
        for (let i = 0; i < 5; i++) reporter.update((height += 10));
        if (elapsed < 20) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    await frame();
    expect(report.callCount - 2).to.be.at.most(elapsed);
    expect(callbacks - 2).to.be.at.most(elapsed + 1);
    expect(report.lastCall.args[0]).to.equal(height);
  });

  it('ignores sub-pixel changes and shrink echoes within 4px, but reports real changes', async () => {
    const report = spy();
    const schedule = (callback: () => void): void => callback(); // one "frame" per update
    const reporter = createHeightReporter(report, { schedule });
    reporter.update(500);
    reporter.update(500.4); // rounds up to 501: a real 1px growth
    reporter.update(500.9); // still 501
    reporter.update(497); // shrink by 4: echo
    reporter.update(499);
    reporter.update(496); // shrink by 5: real
    reporter.update(497); // growth by 1: real
    expect(report.args.map((a) => a[0])).to.deep.equal([500, 501, 496, 497]);
  });

  it('clamps to the maximum and ignores nonsense', () => {
    const report = spy();
    const reporter = createHeightReporter(report, { maxHeight: 800, schedule: (callback) => callback() });
    reporter.update(Number.POSITIVE_INFINITY);
    reporter.update(Number.NaN);
    reporter.update(5_000);
    reporter.update(9_000);
    reporter.update(-20);
    expect(report.args.map((a) => a[0])).to.deep.equal([800, 0]);
    expect(createHeightReporter(() => {}).reported).to.equal(undefined);
  });

  it('observes the widget root (not body) and stops when asked', async () => {
    const root = await fixture<HTMLDivElement>(html`<div style="height: 40px"></div>`);
    const report = spy();
    const stop = observeHeight(root, report);
    await frames(3);
    root.style.height = '90px';
    await frames(3);
    document.body.style.minHeight = '200vh'; // body growth is not ours to report
    await frames(3);
    document.body.style.minHeight = '';
    stop();
    root.style.height = '300px';
    await frames(3);
    expect(report.args.map((a) => a[0])).to.deep.equal([40, 90]);
  });

  it('reports over the bridge as ui.resize once connected, and not at all in standalone mode', async () => {
    const resizes: unknown[] = [];
    const fake = installFakeHost('android-listener', { methods: {}, onEvent: (event, data) => event === 'ui.resize' && resizes.push(data) });
    const root = await fixture<HTMLDivElement>(html`<div style="height: 64px"></div>`);
    const bridge = createBridge({ adapters: [androidListenerAdapter()], handshakeTimeout: 300 });
    const stop = reportHeight(bridge, root, { maxHeight: 1000 });
    try {
      await bridge.ready;
      await frames(3);
      root.style.height = '5000px';
      await frames(3);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(resizes).to.deep.equal([{ height: 64 }, { height: 1000 }]);
    } finally {
      stop();
      bridge.dispose();
      fake.uninstall();
    }

    const standalone = createBridge({ adapters: [androidListenerAdapter()], handshakeTimeout: 50 });
    const emit = spy(standalone, 'emit');
    const stop2 = reportHeight(standalone, root);
    await standalone.ready;
    await frames(3);
    stop2();
    expect(emit.callCount).to.equal(0);
  });
});
