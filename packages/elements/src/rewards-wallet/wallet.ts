/**
 * Pure helpers of the rewards wallet, tested without the DOM: whether an item can be redeemed
 * and why not, which months the filter offers, and which image URLs are safe to load.
 */

export type Segment = 'high' | 'mid' | 'low' | 'potential';
export type RedeemBlock = 'OUT_OF_STOCK' | 'TIER_LOCKED' | 'INSUFFICIENT_POINTS';

export interface RedeemableItem {
  pointsPrice: number;
  stock: number;
  minTier: Segment;
  unavailableReason: RedeemBlock | null;
}

export interface TierLike {
  id: Segment;
  rank: number;
}

/**
 * Why `item` cannot be redeemed now, or `undefined` when it can. Checked on the device before
 * any request, with what the wallet knows now (the balance may have changed since the catalogue
 * loaded), then the server's own reason. The order is what helps the member most: no stock
 * beats "not your tier", which beats "earn more points".
 */
export function redeemBlock(item: RedeemableItem, balance: number, tier: TierLike | undefined, tiers: readonly TierLike[], quantity = 1): RedeemBlock | undefined {
  if (item.stock < quantity || item.unavailableReason === 'OUT_OF_STOCK') return 'OUT_OF_STOCK';
  const needed = tiers.find((t) => t.id === item.minTier);
  if ((tier && needed && tier.rank < needed.rank) || item.unavailableReason === 'TIER_LOCKED') return 'TIER_LOCKED';
  if (balance < item.pointsPrice * quantity) return 'INSUFFICIENT_POINTS';
  // The server's reason is older than our balance: trust our balance for the points question.
  return undefined;
}

/** The last `count` calendar months (China Standard Time, like the API), newest first, `YYYY-MM`. */
export function recentMonths(now: number, count = 12): string[] {
  const cst = new Date(now + 8 * 60 * 60 * 1000);
  let year = cst.getUTCFullYear();
  let month = cst.getUTCMonth() + 1;
  const months: string[] = [];
  for (let i = 0; i < count; i += 1) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return months;
}

/** A `YYYY-MM` month as a Date at noon UTC on the 1st, safe to format in any zone. */
export const monthDate = (month: string): Date => new Date(`${month}-01T12:00:00Z`);
