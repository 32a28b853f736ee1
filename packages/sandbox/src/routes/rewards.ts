/**
 * Rewards: account and tiers, the ledger (cursor-paginated, fast on 100,000 entries), the
 * catalogue and redemptions, daily check-in and milestone tasks. All point movements go through
 * the points service so the balance always equals the ledger.
 */
import type { components } from '../../../sdk/src/generated/openapi.js';
import { assetUrl } from '../assets.js';
import type { HandlerMap, Services } from '../context.js';
import { reply } from '../context.js';
import { badRequest, conflict, declined, notFound, unprocessable } from '../errors.js';
import { localize, type Locale, type Text } from '../i18n.js';
import { newId, newReference } from '../ids.js';
import { CHECK_IN_LADDER, TIERS, tierById, type Segment, type TierDefinition } from '../reference.js';
import { DAY_MS, cstDay, cstMonthRange, iso, previousDay } from '../time.js';

type S = components['schemas'];

const DESCRIPTIONS: Record<string, Text> = {
  purchase: { 'zh-CN': '消费得积分', en: 'Points for spending' },
  check_in: { 'zh-CN': '每日签到', en: 'Daily check-in' },
  task_reward: { 'zh-CN': '任务奖励', en: 'Task reward' },
  redemption: { 'zh-CN': '积分兑换', en: 'Redemption' },
  payment_points: { 'zh-CN': '积分抵现', en: 'Points used to pay' },
  welcome: { 'zh-CN': '新会员礼遇', en: 'Welcome bonus' },
  expiry: { 'zh-CN': '积分过期', en: 'Points expired' },
  goodwill: { 'zh-CN': '积分补偿', en: 'Goodwill points' },
};

const REASONS: Record<string, Text> = {
  REDEMPTION: { 'zh-CN': '兑换礼品或权益', en: 'Redeemed for a reward' },
  POINTS_EXPIRED: { 'zh-CN': '积分自获得起 12 个月后过期', en: 'Expired 12 months after earning' },
  GOODWILL: { 'zh-CN': '客服补偿', en: 'Customer service goodwill' },
  PAYMENT: { 'zh-CN': '用于支付抵扣', en: 'Used towards a payment' },
  WELCOME: { 'zh-CN': '欢迎加入', en: 'Welcome to the programme' },
};

interface LedgerRow {
  id: number;
  ts: number;
  type: S['LedgerEntryType'];
  code: string;
  points: number;
  merchant: string | null;
  reason: string | null;
  detail: string | null;
}

interface ItemRow {
  id: string;
  kind: S['CatalogueItemKind'];
  points_price: number;
  stock: number;
  min_tier: Segment;
  texts: string;
}

interface TaskRow {
  id: string;
  kind: S['Task']['kind'];
  target: number;
  reward_points: number;
  expires_at: number | null;
  texts: string;
  progress: number;
  claimed_at: number | null;
}

interface RedemptionRow {
  id: string;
  item_id: string;
  quantity: number;
  points: number;
  balance_after: number;
  voucher_code: string | null;
  created_at: number;
}

function tierJson(tier: TierDefinition, locale: Locale): S['Tier'] {
  return { id: tier.id, name: tier.name[locale], rank: tier.rank, threshold: tier.threshold, benefits: tier.benefits.map((b) => b[locale]) };
}

/** Opaque cursor: the (ts, id) of the last entry of the page, newest-first order. */
const encodeCursor = (ts: number, id: number) => Buffer.from(JSON.stringify([ts, id])).toString('base64url');

function decodeCursor(cursor: string): [number, number] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value.every((n) => Number.isSafeInteger(n))) return value as [number, number];
  } catch {
    // fall through to the 400 below
  }
  throw badRequest('VALIDATION_FAILED', 'cursor is not one this server issued', [{ field: 'query.cursor', code: 'INVALID' }]);
}

