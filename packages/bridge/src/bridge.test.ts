import { expect } from '@open-wc/testing';
import { spy } from 'sinon';
import { alipayAdapter, androidInterfaceAdapter, androidListenerAdapter, defaultAdapters, flutterAdapter, iosAdapter, reactNativeAdapter, wechatAdapter } from './adapters/index.js';
import { createBridge, type Bridge, type BridgeOptions } from './bridge.js';
import { CHANNEL, MAX_FRAME_BYTES } from './envelope.js';
import { BridgeError } from './errors.js';
import type { HostMethod } from './host.js';
import { INBOX_GLOBAL } from './inbox.js';
import { installFakeHost, parsed, type FakeHost, type FakeKind } from './testing/fake-hosts.js';
import { ADAPTERS, delay } from './testing/wait.js';

const g = globalThis as unknown as Record<string, unknown>;
const inboxReceive = (frame: unknown): void => (g[INBOX_GLOBAL] as { receive(frame: unknown): void }).receive(frame);

async function rejection(promise: Promise<unknown>): Promise<BridgeError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(BridgeError);
    return error as BridgeError;
  }
  throw new Error('expected a rejection');
}

const standardMethods: Record<string, HostMethod> = {
  'biometric.verify': (params) => ({ assertion: `signed:${(params as { challengeId: string }).challengeId}` }),
  'payment.handoff': () => ({ hint: 'processing' }),
  close: () => ({}),
  echo: (params) => params,
};

const KIND_OF: Record<FakeKind, string> = {
  'ios-reply': 'ios',
  'ios-plain': 'ios',
  'android-listener': 'android-listener',
  'android-interface': 'android-interface',
  'react-native-android': 'react-native',
  'react-native-ios': 'react-native',
  flutter: 'flutter',
  alipay: 'alipay',
};

