import type { components, operations } from '../generated/openapi.js';
import { arrayOf, isBoolean, isInteger, isString, nullable, oneOf, shape } from '../guards.js';
import type { RequestOptions } from '../request.js';
import { seg, type Caller } from './caller.js';

type S = components['schemas'];
export type RewardsAccount = S['RewardsAccount'];
export type LedgerEntry = S['LedgerEntry'];
export type LedgerPage = S['LedgerPage'];
export type LedgerQuery = NonNullable<operations['listLedgerEntries']['parameters']['query']>;
export type CatalogueQuery = NonNullable<operations['listCatalogue']['parameters']['query']>;
export type Catalogue = S['Catalogue'];
export type CatalogueItem = S['CatalogueItem'];
export type RedemptionRequest = S['RedemptionRequest'];
export type Redemption = S['Redemption'];
export type CheckInState = S['CheckInState'];
export type CheckInResult = S['CheckInResult'];
export type Task = S['Task'];
export type TaskList = S['TaskList'];
export type TaskClaim = S['TaskClaim'];

// `benefits` is listed by the wallet's summary; without this check a tier missing it crashed the
// wallet's render instead of reporting MALFORMED_RESPONSE (hostile-input.test.ts).
const isTier = shape({ id: isString, name: isString, rank: isInteger, threshold: isInteger, benefits: arrayOf(isString) });
const isAccount = shape({
  balance: isInteger,
  tier: isTier,
  tiers: arrayOf(isTier),
  progress: shape({ qualifyingPoints: isInteger, nextTier: nullable(isString), pointsToNextTier: isInteger }),
  expiring: shape({ points: isInteger, firstExpiry: nullable(isString) }),
});
const isLedgerPage = shape({
  items: arrayOf(shape({ id: isString, type: oneOf('earn', 'redeem', 'expire', 'adjust'), date: isString, points: isInteger })),
  nextCursor: nullable(isString),
});
const isCatalogue = shape({
  items: arrayOf(shape({ id: isString, name: isString, pointsPrice: isInteger, stock: isInteger, available: isBoolean })),
});
const isRedemption = shape({ id: isString, itemId: isString, pointsSpent: isInteger, status: oneOf('succeeded'), balanceAfter: isInteger });
const isCheckInState = shape({
  checkedInToday: isBoolean,
  streak: isInteger,
  ladder: arrayOf(shape({ day: isInteger, points: isInteger, state: oneOf('done', 'today', 'upcoming') })),
  nextReward: isInteger,
});
const isCheckInResult = shape({ streak: isInteger, pointsAwarded: isInteger, balanceAfter: isInteger, state: isCheckInState });
const isTask = shape({ id: isString, title: isString, target: isInteger, progress: isInteger, rewardPoints: isInteger, status: oneOf('in_progress', 'claimable', 'claimed') });
const isTaskList = shape({ items: arrayOf(isTask) });
const isTaskClaim = shape({ task: isTask, pointsAwarded: isInteger, balanceAfter: isInteger });

/** Points: account, history, catalogue and redemptions, daily check-in, milestone tasks. */
export function rewardsResource(call: Caller) {
  return {
    account: (options?: RequestOptions) => call<RewardsAccount>({ ...options, method: 'GET', path: '/rewards/account', check: isAccount }),
    /** One page of points history, newest first; pass `nextCursor` back as `cursor`. */
    ledger: (query: LedgerQuery = {}, options?: RequestOptions) =>
      call<LedgerPage>({ ...options, method: 'GET', path: '/rewards/ledger', query: { ...query }, check: isLedgerPage }),
    catalogue: (query: CatalogueQuery = {}, options?: RequestOptions) =>
      call<Catalogue>({ ...options, method: 'GET', path: '/rewards/catalogue', query: { ...query }, check: isCatalogue }),
    /**
     * Redeems points. The intent names the item, so a retry or reload of this redemption reuses
     * its key, while a later redemption of the same item (after this one succeeded) is new.
     */
    redeem: (body: RedemptionRequest, options?: RequestOptions) =>
      call<Redemption>({
        ...options,
        method: 'POST',
        path: '/rewards/redemptions',
        body,
        idempotency: { intent: `redemption:${body.itemId}` },
        check: isRedemption,
      }),
    redemption: (redemptionId: string, options?: RequestOptions) =>
      call<Redemption>({ ...options, method: 'GET', path: `/rewards/redemptions/${seg(redemptionId)}`, check: isRedemption }),
    checkInState: (options?: RequestOptions) =>
      call<CheckInState>({ ...options, method: 'GET', path: '/rewards/check-ins', check: isCheckInState }),
    checkIn: (options?: RequestOptions) =>
      call<CheckInResult>({ ...options, method: 'POST', path: '/rewards/check-ins', idempotency: { intent: 'check-in' }, check: isCheckInResult }),
    tasks: (options?: RequestOptions) => call<TaskList>({ ...options, method: 'GET', path: '/rewards/tasks', check: isTaskList }),
    claimTask: (taskId: string, options?: RequestOptions) =>
      call<TaskClaim>({
        ...options,
        method: 'POST',
        path: `/rewards/tasks/${seg(taskId)}/claim`,
        idempotency: { intent: `task-claim:${taskId}` },
        check: isTaskClaim,
      }),
  };
}

export type RewardsResource = ReturnType<typeof rewardsResource>;
