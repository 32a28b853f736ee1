/**
 * Which server-provided URLs Banklet may use. Offers, catalogue items and card products all carry
 * image and link URLs from the API; the same rules apply to every widget.
 */

/**
 * An absolute https or http URL (the contract's `format: uri`), normalized; anything else,
 * relative URLs included, is dropped: resolved against the partner's page, a relative URL would
 * make the widget request whatever path the API named on the partner's own origin.
 */
export function webUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** An image URL we may load: a web URL (see `webUrl`) or an inline raster image. */
export function safeImageUrl(url: string): string | undefined {
  if (/^data:image\/(png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=]+$/i.test(url)) return url;
  return webUrl(url);
}

/**
 * A deep link we may hand to the host: any scheme except the ones that run code or embed
 * content (`javascript:`, `data:`, `vbscript:`, `blob:`, `file:`). App schemes (`bank://offers/1`)
 * are allowed because opening them is the host's decision.
 */
export function safeLinkUrl(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return ['javascript:', 'data:', 'vbscript:', 'blob:', 'file:'].includes(parsed.protocol) ? undefined : parsed.href;
  } catch {
    return undefined;
  }
}
