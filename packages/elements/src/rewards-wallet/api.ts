import type { Result } from '@banklet/sdk';
import type { components } from '@banklet/sdk/generated';

type S = components['schemas'];
export type RewardsAccount = S['RewardsAccount'];
export type LedgerEntry = S['LedgerEntry'];
export type LedgerPage = S['LedgerPage'];
export type Catalogue = S['Catalogue'];
export type CatalogueItem = S['CatalogueItem'];
export type Redemption = S['Redemption'];
export type CheckInState = S['CheckInState'];
export type CheckInResult = S['CheckInResult'];
export type Task = S['Task'];
export type TaskList = S['TaskList'];
export type TaskClaim = S['TaskClaim'];

type Options = { signal?: AbortSignal };

/**
 * What the wallet needs from the client: `client.rewards` of @banklet/sdk, narrowed to the calls
 * it makes, so a host can also hand it an adapter over its own backend.
 */
export interface RewardsApi {
  rewards: {
    account(options?: Options): Promise<Result<RewardsAccount>>;
    ledger(query: { cursor?: string; limit?: number; type?: LedgerEntry['type']; month?: string }, options?: Options): Promise<Result<LedgerPage>>;
    catalogue(query?: { kind?: CatalogueItem['kind'] }, options?: Options): Promise<Result<Catalogue>>;
    /** Idempotent: the SDK keys the request by item until it reaches an outcome. */
    redeem(body: { itemId: string; quantity?: number }, options?: Options): Promise<Result<Redemption>>;
    checkInState(options?: Options): Promise<Result<CheckInState>>;
    checkIn(options?: Options): Promise<Result<CheckInResult>>;
    tasks(options?: Options): Promise<Result<TaskList>>;
    claimTask(taskId: string, options?: Options): Promise<Result<TaskClaim>>;
  };
}
