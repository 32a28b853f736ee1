/**
 * Time helpers. The bank's calendar is China Standard Time (UTC+8, no daylight saving): a
 * check-in "day" and a ledger "month" are CST days and months, whatever the server's zone.
 */
export const DAY_MS = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

export const iso = (ms: number): string => new Date(ms).toISOString();

/** `YYYY-MM-DD` of the CST calendar day containing `ms`. */
export function cstDay(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** Epoch ms of CST midnight starting the day that contains `ms`. */
export function cstStartOfDay(ms: number): number {
  return Math.floor((ms + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS;
}

/** The CST day before `day` (`YYYY-MM-DD`). */
export function previousDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}

/** [start, end) epoch ms of a CST month given as `YYYY-MM`. */
export function cstMonthRange(month: string): [number, number] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const start = Date.UTC(year, m - 1, 1) - CST_OFFSET_MS;
  const end = Date.UTC(year, m, 1) - CST_OFFSET_MS;
  return [start, end];
}
