import { defineCatalogue } from '../../internal/localize.js';

type EntryType = 'earn' | 'redeem' | 'expire' | 'adjust';
type ItemKind = 'goods' | 'coupon' | 'travel' | 'fee_waiver';
export type WalletView = 'summary' | 'ledger' | 'catalogue' | 'engagement';

/**
 * Strings of <banklet-rewards-wallet>; every locale implements all of them. Numbers arrive
 * already formatted through Intl (`points` is "12,345"), so messages only place them.
 */
export interface RewardsWalletMessages {
  region: string;
  views: Record<WalletView, string>;
  /** Senior mode: the button that opens a view from the summary screen. */
  open: Record<Exclude<WalletView, 'summary'>, string>;
  back: string;
  balance: string;
  points: (points: string) => string;
  signedPoints: (signed: string) => string;
  tier: (name: string) => string;
  benefits: string;
  tiers: string;
  currentTier: string;
  toNextTier: (points: string, tier: string) => string;
  topTier: string;
  progressLabel: (tier: string) => string;
  expiring: (points: string, date: string) => string;
  noExpiring: string;
  offline: (time: string) => string;
  loadFailed: string;
  retry: string;
  // Ledger
  ledgerRegion: string;
  filterType: string;
  filterMonth: string;
  allTypes: string;
  allMonths: string;
  types: Record<EntryType, string>;
  monthTotals: (earned: string, spent: string) => string;
  typeTotals: string;
  partialTotals: string;
  noEntries: string;
  endOfList: string;
  loadingMore: string;
  loadMoreFailed: string;
  // Catalogue
  kinds: Record<ItemKind, string>;
  price: (points: string) => string;
  stockLeft: (count: string) => string;
  outOfStock: string;
  redeem: string;
  shortBy: (points: string) => string;
  tierLocked: (tier: string) => string;
  confirmTitle: string;
  confirmBody: (item: string, points: string) => string;
  balanceAfter: (points: string) => string;
  confirm: string;
  cancel: string;
  redeeming: string;
  redeemed: (item: string) => string;
  voucher: (code: string) => string;
  redeemFailed: string;
  redeemUnknown: string;
  checkAgain: string;
  done: string;
  noItems: string;
  // Engagement
  checkIn: string;
  checkInFor: (points: string) => string;
  checkedIn: string;
  checkedInAnnouncement: (points: string, streak: number) => string;
  streak: (days: number) => string;
  ladder: string;
  rung: (day: number, points: string, state: 'done' | 'today' | 'upcoming') => string;
  day: (day: number) => string;
  tasks: string;
  taskProgress: (progress: string, target: string) => string;
  claim: (points: string) => string;
  claimed: string;
  claimedAnnouncement: (title: string, points: string) => string;
  expiresOn: (date: string) => string;
  noTasks: string;
}

export const rewardsWalletCatalogue = defineCatalogue<RewardsWalletMessages>('rewards-wallet', {
  'zh-CN': () => import('./zh-CN.js'),
  en: () => import('./en.js'),
});
