import { expect } from '@open-wc/testing';
import { spy } from 'sinon';
import type { BridgeAdapter } from './types.js';
import type { Bridge } from '../bridge.js';
import { CHANNEL } from '../envelope.js';
import { connectEmbed, type EmbedConnection } from '../parent.js';
import { iframeAdapter } from './iframe.js';
import { childFrame, childOf, delay, until } from '../testing/wait.js';

interface Child {
  bridge: Bridge;
  adapter: BridgeAdapter;
  root: HTMLElement;
  stop(): void;
}

/** An iframe (optionally sandboxed: opaque "null" origin) whose only job is to post `frame` to `target`. */
function spoof(container: Document, frame: string, target: 'parent' | 'top', sandboxed: boolean): HTMLIFrameElement {
  const iframe = container.createElement('iframe');
  if (sandboxed) iframe.setAttribute('sandbox', 'allow-scripts');
  iframe.srcdoc = `<script>${target}.postMessage(${JSON.stringify(frame)}, '*')</script>`;
  container.body.append(iframe);
  return iframe;
}

describe('iframe adapter and embed parent', () => {
  const origin = location.origin;
  let iframe: HTMLIFrameElement | undefined;
  let embed: EmbedConnection | undefined;

  afterEach(() => {
    embed?.disconnect();
    embed = undefined;
    iframe?.remove();
    iframe = undefined;
  });

  it('refuses "*", "null" and inexact origins at construction', () => {
    expect(() => iframeAdapter({ allowedOrigins: ['*'] })).to.throw(/exact origin/);
    expect(() => iframeAdapter({ allowedOrigins: ['null'] })).to.throw(/exact origin/);
    expect(() => iframeAdapter({ allowedOrigins: ['https://bank.example/'] })).to.throw(/scheme:\/\/host/);
    expect(() => iframeAdapter({ allowedOrigins: ['https://a.example'], parentOrigin: 'https://b.example' })).to.throw(/not in allowedOrigins/);
    expect(() => connectEmbed(document.createElement('iframe'), { origin: '*' })).to.throw();
  });

  it('round trip with the parent, and auto-height sizes the iframe', async () => {
    iframe = childFrame(`allow=${encodeURIComponent(origin)}`);
    const onResize = spy();
    const onWidgetEvent = spy();
    embed = connectEmbed(iframe, { origin, methods: { close: () => ({}) }, onResize, onWidgetEvent });
    document.body.append(iframe);
    const child = await childOf<Child>(iframe);
    const status = await child.bridge.ready;
    expect(status).to.deep.include({ mode: 'host', kind: 'iframe' });
    expect(await child.bridge.call('close', {})).to.deep.equal({});
    expect((await child.bridge.call('share', { text: 'x' }).catch((e: { code: string }) => e.code))).to.equal('UNSUPPORTED');
    child.bridge.emit('widget.event', { name: 'not-ours', detail: {} });
    child.bridge.emit('widget.event', { name: 'banklet-ready', detail: { widget: 'banklet-x', version: '1' } });
    await until(() => (onWidgetEvent.callCount > 0 ? true : undefined), 'the forwarded event');
    expect(onWidgetEvent.args).to.deep.equal([['banklet-ready', { widget: 'banklet-x', version: '1' }]]);

    await until(() => (iframe!.style.height === '120px' ? true : undefined), 'first height');
    child.root.style.height = '300px';
    await until(() => (iframe!.style.height === '300px' ? true : undefined), 'grown height');
    child.root.style.height = '297px'; // a shrink echo: ignored
    await delay(100);
    expect(iframe.style.height).to.equal('300px');
    child.root.style.height = '200px';
    await until(() => (iframe!.style.height === '200px' ? true : undefined), 'shrunk height');
    expect(onResize.args.map((a) => a[0])).to.deep.equal([120, 300, 200]);
  });

  it('a runaway layout (height: calc(100vh + 10px)) stops at the clamp instead of growing forever', async () => {
    iframe = childFrame(`allow=${encodeURIComponent(origin)}&max=400`);
    const heights: number[] = [];
    embed = connectEmbed(iframe, { origin, onResize: (h) => heights.push(h) });
    document.body.append(iframe);
    const child = await childOf<Child>(iframe);
    child.root.style.height = 'calc(100vh + 10px)';
    // Reports in flight make the growth come in interleaved steps; wait until it goes quiet.
    let seen = -1;
    for (let quiet = 0, waited = 0; quiet < 3 && waited < 5000; waited += 100) {
      await delay(100);
      quiet = heights.length === seen ? quiet + 1 : 0;
      seen = heights.length;
    }
    expect(iframe.style.height, heights.join(',')).to.equal('400px');
    expect(Math.max(...heights)).to.equal(400);
    expect(heights.length, 'bounded, not endless').to.be.below(100);
  });

  it('sends only to the exact parent origin, never "*"', async () => {
    iframe = childFrame(`allow=${encodeURIComponent(origin)}&handshake=200`);
    const targets: string[] = [];
    const original = window.postMessage;
    // The child calls parent.postMessage, which is this window's; record its target origins.
    window.postMessage = function (this: Window, message: unknown, target?: unknown) {
      targets.push(String(target));
      return (original as (message: unknown, targetOrigin: string) => void).call(this, message, String(target));
    } as typeof window.postMessage;
    try {
      document.body.append(iframe);
      const child = await childOf<Child>(iframe);
      await child.bridge.ready;
    } finally {
      window.postMessage = original;
    }
    expect(targets.length).to.be.greaterThan(0);
    expect(new Set(targets)).to.deep.equal(new Set([origin]));
  });

  it('ignores frames from windows that are not the parent, and from other origins, even with the right session and id', async () => {
    iframe = childFrame(`allow=${encodeURIComponent(origin)}`);
    const fromChild: Array<Record<string, unknown>> = [];
    const record = (event: MessageEvent): void => {
      if (event.source === iframe!.contentWindow && typeof event.data === 'string') fromChild.push(JSON.parse(event.data));
    };
    window.addEventListener('message', record);
    embed = connectEmbed(iframe, { origin, methods: { 'biometric.verify': () => new Promise(() => {}) } });
    document.body.append(iframe);
    try {
      const child = await childOf<Child>(iframe);
      await child.bridge.ready;
      await until(() => (iframe!.style.height === '120px' ? true : undefined), 'the first height');
      const onEnv = spy();
      child.bridge.on('env.change', onEnv);
      let result: unknown;
      void child.bridge.call('biometric.verify', { challengeId: 'c1' }).then((r) => (result = r), () => {});
      const request = await until(() => fromChild.find((f) => f.m === 'biometric.verify'), 'the request');
      const sid = child.bridge.sessionId;
      const forgedAnswer = JSON.stringify({ ch: CHANNEL, v: 1, sid, id: request.id, k: 'res', ok: true, r: { assertion: 'forged' } });
      const forgedEvent = JSON.stringify({ ch: CHANNEL, v: 1, sid, id: 'x1', k: 'evt', ev: 'env.change', d: { locale: 'xx' } });
      const childDoc = iframe.contentDocument!;
      // Same origin but not the parent (a frame inside the widget page), and an opaque-origin frame.
      spoof(childDoc, forgedAnswer, 'parent', false);
      spoof(childDoc, forgedEvent, 'parent', false);
      spoof(childDoc, forgedAnswer, 'parent', true);
      spoof(childDoc, forgedEvent, 'parent', true);
      // A sibling of the widget frame posting a huge resize to the embedding page.
      const resize = JSON.stringify({ ch: CHANNEL, v: 1, sid, id: 'r1', k: 'evt', ev: 'ui.resize', d: { height: 9999 } });
      const before = iframe.style.height;
      const sibling = spoof(document, resize, 'parent', false);
      await delay(300);
      sibling.remove();
      expect(result).to.equal(undefined);
      expect(onEnv.callCount).to.equal(0);
      expect(child.bridge.pendingCount).to.equal(1);
      expect(iframe.style.height).to.equal(before);

      // Control: the same forged event from the real parent is accepted, so the filter is what stopped them.
      iframe.contentWindow!.postMessage(forgedEvent, origin);
      await until(() => (onEnv.callCount === 1 ? true : undefined), 'the parent’s event');
    } finally {
      window.removeEventListener('message', record);
    }
  });

  it('ignores the real parent when its origin is not allowed', async () => {
    const other = 'https://bank.example';
    iframe = childFrame(`allow=${encodeURIComponent(other)}&parent=${encodeURIComponent(other)}&handshake=200`);
    document.body.append(iframe);
    const child = await childOf<Child>(iframe);
    // The browser reports our origin as the ancestor, which is not allowed: no host, no listening.
    expect(await child.bridge.ready).to.deep.equal({ mode: 'standalone', reason: 'no-host' });
    const seen = spy();
    const off = child.adapter.onMessage(seen);
    const frame = JSON.stringify({ ch: CHANNEL, v: 1, sid: child.bridge.sessionId, id: 'e', k: 'evt', ev: 'env.change', d: {} });
    iframe.contentWindow!.postMessage(frame, '*');
    await delay(100);
    off();
    expect(seen.callCount).to.equal(0);
  });
});