describe('bridge', () => {
  let fake: FakeHost | undefined;
  let bridge: Bridge | undefined;
  const open = (options: BridgeOptions = {}): Bridge => (bridge = createBridge({ handshakeTimeout: 400, helloInterval: 50, ...options }));

  afterEach(() => {
    bridge?.dispose();
    bridge = undefined;
    fake?.uninstall();
    fake = undefined;
  });

  describe('round trip through every adapter', () => {
    for (const kind of Object.keys(ADAPTERS) as FakeKind[]) {
      it(`${kind}: handshake, typed request/response and host events`, async () => {
        fake = installFakeHost(kind, { methods: standardMethods, host: { name: `fake-${kind}`, version: '9.1' }, env: { locale: 'zh-CN' } });
        const b = open({ adapters: [ADAPTERS[kind]()] });
        const status = await b.ready;
        expect(status).to.deep.include({ mode: 'host', kind: KIND_OF[kind], host: { name: `fake-${kind}`, version: '9.1' } });
        expect(b.has('biometric.verify')).to.equal(true);
        expect(b.has('wallet.addCard')).to.equal(false);

        const result = await b.call('biometric.verify', { challengeId: 'ch_1' });
        expect(result).to.deep.equal({ assertion: 'signed:ch_1' });

        const onEnv = spy();
        b.on('env.change', onEnv);
        fake.host.emit('env.change', { reducedMotion: true });
        await delay(20);
        expect(onEnv.calledOnceWithExactly({ reducedMotion: true })).to.equal(true);

        // Everything that crossed the channel was a JSON string (Alipay wraps it in { bnk }).
        for (const value of fake.sent) expect(typeof (kind === 'alipay' ? (value as { bnk: unknown }).bnk : value)).to.equal('string');
        expect(b.pendingCount).to.equal(0);
      });
    }

    it('default adapters pick the injected host', async () => {
      fake = installFakeHost('android-listener', { methods: standardMethods });
      const b = open({ adapters: defaultAdapters() });
      expect((await b.ready).mode).to.equal('host');
      expect(b.status).to.deep.include({ kind: 'android-listener' });
    });

    it('React Native: a message dispatched on document only still arrives, and other windows are ignored', async () => {
      fake = installFakeHost('react-native-android', { methods: standardMethods });
      const b = open({ adapters: [reactNativeAdapter()] });
      await b.ready;
      const onEnv = spy();
      b.on('env.change', onEnv);
      const frame = JSON.stringify({ ch: CHANNEL, v: 1, sid: b.sessionId, id: 'e1', k: 'evt', ev: 'env.change', d: { locale: 'en' } });
      // A bubbling event on document also reaches window: must be delivered once.
      document.dispatchEvent(new MessageEvent('message', { data: frame, bubbles: true }));
      // A same-origin iframe posting to us has a source window: ignored.
      const frameEl = document.createElement('iframe');
      document.body.append(frameEl);
      (frameEl.contentWindow as unknown as { eval(code: string): unknown }).eval(`parent.postMessage(${JSON.stringify(frame)}, '*')`);
      await delay(50);
      frameEl.remove();
      expect(onEnv.callCount).to.equal(1);
    });

    it('WeChat: payment hands off by navigation with an amount-free ticket and resolves when the page returns', async () => {
      const navigateTo = spy((options: { url: string }) => void options);
      const navigateBack = spy();
      g.__wxjs_environment = 'miniprogram';
      g.wx = { miniProgram: { navigateTo, navigateBack, postMessage: spy() } };
      try {
        const b = open({ adapters: [wechatAdapter()] });
        const status = await b.ready;
        expect(status).to.deep.include({ mode: 'host', kind: 'wechat' });
        expect(b.has('payment.handoff')).to.equal(true);
        expect(b.has('biometric.verify')).to.equal(false);

        const handoff = b.call('payment.handoff', { ticket: 'tk_9f8e' });
        await delay(20);
        expect(navigateTo.callCount).to.equal(1);
        const url = navigateTo.firstCall.args[0].url;
        expect(url).to.equal('/pages/banklet-pay/index?ticket=tk_9f8e');
        expect(url).not.to.match(/amount|cny|\d{3,}\./i);
        let settled = false;
        void handoff.then(() => (settled = true));
        await delay(20);
        expect(settled, 'waits for the page to come back').to.equal(false);
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        expect(await handoff).to.deep.equal({ hint: 'unknown' });

        await b.call('close', {});
        expect(navigateBack.callCount).to.equal(1);
        const error = await rejection(b.call('biometric.verify', { challengeId: 'x' }));
        expect(error.code).to.equal('UNSUPPORTED');
      } finally {
        delete g.__wxjs_environment;
        delete g.wx;
      }
    });

    it('Alipay: chains an existing my.onMessage handler', async () => {
      fake = installFakeHost('alipay', { methods: standardMethods });
      const previous = spy();
      (g.my as { onMessage?: unknown }).onMessage = previous;
      const b = open({ adapters: [alipayAdapter()] });
      await b.ready;
      await b.call('close', {});
      expect(previous.callCount).to.be.greaterThan(0);
    });
  });

  describe('handshake', () => {
    it('no host channel: standalone web mode, not an error', async () => {
      const b = open({ adapters: defaultAdapters() });
      expect(b.has('close')).to.equal(false);
      expect(await b.ready).to.deep.equal({ mode: 'standalone', reason: 'no-host' });
      expect(b.has('close')).to.equal(false);
      const error = await rejection(b.call('close', {}));
      expect(error.code).to.equal('UNSUPPORTED');
    });

    it('a silent host: retries hello, then standalone', async () => {
      const sent: string[] = [];
      g.BankletFlutter = { postMessage: (frame: string) => sent.push(frame) };
      try {
        const b = open({ adapters: [flutterAdapter()] });
        expect(await b.ready).to.deep.equal({ mode: 'standalone', reason: 'no-answer', kind: 'flutter' });
        expect(sent.length).to.be.greaterThan(2);
        const ids = new Set(parsed(sent).map((f) => f.id));
        expect(ids.size, 'retries repeat the same hello').to.equal(1);
      } finally {
        delete g.BankletFlutter;
      }
    });

    it('a channel injected late is still found', async () => {
      const b = open({ adapters: [androidInterfaceAdapter()], handshakeTimeout: 600 });
      await delay(150);
      fake = installFakeHost('android-interface', { methods: standardMethods });
      expect((await b.ready).mode).to.equal('host');
    });

    it('a host on a newer protocol: standalone with reason version, calls reject VERSION', async () => {
      fake = installFakeHost('ios-plain', { methods: standardMethods, protocol: 2 });
      const b = open({ adapters: [iosAdapter()] });
      expect(await b.ready).to.deep.equal({ mode: 'standalone', reason: 'version', kind: 'ios' });
      expect(b.has('biometric.verify')).to.equal(false);
      expect((await rejection(b.call('biometric.verify', { challengeId: 'c' }))).code).to.equal('VERSION');
    });

    it('a host that answers hello with a VERSION error', async () => {
      g.BankletFlutter = {
        postMessage(text: string) {
          const f = JSON.parse(text);
          const reply = { ch: CHANNEL, v: 1, sid: f.sid, id: f.id, k: 'res', ok: false, e: { code: 'VERSION', msg: 'too old', retryable: false } };
          setTimeout(() => inboxReceive(JSON.stringify(reply)), 0);
        },
      };
      try {
        const b = open({ adapters: [flutterAdapter()] });
        expect(await b.ready).to.deep.include({ mode: 'standalone', reason: 'version' });
      } finally {
        delete g.BankletFlutter;
      }
    });
  });

  describe('requests', () => {
    it('times out with a retryable TIMEOUT, tells the host, and drops the late answer', async () => {
      let finish!: () => void;
      fake = installFakeHost('ios-plain', {
        methods: { ...standardMethods, slow: () => new Promise<object>((resolve) => (finish = () => resolve({}))) },
      });
      const b = open({ adapters: [iosAdapter()] });
      await b.ready;
      const error = await rejection(b.call('slow', {}, { timeout: 60 }));
      expect(error.code).to.equal('TIMEOUT');
      expect(error.retryable).to.equal(true);
      expect(b.pendingCount).to.equal(0);
      const cancels = parsed(fake.sent).filter((f) => f.k === 'evt' && f.ev === 'bridge.cancel');
      expect(cancels).to.have.length(1);
      expect(fake.host.running).to.equal(0);
      finish();
      // The reference host drops answers to cancelled work; a sloppy host might still answer:
      const lateId = (parsed(fake.sent).find((f) => f.m === 'slow') as { id: string }).id;
      inboxReceive(JSON.stringify({ ch: CHANNEL, v: 1, sid: b.sessionId, id: lateId, k: 'res', ok: true, r: {} }));
      expect(b.drops.late).to.equal(1);
    });

    it('a method the host did not announce is UNSUPPORTED without a round trip', async () => {
      fake = installFakeHost('android-listener', { methods: standardMethods });
      const b = open({ adapters: [androidListenerAdapter()] });
      await b.ready;
      const before = fake.sent.length;
      const error = await rejection(b.call('wallet.addCard', { cardId: 'card_1' }));
      expect(error.code).to.equal('UNSUPPORTED');
      expect(error.retryable).to.equal(false);
      expect(fake.sent.length).to.equal(before);
    });

    it('a host that announces a method but answers UNSUPPORTED: the typed error arrives', async () => {
      fake = installFakeHost('android-listener', {
        methods: { 'wallet.addCard': () => Promise.reject(new BridgeError('UNSUPPORTED', 'no wallet on this device')) },
      });
      const b = open({ adapters: [androidListenerAdapter()] });
      await b.ready;
      const error = await rejection(b.call('wallet.addCard', { cardId: 'card_1' }));
      expect(error.code).to.equal('UNSUPPORTED');
      expect(error.message).to.equal('no wallet on this device');
    });

    it('keeps a host error’s code and retryable flag; hides other host exceptions as INTERNAL', async () => {
      fake = installFakeHost('flutter', {
        methods: {
          'biometric.verify': () => Promise.reject(new BridgeError('DENIED', 'sensor locked', true)),
          close: () => {
            throw new Error('secret stack detail');
          },
        },
      });
      const b = open({ adapters: [flutterAdapter()] });
      await b.ready;
      const denied = await rejection(b.call('biometric.verify', { challengeId: 'c' }));
      expect([denied.code, denied.retryable, denied.message]).to.deep.equal(['DENIED', true, 'sensor locked']);
      const internal = await rejection(b.call('close', {}));
      expect(internal.code).to.equal('INTERNAL');
      expect(internal.message).not.to.contain('secret');
    });

    it('rejects a result of the wrong shape: never a boolean where an assertion was promised', async () => {
      fake = installFakeHost('ios-reply', { methods: { 'biometric.verify': () => ({ verified: true }) } });
      const b = open({ adapters: [iosAdapter()] });
      await b.ready;
      const error = await rejection(b.call('biometric.verify', { challengeId: 'c' }));
      expect(error.code).to.equal('INTERNAL');
    });

    it('an AbortSignal cancels: CANCELLED here, the handler’s signal aborts there', async () => {
      const hostSignal: AbortSignal[] = [];
      fake = installFakeHost('react-native-ios', {
        methods: { 'payment.handoff': (_p, { signal }) => (hostSignal.push(signal), new Promise(() => {})) },
      });
      const b = open({ adapters: [reactNativeAdapter()] });
      await b.ready;
      const controller = new AbortController();
      const call = b.call('payment.handoff', { ticket: 't' }, { signal: controller.signal });
      await delay(10);
      controller.abort();
      expect((await rejection(call)).code).to.equal('CANCELLED');
      await delay(10);
      expect(hostSignal[0].aborted).to.equal(true);
      expect((await rejection(b.call('close', {}, { signal: controller.signal }))).code).to.equal('CANCELLED');
    });

    it('refuses params that must not leave the page (DENIED, nothing sent)', async () => {
      fake = installFakeHost('android-interface', { methods: { openUrl: () => ({}), 'http.request': () => ({}) } });
      const b = open({ adapters: [androidInterfaceAdapter()] });
      await b.ready;
      const before = fake.sent.length;
      expect((await rejection(b.call('openUrl', { url: 'javascript:alert(1)' }))).code).to.equal('DENIED');
      expect((await rejection(b.call('openUrl', { url: 'http://bank.example' }))).code).to.equal('DENIED');
      expect((await rejection(b.call('http.request', { method: 'GET', path: '//evil.example/x', headers: {} }))).code).to.equal('DENIED');
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      expect((await rejection(b.call('openUrl', { url: 'https://bank.example', cyclic } as { url: string }))).code).to.equal('DENIED');
      expect(fake.sent.length).to.equal(before);
      expect(await b.call('openUrl', { url: 'https://bank.example/terms' })).to.deep.equal({});
    });

    it('caps frames at 256 KB: TOO_LARGE out, dropped in', async () => {
      fake = installFakeHost('android-interface', { methods: standardMethods });
      const b = open({ adapters: [androidInterfaceAdapter()] });
      await b.ready;
      const error = await rejection(b.call('echo', { blob: 'x'.repeat(MAX_FRAME_BYTES) }));
      expect(error.code).to.equal('TOO_LARGE');
      // Multi-byte text: 100k CJK characters are 300 KB of UTF-8.
      expect((await rejection(b.call('echo', { blob: '钱'.repeat(100_000) }))).code).to.equal('TOO_LARGE');
      expect(await b.call('echo', { blob: '钱'.repeat(80_000) })).to.deep.equal({ blob: '钱'.repeat(80_000) });
      inboxReceive(JSON.stringify({ ch: CHANNEL, v: 1, sid: b.sessionId, id: 'big', k: 'evt', ev: 'env.change', d: { pad: 'y'.repeat(MAX_FRAME_BYTES) } }));
      expect(b.drops.tooLarge).to.equal(1);
    });

    it('drops foreign, malformed and other-session frames with counters, and never evaluates strings', async () => {
      fake = installFakeHost('ios-plain', { methods: standardMethods });
      const b = open({ adapters: [iosAdapter()] });
      await b.ready;
      const onEnv = spy();
      b.on('env.change', onEnv);
      const base = { ch: CHANNEL, v: 1, sid: b.sessionId, id: 'e1', k: 'evt', ev: 'env.change' };
      inboxReceive('window.__pwned = 1');
      inboxReceive({ ch: CHANNEL, v: 1 });
      inboxReceive('{"ch":"bnk", broken');
      inboxReceive(JSON.stringify({ ...base, ev: 'constructor["x"]' }));
      inboxReceive(JSON.stringify({ ...base, sid: 'someone-else' }));
      inboxReceive(JSON.stringify({ ...base, v: 7 }));
      inboxReceive(JSON.stringify({ ch: CHANNEL, v: 1, sid: b.sessionId, id: 'nobody', k: 'res', ok: true, r: {} }));
      expect(g.__pwned).to.equal(undefined);
      expect(onEnv.callCount).to.equal(0);
      expect(b.drops).to.deep.equal({ foreign: 2, malformed: 2, tooLarge: 0, session: 1, version: 1, unknownId: 1, late: 0 });
    });

    it('carries quotes, </script> and U+2028 intact', async () => {
      fake = installFakeHost('flutter', { methods: standardMethods });
      const b = open({ adapters: [flutterAdapter()] });
      await b.ready;
      const tricky = { text: `"'\`</script><script>alert(1)</script>\u2028\u2029\\ 中文 🙂` };
      expect(await b.call('echo', tricky)).to.deep.equal(tricky);
    });

    it('answers responses out of order to the right callers', async () => {
      const resolvers = new Map<string, (value: unknown) => void>();
      fake = installFakeHost('android-listener', { methods: { echo: (p) => new Promise((resolve) => resolvers.set((p as { n: string }).n, () => resolve(p))) } });
      const b = open({ adapters: [androidListenerAdapter()] });
      await b.ready;
      const first = b.call('echo', { n: 'a' });
      const second = b.call('echo', { n: 'b' });
      await delay(20);
      resolvers.get('b')!(undefined);
      expect(await second).to.deep.equal({ n: 'b' });
      resolvers.get('a')!(undefined);
      expect(await first).to.deep.equal({ n: 'a' });
    });

    it('1,000 calls in a burst: all answered, nothing pending, no listener left behind', async () => {
      fake = installFakeHost('ios-reply', { methods: standardMethods });
      const b = open({ adapters: [iosAdapter()] });
      await b.ready;
      const controller = new AbortController();
      let listeners = 0;
      const add = controller.signal.addEventListener.bind(controller.signal);
      const remove = controller.signal.removeEventListener.bind(controller.signal);
      controller.signal.addEventListener = ((...args: Parameters<typeof add>) => (listeners++, add(...args))) as typeof add;
      controller.signal.removeEventListener = ((...args: Parameters<typeof remove>) => (listeners--, remove(...args))) as typeof remove;
      const results = await Promise.all(Array.from({ length: 1000 }, (_, i) => b.call<{ i: number }>('echo', { i }, { signal: controller.signal })));
      expect(results.map((r) => r.i)).to.deep.equal(Array.from({ length: 1000 }, (_, i) => i));
      expect(b.pendingCount).to.equal(0);
      expect(listeners).to.equal(0);
      expect(fake.host.running).to.equal(0);
      expect(Object.values(b.drops).reduce((a, n) => a + n, 0)).to.equal(0);
    });

    it('pagehide rejects pending calls with NOT_READY; a bfcache hide does not', async () => {
      fake = installFakeHost('android-listener', { methods: { 'payment.handoff': () => new Promise(() => {}) } });
      const b = open({ adapters: [androidListenerAdapter()] });
      await b.ready;
      const call = b.call('payment.handoff', { ticket: 't' });
      await delay(5);
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
      expect(b.pendingCount).to.equal(1);
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      const error = await rejection(call);
      expect([error.code, error.retryable]).to.deep.equal(['NOT_READY', true]);
    });

    it('dispose stops listening and rejects what is pending', async () => {
      fake = installFakeHost('android-listener', { methods: { close: () => new Promise(() => {}) } });
      const b = open({ adapters: [androidListenerAdapter()] });
      await b.ready;
      const call = b.call('close', {});
      await delay(5);
      b.dispose();
      expect((await rejection(call)).code).to.equal('NOT_READY');
      expect(b.status).to.deep.include({ mode: 'standalone', reason: 'disposed' });
      expect(b.emit('ui.resize', { height: 10 })).to.equal(false);
    });
  });
});
