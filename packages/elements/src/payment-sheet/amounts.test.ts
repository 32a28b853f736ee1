import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cashPart, clampPoints, maxCombinablePoints, minorToPoints, needsStepUp, pointsToMinor, quoteInstalments, type PointsCashRules, type PointsRate } from './amounts.js';

const rateArb = fc.record({
  points: fc.integer({ min: 1, max: 1000 }),
  value: fc.record({ amount: fc.integer({ min: 1, max: 1000 }), currency: fc.constant('CNY') }),
}) as fc.Arbitrary<PointsRate>;
const rules: PointsCashRules = { allowed: true, minPoints: 100, maxPoints: 1_000_000, stepPoints: 100, maxSharePercent: 50 };

describe('payment amounts', () => {
  it('points + cash always add up exactly to the amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 50_000_000 }), rateArb, (amount, points, rate) => {
        const cash = cashPart(amount, points, rate);
        const byPoints = Math.min(amount, pointsToMinor(points, rate));
        expect(cash + byPoints).to.equal(amount);
        expect(Number.isInteger(cash)).to.equal(true);
      }),
    );
  });

  it('the points for an amount always cover it, and one point fewer does not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), rateArb, (amount, rate) => {
        const points = minorToPoints(amount, rate);
        expect(pointsToMinor(points, rate)).to.be.at.least(amount);
        expect(pointsToMinor(points - 1, rate)).to.be.lessThan(amount);
      }),
    );
  });

  it('usable points respect the share cap, the balance and the step', () => {
    const rate: PointsRate = { points: 100, value: { amount: 100, currency: 'CNY' } };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (amount, balance) => {
        const max = maxCombinablePoints(amount, balance, rules, rate);
        expect(max % rules.stepPoints).to.equal(0);
        expect(max).to.be.at.most(balance);
        expect(pointsToMinor(max, rate)).to.be.at.most(Math.floor(amount / 2) + 1);
        if (max > 0) expect(max).to.be.at.least(rules.minPoints);
        const snapped = clampPoints(max + 37, max, rules);
        expect(snapped === 0 || (snapped <= max && snapped % rules.stepPoints === 0)).to.equal(true);
      }),
    );
  });

  it('instalments sum exactly to principal plus fee, the first carrying the remainder', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.constantFrom(3, 6, 12), fc.integer({ min: 0, max: 2000 }), (principal, periods, rate) => {
        const q = quoteInstalments(principal, { periods: periods as 3 | 6 | 12, feeRatePercentTimes100: rate });
        expect(q.total).to.equal(principal + q.fee);
        expect(q.firstPeriod + q.perPeriod * (periods - 1)).to.equal(q.total);
        expect(q.firstPeriod - q.perPeriod).to.be.within(0, periods - 1);
      }),
    );
  });

  it('matches the contract examples: 1.80% on ¥1,000.00 over 3 periods', () => {
    expect(quoteInstalments(100_000, { periods: 3, feeRatePercentTimes100: 180 })).to.deep.equal({ fee: 1_800, total: 101_800, perPeriod: 33_933, firstPeriod: 33_934 });
    expect(needsStepUp(20_000, 20_000, null)).to.equal(false);
    expect(needsStepUp(20_001, 20_000, null)).to.equal(true);
    expect(needsStepUp(100, 20_000, 3)).to.equal(true);
  });
});
