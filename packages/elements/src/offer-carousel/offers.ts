/**
 * Pure helpers for offers, tested without the DOM: which offers to show, how to say when they
 * end, and which URLs are safe to hand to an <img> or to the host.
 */

export interface OfferLike {
  id: string;
  expiresAt: string;
}

/** Offers still running at `now`, in server order; expired ones are never shown. */
export function liveOffers<T extends OfferLike>(offers: readonly T[], now: number): T[] {
  return offers.filter((offer) => {
    const end = Date.parse(offer.expiresAt);
    return Number.isFinite(end) && end > now;
  });
}

/** Milliseconds until the first of `offers` expires, for re-rendering exactly then. */
export function nextExpiry(offers: readonly OfferLike[], now: number): number | undefined {
  const ends = offers.map((o) => Date.parse(o.expiresAt) - now).filter((ms) => ms > 0);
  return ends.length ? Math.min(...ends) : undefined;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "in 2 days" / "2天后" style, in the largest whole unit (days, then hours, then minutes),
 * rounded down so an offer never looks longer-lived than it is.
 */
export function relativeEnd(expiresAt: string, now: number, locale: string): string {
  const ms = Math.max(0, Date.parse(expiresAt) - now);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ms >= DAY) return format.format(Math.floor(ms / DAY), 'day');
  if (ms >= HOUR) return format.format(Math.floor(ms / HOUR), 'hour');
  return format.format(Math.max(1, Math.floor(ms / MINUTE)), 'minute');
}

/**
 * An image URL we may load: an absolute https or http URL (the contract's `format: uri`), or an
 * inline raster image. Relative URLs and every other scheme are dropped.
 */
export function safeImageUrl(url: string): string | undefined {
  if (/^data:image\/(png|jpe?g|gif|webp|avif);base64,[a-z0-9+/=]+$/i.test(url)) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
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
