import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { emptySummary, mergeSummaries, monthOf, summarize, type AggregatableEntry, type EntryType } from './aggregate.js';
import { createAggregator } from './aggregator.js';
import { LedgerModel, toRows, type LedgerEntry } from './ledger-model.js';
import { recentMonths, redeemBlock } from './wallet.js';
import { generateLedger, TIERS } from './testing/fake-rewards.js';

const TYPES: EntryType[] = ['earn', 'redeem', 'expire', 'adjust'];
// 2020-01-01 … 2030-01-01: covers month and year edges in UTC+8.
const arbEntry: fc.Arbitrary<AggregatableEntry> = fc.record({
  type: fc.constantFrom(...TYPES),
  date: fc.integer({ min: 1_577_836_800_000, max: 1_893_456_000_000 }).map((ms) => new Date(ms).toISOString()),
  points: fc.integer({ min: -1_000_000, max: 1_000_000 }),
});
const arbEntries = fc.array(arbEntry, { maxLength: 200 });

describe('aggregate (property tests)', () => {
  it('summarizing a concatenation equals merging the summaries (pages can be aggregated one by one)', () => {
    fc.assert(fc.property(arbEntries, arbEntries, (a, b) => {
      expect(mergeSummaries(summarize(a), summarize(b))).to.deep.equal(summarize([...a, ...b]));
    }));
  });

  it('merge is associative and commutative with the empty summary as identity', () => {
    fc.assert(fc.property(arbEntries, arbEntries, arbEntries, (a, b, c) => {
      const [sa, sb, sc] = [summarize(a), summarize(b), summarize(c)];
      expect(mergeSummaries(mergeSummaries(sa, sb), sc)).to.deep.equal(mergeSummaries(sa, mergeSummaries(sb, sc)));
      expect(mergeSummaries(sa, sb)).to.deep.equal(mergeSummaries(sb, sa));
      expect(mergeSummaries(sa, emptySummary())).to.deep.equal(sa);
      expect(mergeSummaries(emptySummary(), sa)).to.deep.equal(sa);
    }));
  });

  it('months and types each add up to the total, and net equals the sum of signed points', () => {
    fc.assert(fc.property(arbEntries, (entries) => {
      const summary = summarize(entries);
      const sum = (key: 'earned' | 'spent' | 'count', rows: { earned: number; spent: number; count: number }[]) => rows.reduce((n, r) => n + r[key], 0);
      for (const key of ['earned', 'spent', 'count'] as const) {
        expect(sum(key, Object.values(summary.months))).to.equal(summary.total[key]);
        expect(sum(key, Object.values(summary.types))).to.equal(summary.total[key]);
      }
      expect(summary.total.earned - summary.total.spent).to.equal(entries.reduce((n, e) => n + e.points, 0));
      expect(summary.total.count).to.equal(entries.length);
    }));
  });

  it('is independent of entry order', () => {
    fc.assert(fc.property(arbEntries.chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }))), ([entries, shuffled]) => {
      expect(summarize(shuffled)).to.deep.equal(summarize(entries));
    }));
  });

  it('groups by calendar month in China Standard Time', () => {
    expect(monthOf('2026-10-31T15:59:59.999Z')).to.equal('2026-10');
    expect(monthOf('2026-10-31T16:00:00.000Z')).to.equal('2026-11');
    expect(monthOf('2025-12-31T16:00:00Z')).to.equal('2026-01');
    const summary = summarize([
      { type: 'earn', date: '2026-10-31T16:30:00Z', points: 100 },
      { type: 'redeem', date: '2026-10-31T15:30:00Z', points: -40 },
    ]);
    expect(summary.months).to.deep.equal({ '2026-11': { earned: 100, spent: 0, count: 1 }, '2026-10': { earned: 0, spent: 40, count: 1 } });
  });
});

