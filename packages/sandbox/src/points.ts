/**
 * The points ledger: the only way points move. Every change is a ledger row plus the cached
 * balance on the member, written together inside the caller's transaction, so the balance always
 * equals the sum of the ledger (a CHECK constraint keeps it from going negative).
 */
import type { Db } from './db.js';
import { DAY_MS } from './time.js';
import { tierForPoints, type TierDefinition } from './reference.js';

export type LedgerType = 'earn' | 'redeem' | 'expire' | 'adjust';

export interface LedgerPosting {
  type: LedgerType;
  /** What kind of event, for the localized description: `purchase`, `check_in`, `redemption`… */
  code: string;
  /** Signed. */
  points: number;
  merchant?: string | null;
  reason?: string | null;
  /** Free text shown after the description (item or task name). */
  detail?: string | null;
  ts: number;
}

export type TaskKind = 'payment_count' | 'payment_amount' | 'check_in_streak' | 'redemption_count';

export interface PointsService {
  balance(memberId: string): number;
  /** Posts one entry and returns the balance after it. Earned points count towards the tier. */
  post(memberId: string, posting: LedgerPosting): number;
  tier(memberId: string): TierDefinition;
  /** Moves task progress: `add` for counters, `atLeast` for streaks. */
  progressTasks(memberId: string, kind: TaskKind, change: { add?: number; atLeast?: number }): void;
  /** Makes sure the member has a progress row for every task. */
  ensureTasks(memberId: string): void;
}

/** Earned points expire a year after they were earned. */
export const EARN_VALIDITY_MS = 365 * DAY_MS;

export function createPointsService(db: Db): PointsService {
  const balanceStmt = db.prepare<[string], { points_balance: number; qualifying_points: number }>(
    'SELECT points_balance, qualifying_points FROM members WHERE id = ?',
  );
  const insertEntry = db.prepare(
    `INSERT INTO ledger (member_id, ts, type, code, points, merchant, reason, detail, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateBalance = db.prepare(
    'UPDATE members SET points_balance = points_balance + ?, qualifying_points = qualifying_points + ? WHERE id = ?',
  );
  const ensureTasks = db.prepare(
    'INSERT OR IGNORE INTO member_tasks (member_id, task_id, progress) SELECT ?, id, 0 FROM tasks',
  );
  const addProgress = db.prepare(
    `UPDATE member_tasks SET progress = MIN(progress + ?, (SELECT target FROM tasks WHERE tasks.id = member_tasks.task_id))
     WHERE member_id = ? AND claimed_at IS NULL AND task_id IN (SELECT id FROM tasks WHERE kind = ?)`,
  );
  const atLeastProgress = db.prepare(
    `UPDATE member_tasks SET progress = MIN(MAX(progress, ?), (SELECT target FROM tasks WHERE tasks.id = member_tasks.task_id))
     WHERE member_id = ? AND claimed_at IS NULL AND task_id IN (SELECT id FROM tasks WHERE kind = ?)`,
  );

  const read = (memberId: string) => {
    const row = balanceStmt.get(memberId);
    if (!row) throw new Error(`points: unknown member ${memberId}`);
    return row;
  };

  return {
    balance: (memberId) => read(memberId).points_balance,
    post(memberId, p) {
      if (!Number.isInteger(p.points) || p.points === 0) throw new Error('points: a posting moves a non-zero integer');
      insertEntry.run(
        memberId,
        p.ts,
        p.type,
        p.code,
        p.points,
        p.merchant ?? null,
        p.reason ?? null,
        p.detail ?? null,
        p.type === 'earn' ? p.ts + EARN_VALIDITY_MS : null,
      );
      updateBalance.run(p.points, p.type === 'earn' ? p.points : 0, memberId);
      return read(memberId).points_balance;
    },
    tier: (memberId) => tierForPoints(read(memberId).qualifying_points),
    progressTasks(memberId, kind, change) {
      ensureTasks.run(memberId);
      if (change.add) addProgress.run(change.add, memberId, kind);
      if (change.atLeast !== undefined) atLeastProgress.run(change.atLeast, memberId, kind);
    },
    ensureTasks(memberId) {
      ensureTasks.run(memberId);
    },
  };
}
