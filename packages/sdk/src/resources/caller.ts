import type { Result } from '../errors.js';
import type { ApiRequest } from '../request.js';

/** The client's request function as resources see it. */
export type Caller = <T>(request: ApiRequest<T>) => Promise<Result<T>>;

/** Path segment from an id, so an id can never add a segment or a query to the path. */
export const seg = (id: string): string => encodeURIComponent(id);
