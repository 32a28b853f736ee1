/**
 * Hostile input to the bridge (issue #12; docs/reliability.md). A file of its own rather than
 * more cases in bridge.test.ts and adapters/iframe.test.ts: those prove each channel works and
 * name one bad frame per rule; this one pushes one corpus of bad frames through every inbound
 * path there is, checking the same four things each time — nothing throws, nothing reaches a
 * widget (no event handler runs, no pending call settles, the method list does not change), every
 * frame is counted as dropped, and no prototype is polluted — and then that the channel still
 * works. The iframe part forges `message` events with exact control over `origin` and `source`,
 * which a real cross-origin frame cannot give a test.
 */
import { expect } from '@open-wc/testing';
import { spy } from 'sinon';
import { androidInterfaceAdapter, flutterAdapter, reactNativeAdapter } from './adapters/index.js';
import { createBridge, type Bridge } from './bridge.js';
import { CHANNEL, MAX_FRAME_BYTES } from './envelope.js';
import { BridgeError } from './errors.js';
import { createHost } from './host.js';
import { INBOX_GLOBAL } from './inbox.js';
import { connectEmbed, type EmbedConnection } from './parent.js';
import { installFakeHost, parsed, type FakeHost, type FakeKind } from './testing/fake-hosts.js';
import { ADAPTERS, childFrame, childOf, delay, until } from './testing/wait.js';
import { createBridgeTransport } from './transport.js';

const g = globalThis as unknown as Record<string, unknown>;

/** Property names a polluted prototype would show on every object. */
const POLLUTION = ['polluted', 'isAdmin', 'hint', 'assertion'];
function expectNoPollution(where: string): void {
  for (const name of POLLUTION) {
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, name), `${where}: Object.prototype.${name}`).to.equal(false);
    expect(({} as Record<string, unknown>)[name], `${where}: ({}).${name}`).to.equal(undefined);
    expect(([] as unknown as Record<string, unknown>)[name], `${where}: [].${name}`).to.equal(undefined);
  }
}

interface Hostile {
  name: string;
  raw: unknown;
  /** False for a well-formed event nobody listens to: ignored without a drop reason. */
  counted?: boolean;
}

/**
 * Bad frames aimed at a pending call (`pendingId`) and at a listened-to event (`env.change`) of
 * session `sid`: each one would deliver something if a check were missing. Built as text where a
 * `__proto__` key must survive (an object literal would set the prototype instead of a key).
 */
