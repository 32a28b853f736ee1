/**
 * Pure helpers for offers, tested without the DOM: which offers to show and how to say when
 * they end. (Which URLs are safe to load or hand over is internal/urls.ts.)
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
