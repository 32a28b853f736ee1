import { SDK_RESOURCE, type BaseClient, type Caller } from '@banklet/sdk';

const cache = new WeakMap<BaseClient, Map<string, unknown>>();

/**
 * A journey's API for `client`: the client's own when the host put one there (a decorated or
 * test double), else the SDK resource built on the client's `request` (also for a full
 * `createClient` client, whose attached resources are marked as the SDK's own).
 * Building it here is what keeps the five other journeys out of a widget's bundle.
 *
 * `locale` is the language of the widget making the calls (its resolved `lang`): the server's
 * texts (product names, offer titles, tier names) come back in it, and so do error messages, even
 * when one page shows widgets in two languages. One instance per client, resource and language.
 */
export function useResource<R>(client: BaseClient, name: string, create: (call: Caller) => R, locale?: string): R {
  const own = (client as unknown as Record<string, { [SDK_RESOURCE]?: true } | undefined>)[name];
  if (own !== undefined && !own[SDK_RESOURCE]) return own as R;
  let resources = cache.get(client);
  if (!resources) cache.set(client, (resources = new Map()));
  const key = `${name}|${locale ?? ''}`;
  let resource = resources.get(key) as R | undefined;
  if (!resource) {
    const call: Caller = locale ? (request) => client.request({ locale, ...request }) : client.request;
    resources.set(key, (resource = create(call)));
  }
  return resource;
}
