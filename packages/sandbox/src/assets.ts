/**
 * Images for products, catalogue items and offers. The sandbox draws simple labelled SVG banners
 * instead of shipping binary files: same-origin (so a strict `img-src 'self'` CSP allows them),
 * deterministic and tiny.
 */
import { hash32 } from './ids.js';

export type AssetKind = 'product' | 'item' | 'offer';

export const assetUrl = (origin: string, kind: AssetKind, id: string) => `${origin}/__sandbox/assets/${kind}/${encodeURIComponent(id)}.svg`;

const PALETTES = [
  ['#1f3b73', '#4f7bd9'],
  ['#7a2e0e', '#e0813c'],
  ['#184d3b', '#3fae86'],
  ['#4b1f73', '#a06ae0'],
  ['#5c4a10', '#d9b541'],
  ['#33383f', '#8a96a3'],
];

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[ch]!);

/** A 16:9 gradient banner labelled with the asset id; colours are a stable hash of it. */
export function renderAsset(kind: AssetKind, id: string): string {
  const [from, to] = PALETTES[hash32(`${kind}:${id}`) % PALETTES.length]!;
  const label = escapeXml(id.replace(/^[a-z]-/, '').replace(/-/g, ' '));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180" width="320" height="180" role="img" aria-hidden="true">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
<rect width="320" height="180" rx="16" fill="url(#g)"/>
<circle cx="268" cy="40" r="56" fill="#ffffff" fill-opacity="0.12"/>
<text x="24" y="150" font-family="system-ui, sans-serif" font-size="22" font-weight="600" fill="#ffffff">${label}</text>
</svg>`;
}