export function rewardHandlers({ db, points }: Services): HandlerMap {
  const selectMember = db.prepare<[string], { points_balance: number; qualifying_points: number }>(
    'SELECT points_balance, qualifying_points FROM members WHERE id = ?',
  );
  const selectExpiring = db.prepare<[string, number, number], { total: number | null; first: number | null }>(
    `SELECT SUM(points) AS total, MIN(expires_at) AS first FROM ledger
     WHERE member_id = ? AND type = 'earn' AND expires_at >= ? AND expires_at < ?`,
  );
  const selectItems = db.prepare<[], ItemRow>('SELECT id, kind, points_price, stock, min_tier, texts FROM catalogue ORDER BY sort');
  const selectItem = db.prepare<[string], ItemRow>('SELECT id, kind, points_price, stock, min_tier, texts FROM catalogue WHERE id = ?');
  const takeStock = db.prepare('UPDATE catalogue SET stock = stock - ? WHERE id = ? AND stock >= ?');
  const insertRedemption = db.prepare(
    'INSERT INTO redemptions (id, member_id, item_id, quantity, points, balance_after, voucher_code, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const selectRedemption = db.prepare<[string, string], RedemptionRow>(
    'SELECT id, item_id, quantity, points, balance_after, voucher_code, created_at FROM redemptions WHERE id = ? AND member_id = ?',
  );
  const selectCheckIn = db.prepare<[string, string], { streak: number; points: number }>(
    'SELECT streak, points FROM check_ins WHERE member_id = ? AND day = ?',
  );
  const insertCheckIn = db.prepare('INSERT INTO check_ins (member_id, day, streak, points, created_at) VALUES (?, ?, ?, ?, ?)');
  const selectTasks = db.prepare<[string], TaskRow>(
    `SELECT t.id, t.kind, t.target, t.reward_points, t.expires_at, t.texts, mt.progress, mt.claimed_at
     FROM tasks t JOIN member_tasks mt ON mt.task_id = t.id AND mt.member_id = ? ORDER BY t.sort`,
  );
  const claimTaskStmt = db.prepare('UPDATE member_tasks SET claimed_at = ? WHERE member_id = ? AND task_id = ? AND claimed_at IS NULL');

  function itemJson(row: ItemRow, locale: Locale, origin: string, balance: number, tierRank: number): S['CatalogueItem'] {
    const texts = localize<'name' | 'description' | 'imageAlt'>(row.texts, locale);
    const reason: S['CatalogueItem']['unavailableReason'] =
      tierRank < tierById(row.min_tier).rank ? 'TIER_LOCKED' : row.stock <= 0 ? 'OUT_OF_STOCK' : balance < row.points_price ? 'INSUFFICIENT_POINTS' : null;
    return {
      id: row.id,
      kind: row.kind,
      name: texts.name,
      description: texts.description,
      imageUrl: assetUrl(origin, 'item', row.id),
      imageAlt: texts.imageAlt,
      pointsPrice: row.points_price,
      stock: row.stock,
      minTier: row.min_tier,
      available: reason === null,
      unavailableReason: reason,
    };
  }

  function redemptionJson(row: RedemptionRow): S['Redemption'] {
    return {
      id: row.id,
      itemId: row.item_id,
      quantity: row.quantity,
      pointsSpent: row.points,
      status: 'succeeded',
      balanceAfter: row.balance_after,
      voucherCode: row.voucher_code,
      createdAt: iso(row.created_at),
    };
  }

  function checkInState(memberId: string, now: number): S['CheckInState'] {
    const today = cstDay(now);
    const todays = selectCheckIn.get(memberId, today);
    const yesterdays = selectCheckIn.get(memberId, previousDay(today));
    const streak = todays?.streak ?? yesterdays?.streak ?? 0;
    // Position in the 7-day cycle of the last check-in (0 when the streak is broken).
    const done = streak === 0 ? 0 : ((streak - 1) % 7) + 1;
    const ladder: S['CheckInRung'][] = CHECK_IN_LADDER.map((pointsForDay, i) => {
      const day = i + 1;
      let state: S['CheckInRung']['state'];
      if (todays) state = day <= done ? 'done' : 'upcoming';
      else if (done === 7) state = day === 1 ? 'today' : 'upcoming';
      else state = day <= done ? 'done' : day === done + 1 ? 'today' : 'upcoming';
      return { day, points: pointsForDay, state };
    });
    return {
      checkedInToday: Boolean(todays),
      streak,
      today,
      ladder,
      nextReward: CHECK_IN_LADDER[done % 7]!,
    };
  }

  function taskJson(row: TaskRow, locale: Locale): S['Task'] {
    const texts = localize<'title' | 'description'>(row.texts, locale);
    return {
      id: row.id,
      title: texts.title,
      description: texts.description,
      kind: row.kind,
      target: row.target,
      progress: Math.min(row.progress, row.target),
      rewardPoints: row.reward_points,
      status: row.claimed_at !== null ? 'claimed' : row.progress >= row.target ? 'claimable' : 'in_progress',
      expiresAt: row.expires_at === null ? null : iso(row.expires_at),
    };
  }

  return {
    getRewardsAccount({ memberId, locale, now }) {
      const member = selectMember.get(memberId)!;
      const tier = points.tier(memberId);
      const next = TIERS[tier.rank] ?? null;
      const span = next ? next.threshold - tier.threshold : 1;
      const expiring = selectExpiring.get(memberId, now, now + 30 * DAY_MS)!;
      const result: S['RewardsAccount'] = {
        memberId,
        balance: member.points_balance,
        tier: tierJson(tier, locale),
        tiers: TIERS.map((t) => tierJson(t, locale)),
        progress: {
          qualifyingPoints: member.qualifying_points,
          nextTier: next?.id ?? null,
          pointsToNextTier: next ? Math.max(0, next.threshold - member.qualifying_points) : 0,
          percent: next ? Math.max(0, Math.min(100, Math.floor(((member.qualifying_points - tier.threshold) * 100) / span))) : 100,
        },
        expiring: {
          // Points already spent cannot expire: the amount at risk is capped by the balance.
          points: Math.min(expiring.total ?? 0, member.points_balance),
          windowDays: 30,
          firstExpiry: expiring.first === null || (expiring.total ?? 0) === 0 ? null : cstDay(expiring.first),
        },
      };
      return reply(200, result);
    },

    listLedgerEntries({ memberId, query, locale }) {
      const limit: number = query.limit ?? 20;
      const where = ['member_id = ?'];
      const args: (string | number)[] = [memberId];
      if (query.type) {
        where.push('type = ?');
        args.push(query.type);
      }
      if (query.month) {
        const [start, end] = cstMonthRange(query.month);
        where.push('ts >= ? AND ts < ?');
        args.push(start, end);
      }
      if (query.cursor) {
        const [ts, id] = decodeCursor(query.cursor);
        where.push('(ts < ? OR (ts = ? AND id < ?))');
        args.push(ts, ts, id);
      }
      // Keyset pagination on (ts, id) walks the index directly: page 5,000 costs what page 1 does.
      const rows = db
        .prepare<(string | number)[], LedgerRow>(
          `SELECT id, ts, type, code, points, merchant, reason, detail FROM ledger WHERE ${where.join(' AND ')}
           ORDER BY ts DESC, id DESC LIMIT ?`,
        )
        .all(...args, limit + 1);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const result: S['LedgerPage'] = {
        items: page.map((row) => {
          const base = DESCRIPTIONS[row.code]?.[locale] ?? row.code;
          return {
            id: String(row.id),
            type: row.type,
            date: iso(row.ts),
            description: row.detail ? `${base} · ${row.detail}` : base,
            merchant: row.merchant,
            reason: row.reason ? (REASONS[row.reason]?.[locale] ?? row.reason) : null,
            points: row.points,
          };
        }),
        nextCursor: rows.length > limit && last ? encodeCursor(last.ts, last.id) : null,
      };
      return reply(200, result);
    },

    listCatalogue({ memberId, query, locale, origin }) {
      const balance = points.balance(memberId);
      const rank = points.tier(memberId).rank;
      const items = selectItems
        .all()
        .filter((row) => !query.kind || row.kind === query.kind)
        .map((row) => itemJson(row, locale, origin, balance, rank));
      return reply(200, { items } satisfies S['Catalogue']);
    },

    createRedemption({ memberId, body, locale, now }) {
      const request = body as S['RedemptionRequest'];
      const quantity = request.quantity ?? 1;
      const item = selectItem.get(request.itemId);
      if (!item) throw unprocessable('ITEM_NOT_FOUND', 'No such catalogue item', [{ field: 'itemId', code: 'NOT_FOUND' }]);
      if (points.tier(memberId).rank < tierById(item.min_tier).rank) throw declined('TIER_LOCKED', 'This item needs a higher tier');
      if (item.stock < quantity) throw declined('OUT_OF_STOCK', 'Not enough stock');
      const cost = item.points_price * quantity;
      if (points.balance(memberId) < cost) throw declined('INSUFFICIENT_POINTS', 'Not enough points');
      if (takeStock.run(quantity, item.id, quantity).changes !== 1) throw declined('OUT_OF_STOCK', 'Not enough stock');
      const name = localize<'name'>(item.texts, locale).name;
      const balanceAfter = points.post(memberId, { type: 'redeem', code: 'redemption', points: -cost, reason: 'REDEMPTION', detail: name, ts: now });
      const id = newId('red');
      insertRedemption.run(id, memberId, item.id, quantity, cost, balanceAfter, item.kind === 'goods' ? null : newReference('BKV'), now);
      points.progressTasks(memberId, 'redemption_count', { add: 1 });
      return reply(201, redemptionJson(selectRedemption.get(id, memberId)!));
    },

    getRedemption({ memberId, params }) {
      const row = selectRedemption.get(params.redemptionId, memberId);
      if (!row) throw notFound('Redemption');
      return reply(200, redemptionJson(row));
    },

    getCheckInState({ memberId, now }) {
      return reply(200, checkInState(memberId, now));
    },

    checkIn({ memberId, now }) {
      const today = cstDay(now);
      if (selectCheckIn.get(memberId, today)) throw conflict('ALREADY_CHECKED_IN', 'Already checked in today');
      const streak = (selectCheckIn.get(memberId, previousDay(today))?.streak ?? 0) + 1;
      const award = CHECK_IN_LADDER[(streak - 1) % 7]!;
      insertCheckIn.run(memberId, today, streak, award, now);
      const balanceAfter = points.post(memberId, { type: 'earn', code: 'check_in', points: award, ts: now });
      points.progressTasks(memberId, 'check_in_streak', { atLeast: streak });
      const result: S['CheckInResult'] = { date: today, streak, pointsAwarded: award, balanceAfter, state: checkInState(memberId, now) };
      return reply(201, result);
    },

    listTasks({ memberId, locale }) {
      points.ensureTasks(memberId);
      return reply(200, { items: selectTasks.all(memberId).map((row) => taskJson(row, locale)) } satisfies S['TaskList']);
    },

    claimTask({ memberId, params, locale, now }) {
      points.ensureTasks(memberId);
      const row = selectTasks.all(memberId).find((t) => t.id === params.taskId);
      if (!row) throw notFound('Task');
      if (row.claimed_at !== null) throw conflict('TASK_ALREADY_CLAIMED', 'This reward was already claimed');
      if (row.progress < row.target) throw unprocessable('TASK_NOT_COMPLETED', 'The task is not completed yet');
      if (row.expires_at !== null && now >= row.expires_at) throw unprocessable('TASK_EXPIRED', 'The task has expired');
      claimTaskStmt.run(now, memberId, row.id);
      const title = localize<'title'>(row.texts, locale).title;
      const balanceAfter = points.post(memberId, { type: 'earn', code: 'task_reward', points: row.reward_points, detail: title, ts: now });
      const claimed = selectTasks.all(memberId).find((t) => t.id === row.id)!;
      const result: S['TaskClaim'] = { task: taskJson(claimed, locale), pointsAwarded: row.reward_points, balanceAfter };
      return reply(200, result);
    },
  };
}
