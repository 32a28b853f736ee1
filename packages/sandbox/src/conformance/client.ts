/**
 * The conformance kit's HTTP client: calls an operation of the contract by operationId against
 * any base URL and validates every response it receives against the contract (status declared,
 * body shape, error shape, X-Request-Id matching the body's requestId).
 */
import type { Contract, Operation } from '../contract.js';
import type { ContractValidator } from '../validate.js';

export interface CallOptions {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Raw body text instead of JSON (for malformed-input checks). */
  rawBody?: string;
  token?: string | null;
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
  /** Contract problems with this response; empty when it conforms. */
  problems: string[];
}

export class ConformanceClient {
  private readonly ops: Map<string, Operation>;

  constructor(
    private readonly baseUrl: string,
    contract: Contract,
    private readonly validator: ContractValidator,
    private readonly defaultToken: string | undefined,
    private readonly timeoutMs: number,
    /** Every response seen, for the summary check that nothing broke the contract. */
    readonly seen: { operationId: string; status: number; problems: string[] }[] = [],
  ) {
    this.ops = new Map(contract.operations.map((op) => [op.operationId, op]));
  }

  operation(operationId: string): Operation {
    const op = this.ops.get(operationId);
    if (!op) throw new Error(`conformance: the contract has no operation ${operationId}`);
    return op;
  }

  async call(operationId: string, options: CallOptions = {}): Promise<CallResult> {
    const op = this.operation(operationId);
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = options.params?.[name];
      if (value === undefined) throw new Error(`conformance: ${operationId} needs path parameter ${name}`);
      return encodeURIComponent(value);
    });
    const url = new URL(`${this.baseUrl.replace(/\/$/, '')}${path}`);
    for (const [name, value] of Object.entries(options.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    const token = options.token === undefined ? this.defaultToken : options.token;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    let payload: string | undefined;
    if (options.rawBody !== undefined) payload = options.rawBody;
    else if (options.body !== undefined) payload = JSON.stringify(options.body);
    if (payload !== undefined) headers['Content-Type'] = 'application/json';

    const response = await fetch(url, {
      method: op.method.toUpperCase(),
      headers,
      ...(payload !== undefined ? { body: payload } : {}),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await response.text();
    let body: unknown;
    const problems: string[] = [];
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        problems.push(`body is not JSON: ${text.slice(0, 80)}`);
      }
    }
    if (!(response.headers.get('content-type') ?? '').includes('application/json') && text !== '') {
      problems.push(`content-type is ${response.headers.get('content-type')}, expected application/json`);
    }
    problems.push(...(this.validator.checkResponse(op, response.status, body) ?? []));
    if (response.status >= 400) {
      const requestId = (body as { error?: { requestId?: string } } | undefined)?.error?.requestId;
      const header = response.headers.get('x-request-id');
      if (header && requestId !== header) problems.push(`error.requestId ${requestId} differs from X-Request-Id ${header}`);
    }
    this.seen.push({ operationId, status: response.status, problems });
    return { status: response.status, headers: response.headers, body, problems };
  }
}
