/**
 * The card PIN leaves the device only inside a PIN block encrypted under the bank's public key
 * (contract: `ActivationRequest.encryptedPinBlock`, base64url, with the key's `keyId`).
 *
 * - Block: ISO 9564-1 format 1 — control nibble `1`, the PIN length, the PIN digits, then random
 *   fill nibbles to 8 bytes. Format 1 needs no card number, which does not exist yet when a new
 *   card is activated; the random fill makes equal PINs encrypt to different blocks.
 * - Encryption: RSA-OAEP with SHA-256 through WebCrypto (no hand-written cryptography). A
 *   2048-bit key gives 342 base64url characters and a 3072-bit key 512, the contract's maximum.
 *
 * Buffers holding digits are zeroed as soon as they are encrypted. A JavaScript string cannot be
 * wiped, which is why the PIN is held as a string for as short a time as possible by the caller.
 */

/** Weak PINs a bank refuses: one digit repeated, or a straight run up or down (123456, 987654). */
export function isWeakPin(pin: string): boolean {
  if (!/^\d+$/.test(pin)) return true;
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10));
  return steps.size === 1 && (steps.has(0) || steps.has(1) || steps.has(9));
}

/** ISO 9564 format 1 block of a 4–12 digit PIN; `fill` supplies the random nibbles. */
export function pinBlockFormat1(pin: string, fill: Uint8Array = crypto.getRandomValues(new Uint8Array(16))): Uint8Array<ArrayBuffer> {
  if (!/^\d{4,12}$/.test(pin)) throw new RangeError('A PIN block holds 4 to 12 digits.');
  const nibbles = new Uint8Array(16);
  nibbles[0] = 0x1;
  nibbles[1] = pin.length;
  for (let i = 0; i < pin.length; i += 1) nibbles[2 + i] = pin.charCodeAt(i) - 48;
  for (let i = 2 + pin.length; i < 16; i += 1) nibbles[i] = fill[i]! & 0x0f;
  const block = new Uint8Array(8);
  for (let i = 0; i < 8; i += 1) block[i] = (nibbles[2 * i]! << 4) | nibbles[2 * i + 1]!;
  nibbles.fill(0);
  return block;
}

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64Decode(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(clean);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Imports the bank's RSA public key: SPKI as base64 (a PEM body is accepted too). */
export function importPinKey(spki: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('spki', base64Decode(spki), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
}

/** The encrypted PIN block, base64url, ready for `encryptedPinBlock`. */
export async function encryptPinBlock(pin: string, key: CryptoKey): Promise<string> {
  const block = pinBlockFormat1(pin);
  try {
    const sealed = await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, key, block);
    return base64UrlEncode(new Uint8Array(sealed));
  } finally {
    block.fill(0);
  }
}
