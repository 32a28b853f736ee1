import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { base64UrlEncode, encryptPinBlock, importPinKey, isWeakPin, pinBlockFormat1 } from './pin-block.js';

async function rsaKeys(bits = 2048) {
  const pair = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: bits, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
  const spki = base64UrlEncode(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey))).replace(/-/g, '+').replace(/_/g, '/');
  return { spki, privateKey: pair.privateKey };
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('card PIN block', () => {
  it('lays out ISO 9564 format 1: control 1, length, digits, random fill', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4,12}$/), fc.uint8Array({ minLength: 16, maxLength: 16 }), (pin, fill) => {
        const block = hex(pinBlockFormat1(pin, fill));
        expect(block).to.have.length(16);
        expect(block[0]).to.equal('1');
        expect(parseInt(block[1]!, 16)).to.equal(pin.length);
        expect(block.slice(2, 2 + pin.length)).to.equal(pin);
      }),
    );
    expect(() => pinBlockFormat1('12a456')).to.throw(RangeError);
  });

  it('encrypts under the bank key so that only the bank key opens it, differently every time', async () => {
    const { spki, privateKey } = await rsaKeys();
    const key = await importPinKey(spki);
    const a = await encryptPinBlock('481516', key);
    const b = await encryptPinBlock('481516', key);
    expect(a).to.match(/^[A-Za-z0-9_-]{16,512}$/);
    expect(a).to.not.equal(b);
    const raw = Uint8Array.from(atob(a.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    const opened = new Uint8Array(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, raw));
    expect(hex(opened).slice(0, 8)).to.equal('16481516');
  });

  it('fits the contract\'s 512 characters with a 3072-bit key', async () => {
    const { spki } = await rsaKeys(3072);
    expect((await encryptPinBlock('902113', await importPinKey(spki))).length).to.be.at.most(512);
  });

  it('refuses repeated digits and straight runs', () => {
    for (const pin of ['000000', '111111', '123456', '654321', '012345']) expect(isWeakPin(pin), pin).to.equal(true);
    for (const pin of ['135790', '481516', '902113', '112358']) expect(isWeakPin(pin), pin).to.equal(false);
  });
});
