/**
 * Identifiers and the seeded PRNG. Runtime ids are random (crypto); seed data uses the PRNG so a
 * fresh data dir always holds the same members, ledger and catalogue.
 */
import { randomBytes } from 'node:crypto';

// Crockford base32 without I, L, O, U: unambiguous when read aloud to support.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function encode(bytes: Uint8Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += ALPHABET[bytes[i]! % 32];
  return out;
}

/** `pay_4KQ9…`: a prefix says what the id is, 20 random base32 characters (100 bits) make it unguessable. */
export function newId(prefix: string): string {
  return `${prefix}_${encode(randomBytes(20), 20).toLowerCase()}`;
}

/** Human-quotable reference such as `BKP-7K3Q-9F2D`. */
export function newReference(prefix: string): string {
  const code = encode(randomBytes(8), 8);
  return `${prefix}-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** mulberry32: tiny, fast and good enough for seed data (not for anything secret). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a: a stable 32-bit hash for deterministic choices (experiment variants, seeds per member). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seeded id in the same shape as `newId`, for seed data. */
export function seededId(prefix: string, random: () => number): string {
  let out = '';
  for (let i = 0; i < 20; i += 1) out += ALPHABET[Math.floor(random() * 32)];
  return `${prefix}_${out.toLowerCase()}`;
}