function corpus(sid: string, pendingId: string): Hostile[] {
  const answer = { ch: CHANNEL, v: 1, sid, id: pendingId, k: 'res', ok: true, r: { assertion: 'forged' } };
  const event = { ch: CHANNEL, v: 1, sid, id: 'e1', k: 'evt', ev: 'env.change', d: { locale: 'xx' } };
  const without = (frame: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(frame).filter(([k]) => k !== key));
  const text = JSON.stringify(answer);
  const list: Hostile[] = [
    // Protocol versions other than ours.
    ...[2, 0, -1, 1.5, '1', null, 1e308, true].map((v) => ({ name: `answer with v ${JSON.stringify(v)}`, raw: JSON.stringify({ ...answer, v }) })),
    ...[2, '1', null].map((v) => ({ name: `event with v ${JSON.stringify(v)}`, raw: JSON.stringify({ ...event, v }) })),
    // Envelopes with a field missing or malformed.
    ...['id', 'sid', 'k', 'ch', 'ok'].map((key) => ({ name: `answer without ${key}`, raw: JSON.stringify(without(answer, key)) })),
    ...['ev', 'sid'].map((key) => ({ name: `event without ${key}`, raw: JSON.stringify(without(event, key)) })),
    { name: 'id with a space', raw: JSON.stringify({ ...answer, id: `${pendingId} ` }) },
    { name: 'id of 65 characters', raw: JSON.stringify({ ...answer, id: 'x'.repeat(65) }) },
    { name: 'numeric id', raw: JSON.stringify({ ...answer, id: 42 }) },
    { name: 'another session', raw: JSON.stringify({ ...answer, sid: 'someone-else' }) },
    { name: 'event of another session', raw: JSON.stringify({ ...event, sid: 'someone-else' }) },
    { name: 'empty session', raw: JSON.stringify({ ...answer, sid: '' }) },
    { name: 'kind in capitals', raw: JSON.stringify({ ...answer, k: 'RES' }) },
    { name: 'ok as a string', raw: JSON.stringify({ ...answer, ok: 'true' }) },
    { name: 'failure without an error', raw: JSON.stringify({ ...answer, ok: false }) },
    { name: 'failure with an unknown code', raw: JSON.stringify({ ...answer, ok: false, e: { code: 'PWNED', msg: 'x', retryable: false } }) },
    { name: 'failure with a numeric message', raw: JSON.stringify({ ...answer, ok: false, e: { code: 'TIMEOUT', msg: 1, retryable: false } }) },
    { name: 'answer to an unknown id', raw: JSON.stringify({ ...answer, id: 'nobody-asked' }) },
    // Prototype pollution attempts in the envelope itself.
    { name: '__proto__ key on an invalid envelope', raw: `{"__proto__":{"polluted":"yes","ok":true},"ch":"bnk","v":1,"sid":"${sid}","id":"${pendingId}","k":"res"}` },
    { name: 'constructor.prototype on an invalid envelope', raw: `{"constructor":{"prototype":{"polluted":"yes"}},"ch":"bnk","v":1,"sid":"${sid}","id":"${pendingId}","k":"res","ok":"yes"}` },
    { name: 'id __proto__', raw: `{"ch":"bnk","v":1,"sid":"${sid}","id":"__proto__","k":"res","ok":true,"r":{"polluted":"yes"}}` },
    { name: 'session __proto__', raw: `{"ch":"bnk","v":1,"sid":"__proto__","id":"${pendingId}","k":"res","ok":true,"r":{}}` },
    { name: 'event __proto__', raw: `{"ch":"bnk","v":1,"sid":"${sid}","id":"e2","k":"evt","ev":"__proto__","d":{"polluted":"yes"}}` },
    { name: 'error code __proto__', raw: `{"ch":"bnk","v":1,"sid":"${sid}","id":"${pendingId}","k":"res","ok":false,"e":{"code":"__proto__","msg":"x","retryable":false}}` },
    // Event names that are properties of every object: well-formed, but nobody listens.
    ...['constructor', 'toString', 'hasOwnProperty', 'valueOf'].map((ev) => ({ name: `event ${ev}`, raw: JSON.stringify({ ...event, ev, d: { polluted: 'yes' } }), counted: false })),
    // Size: over the cap, and deep nesting under it.
    { name: 'over the frame size cap', raw: `{"ch":"bnk","v":1,"sid":"${sid}","id":"${pendingId}","k":"res","ok":true,"r":{"pad":"${'x'.repeat(MAX_FRAME_BYTES)}"}}` },
    { name: 'over the cap in Chinese', raw: JSON.stringify({ ...event, d: { pad: '钱'.repeat(90_000) } }) },
    { name: '100,000 levels of nesting', raw: `{"ch":"bnk","v":2,"sid":"${sid}","id":"${pendingId}","k":"res","ok":true,"r":${'['.repeat(100_000)}${']'.repeat(100_000)}}` },
    // Not frames at all.
    { name: 'script text', raw: 'window.__pwned = 1' },
    { name: 'empty string', raw: '' },
    { name: 'JSON null', raw: 'null' },
    { name: 'truncated frame', raw: text.slice(0, -5) },
    { name: 'frame in an array', raw: JSON.stringify([answer]) },
    { name: 'frame as a JSON string', raw: JSON.stringify(text) },
    // Not strings: what a string-only channel (Android @JavascriptInterface, Flutter) never carries.
    { name: 'frame as an object', raw: answer },
    { name: 'frame as a String object', raw: new String(text) },
    { name: 'frame as bytes', raw: new TextEncoder().encode(text).buffer },
    { name: 'frame as a Blob', raw: new Blob([text]) },
    { name: 'frame in an array of strings', raw: [text] },
    { name: 'number', raw: 42 },
    { name: 'null', raw: null },
    { name: 'undefined', raw: undefined },
    { name: 'function', raw: () => text },
    { name: 'object whose every read throws', raw: new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); } }) },
  ];
  return list;
}

