import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatMoney } from './format.js';
import {
  addMoney,
  allocateInstalments,
  compareMoney,
  divide,
  instalmentFee,
  moneyToPoints,
  parseMoneyInput,
  pointsToMoney,
  splitPointsAndCash,
  subtractMoney,
  type PointsRate,
} from './money.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const RATE: PointsRate = { points: 100, value: cny(100) }; // 100 points = ¥1.00
const amount = fc.integer({ min: 0, max: 10 ** 12 });
const anyRate = fc.record({ points: fc.integer({ min: 1, max: 10_000 }), value: fc.integer({ min: 1, max: 10_000 }).map(cny) });

describe('money', () => {
  it('adds, subtracts and compares within one currency, and refuses to mix currencies', () => {
    expect(addMoney(cny(150), cny(250))).to.deep.equal(cny(400));
    expect(subtractMoney(cny(150), cny(250))).to.deep.equal(cny(-100));
    expect(compareMoney(cny(1), cny(2))).to.equal(-1);
    expect(compareMoney(cny(2), cny(2))).to.equal(0);
    expect(() => addMoney(cny(1), { amount: 1, currency: 'USD' })).to.throw(TypeError);
    expect(() => addMoney(cny(Number.MAX_SAFE_INTEGER), cny(1))).to.throw(RangeError);
  });

  it('rounds divisions exactly as asked', () => {
    expect([7n, -7n].map((n) => divide(n, 2n, 'floor'))).to.deep.equal([3n, -4n]);
    expect([7n, -7n].map((n) => divide(n, 2n, 'ceil'))).to.deep.equal([4n, -3n]);
    expect([5n, 7n, -5n].map((n) => divide(n, 2n, 'half-up'))).to.deep.equal([3n, 4n, -2n]);
    expect([5n, 7n, 6n].map((n) => divide(n, 4n, 'half-even'))).to.deep.equal([1n, 2n, 2n]);
  });

  it('converts points and money with explicit rounding', () => {
    expect(pointsToMoney(150, { points: 100, value: cny(1) })).to.deep.equal(cny(1)); // 1.5 fen rounds down
    expect(moneyToPoints(cny(1), { points: 150, value: cny(1) })).to.equal(150);
    expect(moneyToPoints(cny(3), { points: 100, value: cny(2) })).to.equal(150);
    expect(moneyToPoints(cny(3), { points: 1, value: cny(2) })).to.equal(2); // ceil: enough points
  });

  it('splits points + cash into parts that always sum to the total', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 10 ** 12 }), anyRate, (total, points, rate) => {
        const split = splitPointsAndCash(cny(total), points, rate);
        return (
          split.pointsValue.amount + split.cash.amount === total &&
          split.cash.amount >= 0 &&
          split.pointsValue.amount >= 0 &&
          split.points <= points &&
          Number.isInteger(split.points) &&
          // points never pay more than they are worth, unless they cover the whole total
          (split.cash.amount === 0 || split.pointsValue.amount <= (split.points * rate.value.amount) / rate.points)
        );
      }),
    );
    expect(splitPointsAndCash(cny(12345), 5000, RATE)).to.deep.equal({ points: 5000, pointsValue: cny(5000), cash: cny(7345) });
    expect(splitPointsAndCash(cny(12345), 99_999, RATE)).to.deep.equal({ points: 12345, pointsValue: cny(12345), cash: cny(0) });
  });

  it('allocates instalments that sum exactly to total + fee, deterministically', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 36 }), fc.constantFrom('first', 'spread' as const), (total, fee, periods, mode) => {
        const parts = allocateInstalments(cny(total), periods, cny(fee), mode as 'first' | 'spread');
        const amounts = parts.map((p) => p.amount);
        const again = allocateInstalments(cny(total), periods, cny(fee), mode as 'first' | 'spread').map((p) => p.amount);
        const max = Math.max(...amounts);
        const min = Math.min(...amounts);
        return (
          parts.length === periods &&
          amounts.reduce((a, b) => a + b, 0) === total + fee &&
          amounts.every(Number.isInteger) &&
          JSON.stringify(again) === JSON.stringify(amounts) &&
          (mode === 'spread' ? max - min <= 1 : amounts.slice(1).every((a) => a === amounts[1]))
        );
      }),
    );
    // The contract's example shape: 3 periods of 100.00 + 1.80% fee.
    const fee = instalmentFee(cny(10_000), 180);
    expect(fee).to.deep.equal(cny(180));
    expect(allocateInstalments(cny(10_000), 3, fee).map((m) => m.amount)).to.deep.equal([3394, 3393, 3393]);
  });

  it('parses what people type: grouping, currency signs, full-width digits', () => {
    const cases: Array<[string, string, string, number | null]> = [
      ['1,234.5', 'CNY', 'en', 123450],
      ['¥1234.50', 'CNY', 'zh-CN', 123450],
      ['￥１，２３４．５０', 'CNY', 'zh-CN', 123450],
      ['１２３４', 'CNY', 'zh-CN', 123400],
      [' 88 元', 'CNY', 'zh-CN', 8800],
      ['CN¥1,000.00', 'CNY', 'en', 100000],
      ['CNY 12', 'CNY', 'en', 1200],
      ['.5', 'CNY', 'en', 50],
      ['1.500', 'CNY', 'en', 150],
      ['1.234,5', 'EUR', 'de', 123450],
      ['1,234', 'JPY', 'ja', 1234],
      ['12.345', 'CNY', 'en', null],
      ['1.5', 'JPY', 'ja', null],
      ['1,23', 'CNY', 'en', null],
      ['-5', 'CNY', 'en', null],
      ['12abc', 'CNY', 'en', null],
      ['', 'CNY', 'en', null],
      ['.', 'CNY', 'en', null],
      ['99999999999999999999', 'CNY', 'en', null],
    ];
    for (const [text, currency, locale, expected] of cases) {
      expect(parseMoneyInput(text, currency, locale), `${text} (${currency}, ${locale})`).to.equal(expected);
    }
  });

  it('formats large amounts exactly, and parses its own output back', () => {
    expect(formatMoney(cny(Number.MAX_SAFE_INTEGER), 'en')).to.equal('CN¥90,071,992,547,409.91');
    expect(formatMoney(cny(-5), 'zh-CN')).to.equal('-¥0.05');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom('zh-CN', 'en', 'de', 'fr'), fc.constantFrom('CNY', 'JPY', 'BHD'), (n, locale, currency) => {
        const text = formatMoney({ amount: n, currency }, locale);
        const digitsOnly = text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
        return parseMoneyInput(text, currency, locale) === n && BigInt(digitsOnly) === BigInt(n);
      }),
    );
  });
});
