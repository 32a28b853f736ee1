import type { BaseClient, Caller } from '@banklet/sdk';

const cache = new WeakMap<BaseClient, Map<string, unknown>>();

/**
 * A journey's API for `client`: the client's own when it has one (a full `createClient` client,
 * or a host's decorated or test double), else the SDK resource built on the client's `request`.
 * Building it here is what keeps the five other journeys out of a widget's bundle. One instance
 * per client and resource, so idempotency intents stay in one place.
 */
export function useResource<R>(client: BaseClient, name: string, create: (call: Caller) => R): R {
  const own = (client as unknown as Record<string, unknown>)[name];
  if (own !== undefined) return own as R;
  let resources = cache.get(client);
  if (!resources) cache.set(client, (resources = new Map()));
  let resource = resources.get(name) as R | undefined;
  if (!resource) resources.set(name, (resource = create(client.request)));
  return resource;
}
