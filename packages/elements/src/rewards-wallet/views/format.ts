import type { LocalizeController } from '../../internal/localize.js';
import type { RewardsWalletMessages } from '../locales/messages.js';
import { monthDate } from '../wallet.js';

/** What every view needs: the wallet's strings and Intl formatting in the resolved language. */
export type WalletLocalize = LocalizeController<RewardsWalletMessages>;

/**
 * Ledger times and months are shown in China Standard Time, the zone the API groups months in,
 * so an entry at 23:30 on 31 October (CST) sits under October and says "31 Oct" everywhere.
 */
export const LEDGER_ZONE = 'Asia/Shanghai';

export const points = (t: WalletLocalize, value: number): string => t.formatNumber(value);

/** "+1,200" / "-300": the sign is always written, so the amount never relies on colour alone. */
export const signed = (t: WalletLocalize, value: number): string => t.formatNumber(value, { signDisplay: 'exceptZero' });

export const monthLabel = (t: WalletLocalize, month: string): string =>
  t.formatDate(monthDate(month), { year: 'numeric', month: 'long', timeZone: 'UTC' });

/** A calendar date from the API (`YYYY-MM-DD`), formatted without any zone shifting it a day. */
export const dayLabel = (t: WalletLocalize, day: string): string =>
  t.formatDate(new Date(`${day}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });

export const timeLabel = (t: WalletLocalize, at: number): string =>
  t.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });
