/**
 * Test-only fake of `client.rewards` (not shipped: imported by the tests alone). It keeps a
 * member's points in memory with the contract's rules — balance checks, stock, tiers, one
 * check-in per day, claimable tasks — so the widget's own behaviour is what the tests observe.
 */
import { bankletError, createClient, type BankletClient, type BankletError, type Result } from '@banklet/sdk';
import { monthOf } from '../aggregate.js';
import type { CatalogueItem, CheckInState, LedgerEntry, RewardsAccount, RewardsApi, Task } from '../api.js';
import { until as poll } from '../../internal/testing/sandbox.js';

export const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export const TIERS: RewardsAccount['tiers'] = [
  { id: 'potential', name: '普卡', rank: 1, threshold: 0, benefits: ['生日当月双倍积分'] },
  { id: 'low', name: '银卡', rank: 2, threshold: 5_000, benefits: ['每月一次免费停车', '生日当月双倍积分'] },
  { id: 'mid', name: '金卡', rank: 3, threshold: 20_000, benefits: ['机场贵宾厅每年 2 次', '积分兑换九五折'] },
  { id: 'high', name: '白金卡', rank: 4, threshold: 100_000, benefits: ['机场贵宾厅不限次', '专属客户经理'] },
];

export function catalogueItem(id: string, overrides: Partial<CatalogueItem> = {}): CatalogueItem {
  return {
    id, kind: 'goods', name: `商品 ${id}`, description: '包邮到家', imageUrl: PNG, imageAlt: `${id} 图片`,
    pointsPrice: 1_000, stock: 10, minTier: 'potential', available: true, unavailableReason: null, ...overrides,
  };
}

export const CATALOGUE: CatalogueItem[] = [
  catalogueItem('cup', { name: '保温杯', pointsPrice: 1_200, stock: 5 }),
  catalogueItem('coffee', { kind: 'coupon', name: '咖啡券', pointsPrice: 800, stock: 100 }),
  catalogueItem('lounge', { kind: 'travel', name: '机场贵宾厅', pointsPrice: 3_000, stock: 0, available: false, unavailableReason: 'OUT_OF_STOCK' }),
  catalogueItem('waiver', { kind: 'fee_waiver', name: '年费减免', pointsPrice: 2_000, minTier: 'high', available: false, unavailableReason: 'TIER_LOCKED' }),
  catalogueItem('suitcase', { name: '行李箱', pointsPrice: 9_000, available: false, unavailableReason: 'INSUFFICIENT_POINTS' }),
];

const MINUTE = 60_000;

/** `count` entries, newest first, one every `spacingMinutes`, cycling through the four types. */
export function generateLedger(count: number, spacingMinutes = 5, start = Date.now()): LedgerEntry[] {
  const types: LedgerEntry['type'][] = ['earn', 'earn', 'redeem', 'earn', 'expire', 'earn', 'adjust'];
  return Array.from({ length: count }, (_, i) => {
    const type = types[i % types.length]!;
    const points = type === 'earn' ? 10 + (i % 90) : type === 'adjust' ? (i % 2 ? 50 : -50) : -(20 + (i % 30));
    return {
      id: `e${i}`,
      type,
      date: new Date(start - i * spacingMinutes * MINUTE).toISOString(),
      description: type === 'earn' ? `消费返积分 #${i}` : type === 'redeem' ? `积分兑换 #${i}` : type === 'expire' ? '积分到期' : '积分调整',
      merchant: type === 'earn' ? '星巴克' : null,
      reason: type === 'earn' ? null : type === 'expire' ? '超过有效期' : '客服调整',
      points,
    };
  });
}

export interface FakeRewards {
  client: BankletClient & RewardsApi;
  account: RewardsAccount;
  ledger: LedgerEntry[];
  catalogue: CatalogueItem[];
  checkIn: CheckInState;
  tasks: Task[];
  calls: { ledger: Record<string, unknown>[]; redeem: string[]; checkIn: number; claim: string[]; account: number; catalogue: number };
  /** When set, every call resolves to this error (a network outage, say). */
  failWith?: BankletError;
  /** Delay of mutating calls, so tests can tap again while one is in flight. */
  latency: number;
}

let clients = 0;

