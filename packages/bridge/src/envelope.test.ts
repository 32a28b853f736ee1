import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CHANNEL, MAX_FRAME_BYTES, decode, encode, exceedsFrameLimit, utf8Length, type Frame } from './envelope.js';

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const name = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,8}(\.[a-z][A-Za-z0-9]{0,8}){0,2}$/);

describe('envelope', () => {
  it('utf8Length agrees with TextEncoder for any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).to.equal(new TextEncoder().encode(text).length);
      }),
    );
  });

  it('the size check agrees with the exact byte count', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 0, max: 900 }), (text, limit) => {
        expect(exceedsFrameLimit(text, limit)).to.equal(new TextEncoder().encode(text).length > limit);
      }),
    );
  });

  it('decode(encode(frame)) returns the frame for any valid request, response or event', () => {
    const base = fc.record({ ch: fc.constant(CHANNEL), v: fc.integer({ min: 1, max: 3 }), sid: id, id });
    const frame: fc.Arbitrary<Frame> = fc.oneof(
      fc.tuple(base, name, fc.jsonValue()).map(([b, m, p]) => ({ ...b, k: 'req' as const, m, p })),
      fc.tuple(base, fc.jsonValue()).map(([b, r]) => ({ ...b, k: 'res' as const, ok: true as const, r })),
      fc.tuple(base, fc.constantFrom('TIMEOUT', 'DENIED', 'INTERNAL' as const), fc.string(), fc.boolean()).map(([b, code, msg, retryable]) => ({
        ...b,
        k: 'res' as const,
        ok: false as const,
        e: { code, msg, retryable },
      })),
      fc.tuple(base, name, fc.jsonValue()).map(([b, ev, d]) => ({ ...b, k: 'evt' as const, ev, d })),
    );
    fc.assert(
      fc.property(frame, (value) => {
        const text = encode(value)!;
        const decoded = decode(text);
        expect(decoded).to.deep.equal({ frame: JSON.parse(text) });
      }),
    );
  });

  it('tolerates whitespace in host serializations, and rejects shapes field by field', () => {
    const good = { ch: CHANNEL, v: 1, sid: 's1', id: 'i1', k: 'evt', ev: 'env.change', d: {} };
    expect('frame' in decode(JSON.stringify(good, null, 2))).to.equal(true);
    const drops = [
      [{ ...good, ch: 'other' }, 'foreign'],
      [{ ...good, v: 0 }, 'malformed'],
      [{ ...good, v: 1.5 }, 'malformed'],
      [{ ...good, sid: 'has space' }, 'malformed'],
      [{ ...good, id: 'x'.repeat(65) }, 'malformed'],
      [{ ...good, k: 'call' }, 'malformed'],
      [{ ...good, ev: '__proto__' }, 'malformed'],
      [{ ...good, k: 'req', m: 'a..b' }, 'malformed'],
      [{ ...good, k: 'req', m: 'close', ttl: -1 }, 'malformed'],
      [{ ...good, k: 'res', ok: false, e: { code: 'NOPE', msg: '', retryable: false } }, 'malformed'],
      [{ ...good, k: 'res', ok: 'yes' }, 'malformed'],
    ] as const;
    for (const [value, reason] of drops) expect(decode(JSON.stringify(value)), JSON.stringify(value)).to.deep.equal({ drop: reason });
    expect(decode(42)).to.deep.equal({ drop: 'foreign' });
    expect(decode(`{"ch":"bnk","pad":"${'x'.repeat(MAX_FRAME_BYTES)}"}`)).to.deep.equal({ drop: 'tooLarge' });
  });

  it('encode refuses frames over the cap', () => {
    const frame: Frame = { ch: CHANNEL, v: 1, sid: 's', id: 'i', k: 'evt', ev: 'ui.resize', d: '中'.repeat(90_000) };
    expect(encode(frame)).to.equal(undefined);
    expect(encode(frame, 1024 * 1024)).to.be.a('string');
  });
});
