import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { useFakeTimers, type SinonFakeTimers } from 'sinon';
import { ViewabilityController } from './viewability-controller.js';

/** A host whose one child sits at the bottom edge of the viewport, `visiblePx` of 100px inside. */
class ViewabilityProbe extends LitElement {
  readonly seen: string[] = [];
  readonly viewability = new ViewabilityController(this, { onViewable: (key) => this.seen.push(key) });
  override render() {
    return html`<div id="slide" style="position: fixed; inset-inline-start: 0; inline-size: 200px; block-size: 100px"></div>`;
  }
  get slide(): HTMLElement {
    return this.renderRoot.querySelector('#slide')!;
  }
  place(visiblePx: number): void {
    this.slide.style.top = `${window.innerHeight - visiblePx}px`;
  }
}
customElements.define('viewability-probe', ViewabilityProbe);

/** Lets IntersectionObserver deliver (it runs on rendering steps, not on timers). The real
 * setTimeout is captured before any test fakes it. */
const realSetTimeout = window.setTimeout.bind(window);
const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => realSetTimeout(resolve, 0))));

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('ViewabilityController', () => {
  let clock: SinonFakeTimers;
  let probe: ViewabilityProbe;

  beforeEach(async () => {
    probe = await fixture<ViewabilityProbe>(html`<viewability-probe></viewability-probe>`);
  });
  afterEach(() => {
    clock?.restore();
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  async function show(visiblePx: number): Promise<void> {
    probe.place(visiblePx);
    await settle();
  }

  /** Observes with fake timers running only the dwell clock (IO and rAF stay real). */
  function start(): void {
    probe.viewability.observe(probe.slide, 'offer-1');
    clock = useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  }

  it('does not count 49% visible, however long', async () => {
    await show(49);
    start();
    await settle();
    clock.tick(5000);
    expect(probe.seen).to.deep.equal([]);
  });

  it('does not count 50% for 0.9 s', async () => {
    await show(50);
    start();
    await settle();
    clock.tick(900);
    await show(10);
    clock.tick(5000);
    expect(probe.seen).to.deep.equal([]);
  });

  it('counts exactly one impression at 50% for 1 s', async () => {
    await show(50);
    start();
    await settle();
    clock.tick(999);
    expect(probe.seen).to.deep.equal([]);
    clock.tick(1);
    expect(probe.seen).to.deep.equal(['offer-1']);
    clock.tick(5000);
    expect(probe.seen).to.deep.equal(['offer-1']);
  });

  it('needs one continuous second: leaving and coming back restarts the count', async () => {
    await show(80);
    start();
    await settle();
    clock.tick(600);
    await show(0);
    await show(80);
    clock.tick(600);
    expect(probe.seen).to.deep.equal([]);
    clock.tick(400);
    expect(probe.seen).to.deep.equal(['offer-1']);
  });

  it('does not count while the tab is hidden', async () => {
    await show(100);
    start();
    setVisibility('hidden');
    await settle();
    clock.tick(5000);
    expect(probe.seen).to.deep.equal([]);
    setVisibility('visible');
    clock.tick(1000);
    expect(probe.seen).to.deep.equal(['offer-1']);
  });

  it('never counts the same offer twice when scrolled back into view', async () => {
    await show(100);
    start();
    await settle();
    clock.tick(1000);
    await show(0);
    await show(100);
    probe.viewability.observe(probe.slide, 'offer-1');
    await settle();
    clock.tick(5000);
    expect(probe.seen).to.deep.equal(['offer-1']);
  });

  it('stops timers and observation when the host disconnects', async () => {
    await show(100);
    start();
    await settle();
    probe.remove();
    clock.tick(5000);
    expect(probe.seen).to.deep.equal([]);
  });
});