export function fakeRewards(options: { entries?: number | LedgerEntry[]; balance?: number; baseUrl?: string; memberId?: string } = {}): FakeRewards {
  clients += 1;
  const ledger = Array.isArray(options.entries) ? options.entries : generateLedger(options.entries ?? 250);
  const fake: FakeRewards = {
    client: undefined!,
    account: {
      memberId: options.memberId ?? 'm-test',
      balance: options.balance ?? 5_000,
      tier: TIERS[1]!,
      tiers: TIERS,
      progress: { qualifyingPoints: 12_000, nextTier: 'mid', pointsToNextTier: 8_000, percent: 47 },
      expiring: { points: 320, windowDays: 30, firstExpiry: '2026-12-15' },
    },
    ledger,
    catalogue: CATALOGUE.map((item) => ({ ...item })),
    checkIn: {
      checkedInToday: false, streak: 2, today: '2026-11-23', nextReward: 15,
      ladder: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, points: day * 5, state: day < 3 ? 'done' : day === 3 ? 'today' : 'upcoming' })),
    },
    tasks: [
      { id: 't-pay', title: '完成 3 笔支付', description: '本月用卡支付 3 次', kind: 'payment_count', target: 3, progress: 3, rewardPoints: 200, status: 'claimable', expiresAt: null },
      { id: 't-redeem', title: '首次兑换', description: '用积分兑换任意商品', kind: 'redemption_count', target: 1, progress: 0, rewardPoints: 100, status: 'in_progress', expiresAt: '2026-12-31T15:59:59Z' },
      { id: 't-streak', title: '连续签到 7 天', description: '每天签到', kind: 'check_in_streak', target: 7, progress: 7, rewardPoints: 300, status: 'claimed', expiresAt: null },
    ],
    calls: { ledger: [], redeem: [], checkIn: 0, claim: [], account: 0, catalogue: 0 },
    latency: 20,
  };
  const answer = async <T>(data: () => T, delay = 0): Promise<Result<T>> => {
    if (delay) await new Promise((r) => setTimeout(r, delay));
    return fake.failWith ? { error: fake.failWith } : { data: data() };
  };
  const base = createClient({ baseUrl: options.baseUrl ?? `https://bank.example/t${clients}-${Math.random().toString(36).slice(2)}`, fetchToken: async () => 't' });
  const rewards: RewardsApi['rewards'] = {
    account: () => {
      fake.calls.account += 1;
      return answer(() => structuredClone(fake.account));
    },
    ledger: (query) => {
      fake.calls.ledger.push({ ...query });
      return answer(() => {
        const matching = query.type || query.month
          ? fake.ledger.filter((e) => (!query.type || e.type === query.type) && (!query.month || monthOf(e.date) === query.month))
          : fake.ledger;
        const start = query.cursor ? Number(query.cursor) : 0;
        const end = start + (query.limit ?? 20);
        return { items: matching.slice(start, end), nextCursor: end < matching.length ? String(end) : null };
      });
    },
    catalogue: () => {
      fake.calls.catalogue += 1;
      return answer(() => ({ items: structuredClone(fake.catalogue) }));
    },
    redeem: async ({ itemId, quantity = 1 }) => {
      fake.calls.redeem.push(itemId);
      await new Promise((r) => setTimeout(r, fake.latency));
      if (fake.failWith) return { error: fake.failWith };
      const item = fake.catalogue.find((i) => i.id === itemId);
      if (!item) return { error: bankletError('validation', 'NOT_FOUND', '没有这个商品') };
      const cost = item.pointsPrice * quantity;
      if (item.stock < quantity) return { error: bankletError('declined', 'OUT_OF_STOCK', '已兑完') };
      if (fake.account.balance < cost) return { error: bankletError('declined', 'INSUFFICIENT_POINTS', '积分不足') };
      item.stock -= quantity;
      fake.account.balance -= cost;
      const createdAt = new Date().toISOString();
      fake.ledger.unshift({ id: `r-${fake.calls.redeem.length}`, type: 'redeem', date: createdAt, description: `兑换 ${item.name}`, merchant: null, reason: '积分兑换', points: -cost });
      return { data: { id: `rd-${fake.calls.redeem.length}`, itemId, quantity, pointsSpent: cost, status: 'succeeded', balanceAfter: fake.account.balance, voucherCode: item.kind === 'coupon' ? 'CAFE-2026' : null, createdAt } };
    },
    checkInState: () => answer(() => structuredClone(fake.checkIn)),
    checkIn: async () => {
      fake.calls.checkIn += 1;
      await new Promise((r) => setTimeout(r, fake.latency));
      if (fake.checkIn.checkedInToday) return { error: bankletError('validation', 'ALREADY_CHECKED_IN', '今天已经签到过了', { status: 409 }) };
      const points = fake.checkIn.nextReward;
      fake.checkIn = {
        ...fake.checkIn, checkedInToday: true, streak: fake.checkIn.streak + 1, nextReward: 20,
        ladder: fake.checkIn.ladder.map((r) => ({ ...r, state: r.state === 'today' ? 'done' : r.state })),
      };
      fake.account.balance += points;
      return { data: { date: fake.checkIn.today, streak: fake.checkIn.streak, pointsAwarded: points, balanceAfter: fake.account.balance, state: structuredClone(fake.checkIn) } };
    },
    tasks: () => answer(() => ({ items: structuredClone(fake.tasks) })),
    claimTask: async (taskId) => {
      fake.calls.claim.push(taskId);
      await new Promise((r) => setTimeout(r, fake.latency));
      const task = fake.tasks.find((t) => t.id === taskId);
      if (!task || task.status !== 'claimable') return { error: bankletError('declined', 'NOT_CLAIMABLE', '任务还不能领取') };
      task.status = 'claimed';
      fake.account.balance += task.rewardPoints;
      return { data: { task: structuredClone(task), pointsAwarded: task.rewardPoints, balanceAfter: fake.account.balance } };
    },
  };
  fake.client = Object.assign(base, { rewards });
  return fake;
}

/**
 * Resolves once `check` returns something truthy: the shared poller, with the wallet tests'
 * argument order (timeout before what) and their shorter default timeout.
 */
export const until = <T>(check: () => T, timeout = 5_000, what = 'condition') => poll(check, what, timeout);