/** Hands one raw value to the page the way each host delivers frames. */
function inject(kind: FakeKind, raw: unknown): void {
  switch (kind) {
    case 'android-listener':
      (g.bankletHost as EventTarget).dispatchEvent(new MessageEvent('message', { data: raw }));
      return;
    case 'react-native-android':
      document.dispatchEvent(new MessageEvent('message', { data: raw }));
      return;
    case 'react-native-ios':
      window.dispatchEvent(new MessageEvent('message', { data: raw }));
      return;
    case 'alipay':
      (g.my as { onMessage(message: unknown): void }).onMessage({ bnk: raw });
      return;
    default:
      // iOS, Android @JavascriptInterface and Flutter evaluate `window.__banklet.receive(frame)`.
      (g[INBOX_GLOBAL] as { receive(frame: unknown): void }).receive(raw);
  }
}

// Every native channel; iOS with replies behaves as plain iOS for inbound frames.
const HOSTILE_KINDS = (Object.keys(ADAPTERS) as FakeKind[]).filter((kind) => kind !== 'ios-reply');

const totalDrops = (b: Bridge) => Object.values(b.drops).reduce((sum, n) => sum + n, 0);

describe('bridge under hostile input', () => {
  let fake: FakeHost | undefined;
  let bridge: Bridge | undefined;

  afterEach(() => {
    bridge?.dispose();
    bridge = undefined;
    fake?.uninstall();
    fake = undefined;
    expectNoPollution('after the test');
  });

  for (const kind of HOSTILE_KINDS) {
    it(`${kind}: a corpus of bad frames is dropped and counted without throwing or reaching anyone; the channel still works`, async () => {
      fake = installFakeHost(kind, { methods: { 'biometric.verify': () => new Promise(() => {}), close: () => ({}) } });
      const b = (bridge = createBridge({ adapters: [ADAPTERS[kind]()], handshakeTimeout: 400, helloInterval: 50 }));
      await b.ready;
      const methods = b.status.mode === 'host' ? [...b.status.methods] : [];
      const onEnv = spy();
      b.on('env.change', onEnv);
      let settled: unknown;
      const pending = b.call('biometric.verify', { challengeId: 'c1' }, { timeout: 30_000 }).then(
        (value) => (settled = { value }),
        (error: unknown) => (settled = { error }),
      );
      await delay(20);
      const request = parsed(fake.sent).find((f) => f.m === 'biometric.verify')!;
      const hostile = corpus(b.sessionId, String(request.id));
      const before = totalDrops(b);

      for (const { name, raw } of hostile) {
        expect(() => inject(kind, raw), name).not.to.throw();
      }
      await delay(50);

      expect(onEnv.callCount, 'env.change handler').to.equal(0);
      expect(settled, 'the pending call was settled by a forged frame').to.equal(undefined);
      expect(b.pendingCount).to.equal(1);
      expect(b.status.mode === 'host' ? [...b.status.methods] : []).to.deep.equal(methods);
      expect(totalDrops(b) - before, JSON.stringify(b.drops)).to.equal(hostile.filter((h) => h.counted !== false).length);
      expectNoPollution(kind);

      // The real answer still gets through, once; its replay is dropped as late.
      const real = JSON.stringify({ ch: CHANNEL, v: 1, sid: b.sessionId, id: request.id, k: 'res', ok: true, r: { assertion: 'signed:c1' } });
      inject(kind, real);
      await pending;
      expect(settled).to.deep.equal({ value: { assertion: 'signed:c1' } });
      const late = b.drops.late;
      inject(kind, real);
      inject(kind, JSON.stringify({ ch: CHANNEL, v: 1, sid: b.sessionId, id: request.id, k: 'res', ok: true, r: { assertion: 'replaced' } }));
      expect(b.drops.late - late, 'replayed answers').to.equal(2);
      expect(settled).to.deep.equal({ value: { assertion: 'signed:c1' } });
      expect(await b.call('close', {})).to.deep.equal({});
    });
  }

  it('__proto__ keys inside a genuine answer or event arrive as plain data and pollute nothing', async () => {
    fake = installFakeHost('flutter', { methods: { echo: (params) => params } });
    const b = (bridge = createBridge({ adapters: [flutterAdapter()], handshakeTimeout: 400, helloInterval: 50 }));
    await b.ready;
    // Sent through the host as text, so the keys survive as keys.
    const tricky = JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"isAdmin":true}},"nested":{"__proto__":{"hint":"succeeded"}}}') as Record<string, unknown>;
    const result = await b.call<Record<string, unknown>>('echo', tricky);
    expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
    expect(Object.keys(result).sort()).to.deep.equal(['__proto__', 'constructor', 'nested']);
    expect(result.polluted).to.equal(undefined);
    const seen: unknown[] = [];
    b.on('env.change', (data) => seen.push(data));
    (g[INBOX_GLOBAL] as { receive(frame: unknown): void }).receive(
      `{"ch":"bnk","v":1,"sid":"${b.sessionId}","id":"e9","k":"evt","ev":"env.change","d":{"__proto__":{"reducedMotion":true,"polluted":"yes"}}}`,
    );
    expect(seen).to.have.length(1);
    expect((seen[0] as Record<string, unknown>).reducedMotion).to.equal(undefined);
    expectNoPollution('genuine frames');
  });

  it('a hello answer replayed after the handshake cannot add methods or change the host', async () => {
    fake = installFakeHost('android-interface', { methods: { close: () => ({}) }, host: { name: 'real', version: '1' } });
    const b = (bridge = createBridge({ adapters: [androidInterfaceAdapter()], handshakeTimeout: 400, helloInterval: 50 }));
    const status = await b.ready;
    const hello = parsed(fake.sent).find((f) => f.m === 'bridge.hello')!;
    const forged = `{"ch":"bnk","v":1,"sid":"${b.sessionId}","id":"${String(hello.id)}","k":"res","ok":true,"r":{"protocol":1,"host":{"name":"evil","version":"9"},"methods":["payment.handoff","biometric.verify","http.request"],"env":{"__proto__":{"polluted":"yes"}}}}`;
    (g[INBOX_GLOBAL] as { receive(frame: unknown): void }).receive(forged);
    await delay(20);
    expect(b.status).to.deep.equal(status);
    expect(b.has('payment.handoff')).to.equal(false);
    expect(b.has('http.request')).to.equal(false);
    expectNoPollution('replayed hello');
  });

  it('the SDK transport over the bridge is not answered by forged frames, and a malformed result fails like fetch', async () => {
    let answer: ((value: unknown) => void) | undefined;
    fake = installFakeHost('react-native-ios', { methods: { 'http.request': () => new Promise((resolve) => (answer = resolve)) } });
    const b = (bridge = createBridge({ adapters: [reactNativeAdapter()], handshakeTimeout: 400, helloInterval: 50 }));
    await b.ready;
    const transport = createBridgeTransport(b, { timeout: 10_000 });
    let outcome: unknown;
    const request = transport.request({ method: 'GET', path: '/rewards/account', headers: {} }).then(
      (value) => (outcome = { value }),
      (error: unknown) => (outcome = { error }),
    );
    await delay(20);
    const sent = parsed(fake.sent).find((f) => f.m === 'http.request')!;
    for (const { raw } of corpus(b.sessionId, String(sent.id))) inject('react-native-ios', raw);
    await delay(50);
    expect(outcome, 'settled by a forged frame').to.equal(undefined);
    // The genuine host answers with a result of the wrong shape: a TypeError, as fetch gives.
    answer!({ status: 'two hundred', headers: {} });
    await request;
    expect((outcome as { error: Error }).error).to.be.instanceOf(TypeError);
    expect(((outcome as { error: Error }).error.cause as BridgeError).code).to.equal('INTERNAL');
  });

  it('the JavaScript host ignores bad frames from the page and never runs Object.prototype members as methods', async () => {
    const sent: string[] = [];
    const called = spy();
    const host = createHost({ send: (frame) => sent.push(frame), methods: { echo: (params) => (called(params), params) } });
    const sid = 'page-1';
    host.receive(JSON.stringify({ ch: CHANNEL, v: 1, sid, id: 'h1', k: 'req', m: 'bridge.hello', p: { protocols: [1], sdk: 'x' } }));
    expect(sent).to.have.length(1);
    for (const { raw } of corpus(sid, 'r1')) expect(() => host.receive(raw)).not.to.throw();
    for (const m of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf']) {
      host.receive(JSON.stringify({ ch: CHANNEL, v: 1, sid, id: `m-${m}`, k: 'req', m }));
    }
    host.receive(`{"ch":"bnk","v":1,"sid":"${sid}","id":"p1","k":"req","m":"echo","p":{"__proto__":{"polluted":"yes"}}}`);
    await delay(20);
    const replies = sent.slice(1).map((frame) => JSON.parse(frame) as { id: string; ok: boolean; e?: { code: string } });
    expect(replies.filter((r) => r.id.startsWith('m-')).map((r) => r.e?.code)).to.deep.equal(Array(5).fill('UNSUPPORTED'));
    expect(called.callCount).to.equal(1);
    expect(Object.getPrototypeOf(called.firstCall.args[0])).to.equal(Object.prototype);
    expectNoPollution('host');
  });

  describe('iframe: messages from foreign origins and other windows', () => {
    const origin = location.origin;
    let iframe: HTMLIFrameElement | undefined;
    let embed: EmbedConnection | undefined;

    afterEach(() => {
      embed?.disconnect();
      embed = undefined;
      iframe?.remove();
      iframe = undefined;
    });

    /** Origins that are not exactly the allowed one, however close they look. */
    const url = new URL(origin);
    const FOREIGN = [
      'null', '', 'https://evil.example', `${origin}.evil.example`, `${origin}/`, `${origin} `, ` ${origin}`, origin.toUpperCase(),
      `${url.protocol === 'http:' ? 'https:' : 'http:'}//${url.host}`, `${url.protocol}//${url.hostname}`, `${url.protocol}//${url.hostname}:1${url.port}`,
      `${url.protocol}//evil.example@${url.host}`, `${origin}\u0000`,
    ];

    /** Frames the widget frame sent to this page, to learn a real request id. */
    let fromChild: Array<Record<string, unknown>> = [];
    const record = (event: MessageEvent): void => {
      if (event.source === iframe?.contentWindow && typeof event.data === 'string') fromChild.push(JSON.parse(event.data) as Record<string, unknown>);
    };
    beforeEach(() => {
      fromChild = [];
      window.addEventListener('message', record);
    });
    afterEach(() => window.removeEventListener('message', record));

    async function connected(): Promise<{ child: { bridge: Bridge }; win: Window }> {
      iframe = childFrame(`allow=${encodeURIComponent(origin)}`);
      embed = connectEmbed(iframe, { origin, methods: { 'biometric.verify': () => new Promise(() => {}), close: () => ({}) } });
      document.body.append(iframe);
      const win = iframe.contentWindow!;
      const child = await childOf<{ bridge: Bridge }>(iframe);
      await child.bridge.ready;
      return { child, win };
    }

    it('the widget frame accepts only its parent at the exact allowed origin', async () => {
      const { child, win } = await connected();
      const b = child.bridge;
      const onEnv = spy();
      b.on('env.change', onEnv);
      let settled: unknown;
      void b.call('biometric.verify', { challengeId: 'c1' }).then((v) => (settled = v), (e: unknown) => (settled = e));
      await delay(50);
      const sid = b.sessionId;
      // An attacker would have to guess the request id; here it is given, to test the filter alone.
      const { id } = await until(() => fromChild.find((f) => f.m === 'biometric.verify'), 'the request');
      const answer = JSON.stringify({ ch: CHANNEL, v: 1, sid, id, k: 'res', ok: true, r: { assertion: 'forged' } });
      const event = JSON.stringify({ ch: CHANNEL, v: 1, sid, id: 'e1', k: 'evt', ev: 'env.change', d: { locale: 'xx' } });
      const Message = (win as unknown as { MessageEvent: typeof MessageEvent }).MessageEvent;
      const other = document.createElement('iframe');
      document.body.append(other);
      const channel = new MessageChannel();
      const sources: [string, MessageEventSource | null][] = [
        ['no source', null], ['the widget frame itself', win], ['a sibling frame', other.contentWindow], ['a MessagePort', channel.port1],
      ];
      try {
        const before = b.drops;
        for (const foreign of FOREIGN) {
          for (const data of [answer, event]) win.dispatchEvent(new Message('message', { data, origin: foreign, source: window }));
        }
        for (const [, source] of sources) {
          for (const data of [answer, event]) win.dispatchEvent(new Message('message', { data, origin, source }));
        }
        await delay(50);
        expect(onEnv.callCount).to.equal(0);
        expect(settled).to.equal(undefined);
        expect(b.pendingCount).to.equal(1);
        // Filtered by the adapter before the bridge: nothing even reached decoding.
        expect(b.drops).to.deep.equal(before);
        // Control: the same event from the parent at the allowed origin is delivered.
        win.dispatchEvent(new Message('message', { data: event, origin, source: window }));
        expect(onEnv.callCount).to.equal(1);
      } finally {
        other.remove();
        channel.port1.close();
      }
    });

    it('the embedding page accepts only the widget frame at its origin: a forged hello cannot take the session, a forged resize does nothing', async () => {
      const { child, win } = await connected();
      await until(() => (iframe!.style.height === '120px' ? true : undefined), 'the first height');
      const other = document.createElement('iframe');
      document.body.append(other);
      try {
        const hello = JSON.stringify({ ch: CHANNEL, v: 1, sid: 'attacker', id: 'h1', k: 'req', m: 'bridge.hello', p: { protocols: [1], sdk: 'x' } });
        const resize = JSON.stringify({ ch: CHANNEL, v: 1, sid: child.bridge.sessionId, id: 'r1', k: 'evt', ev: 'ui.resize', d: { height: 9999 } });
        const close = JSON.stringify({ ch: CHANNEL, v: 1, sid: 'attacker', id: 'c1', k: 'req', m: 'close', p: {} });
        for (const foreign of FOREIGN) {
          for (const data of [hello, resize, close]) window.dispatchEvent(new MessageEvent('message', { data, origin: foreign, source: win }));
        }
        for (const source of [null, window, other.contentWindow]) {
          for (const data of [hello, resize, close]) window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
        }
        await delay(50);
        expect(iframe!.style.height).to.equal('120px');
        // The widget's own session still works: its call is answered.
        expect(await child.bridge.call('close', {})).to.deep.equal({});
      } finally {
        other.remove();
      }
    });
  });
});