describe('aggregator (worker and main-thread fallback)', () => {
  const entries = generateLedger(2_000, 37);

  it('computes the same summary in the worker as on the main thread', async () => {
    const aggregator = createAggregator(new URL('./ledger.worker.ts', import.meta.url));
    try {
      const summary = await aggregator.summarize(entries);
      expect(aggregator.mode).to.equal('worker');
      expect(summary).to.deep.equal(summarize(entries));
    } finally {
      aggregator.dispose();
    }
  });

  it('falls back to the main thread when the worker cannot load, answering calls already in flight', async () => {
    const aggregator = createAggregator(new URL('./no-such-worker.js', import.meta.url));
    try {
      const summary = await aggregator.summarize(entries);
      expect(aggregator.mode).to.equal('main');
      expect(summary).to.deep.equal(summarize(entries));
      expect(await aggregator.summarize(entries.slice(0, 10))).to.deep.equal(summarize(entries.slice(0, 10)));
    } finally {
      aggregator.dispose();
    }
  });
});

describe('ledger model', () => {
  it('adds a month header wherever the month changes, across pages, and skips repeated entries', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 60 }), (count, split) => {
      const entries = generateLedger(count, 60 * 24 * 3, Date.UTC(2026, 10, 20));
      const model = new LedgerModel({ type: '', month: '' });
      model.append(entries.slice(0, split), 'c1');
      // The second page repeats the last entry of the first, as a cursor may after new activity.
      model.append(entries.slice(Math.max(0, split - 1)), null);
      expect(model.rows).to.deep.equal(toRows(entries, undefined));
      expect(model.entries.length).to.equal(count);
      const headers = model.rows.filter((row) => row.kind === 'month').map((row) => row.month);
      expect(headers).to.deep.equal([...new Set(entries.map((e) => monthOf(e.date)))]);
      expect(model.done).to.equal(true);
    }));
  });

  it('prepends newer entries without duplicating', () => {
    const entries = generateLedger(10);
    const model = new LedgerModel({ type: '', month: '' });
    model.append(entries.slice(2), null);
    const added = model.prepend(entries.slice(0, 5) as LedgerEntry[]);
    expect(added.map((e) => e.id)).to.deep.equal(['e0', 'e1']);
    expect(model.entries.map((e) => e.id)).to.deep.equal(entries.map((e) => e.id));
  });
});

describe('wallet helpers', () => {
  const item = { pointsPrice: 1_000, stock: 3, minTier: 'mid' as const, unavailableReason: null };

  it('explains why an item cannot be redeemed: stock first, then tier, then points', () => {
    const low = TIERS[1]!;
    const mid = TIERS[2]!;
    expect(redeemBlock({ ...item, stock: 0 }, 0, low, TIERS)).to.equal('OUT_OF_STOCK');
    expect(redeemBlock(item, 0, low, TIERS)).to.equal('TIER_LOCKED');
    expect(redeemBlock(item, 999, mid, TIERS)).to.equal('INSUFFICIENT_POINTS');
    expect(redeemBlock(item, 1_000, mid, TIERS)).to.equal(undefined);
    // A stale server reason about points gives way to the balance we know now.
    expect(redeemBlock({ ...item, unavailableReason: 'INSUFFICIENT_POINTS' }, 5_000, mid, TIERS)).to.equal(undefined);
  });

  it('never lets a balance below the price through, whatever the numbers', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 10 }), (price, balance, quantity) => {
      const block = redeemBlock({ pointsPrice: price, stock: 100, minTier: 'potential', unavailableReason: null }, balance, TIERS[0], TIERS, quantity);
      expect(block === 'INSUFFICIENT_POINTS').to.equal(balance < price * quantity);
    }));
  });

  it('offers the last twelve CST months, newest first, across a year boundary', () => {
    expect(recentMonths(Date.UTC(2026, 0, 31, 17), 3)).to.deep.equal(['2026-02', '2026-01', '2025-12']);
    expect(recentMonths(Date.UTC(2026, 10, 23)).length).to.equal(12);
  });
});

describe('shared aggregator', () => {
  it('gives every wallet on the page the same worker, and keeps it usable while any holds it', async () => {
    const { acquireAggregator, releaseAggregator } = await import('./aggregator.js');
    const url = new URL('./ledger.worker.ts', import.meta.url);
    const a = acquireAggregator(url);
    const b = acquireAggregator(url);
    expect(a).to.equal(b);
    releaseAggregator(a);
    const entries = generateLedger(50);
    expect(await b.summarize(entries)).to.deep.equal(summarize(entries));
    expect(b.mode).to.equal('worker');
    releaseAggregator(b);
  });
});
