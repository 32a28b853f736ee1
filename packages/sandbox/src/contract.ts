/**
 * Reads the OpenAPI contract once per process and flattens it into the list of operations the
 * server mounts. Everything route-shaped in the sandbox comes from here, so a path or parameter
 * that exists in the contract but not in the server (or the other way round) is a start-up error,
 * not a silent gap.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const CONTRACT_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../contract/banklet.openapi.yaml');

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type JsonSchema = Record<string, unknown>;

export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: JsonSchema;
}

export interface ResponseSpec {
  /** Undefined for responses without a JSON body. */
  schema?: JsonSchema;
}

export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** Path template relative to the server URL, e.g. `/payments/{paymentId}`. */
  path: string;
  /** False for the few operations with `security: []` (demo token issue). */
  authenticated: boolean;
  parameters: ParameterSpec[];
  requestBody?: { required: boolean; schema: JsonSchema };
  responses: Record<string, ResponseSpec>;
  /** `required` when the Idempotency-Key header is mandatory, `optional` when merely honoured. */
  idempotency: 'required' | 'optional' | 'none';
}

export interface Contract {
  document: Record<string, unknown>;
  /** Path prefix of the server URL (`/v1`): every operation is mounted below it. */
  basePath: string;
  schemas: Record<string, JsonSchema>;
  operations: Operation[];
}

const METHODS: readonly HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];
let cached: Contract | undefined;

/** The parsed contract; memoized because every server start (and every test) needs it. */
export function loadContract(): Contract {
  cached ??= buildContract(parse(readFileSync(CONTRACT_PATH, 'utf8')) as Record<string, unknown>);
  return cached;
}

type Obj = Record<string, any>;

function buildContract(document: Obj): Contract {
  const components: Obj = document.components ?? {};
  const schemas: Record<string, JsonSchema> = components.schemas ?? {};
  // OpenAPI-level objects (parameters, responses) may be $refs; schemas stay as $refs and are
  // resolved by ajv, which knows every component schema.
  const deref = (value: Obj): Obj => {
    if (typeof value?.$ref !== 'string') return value;
    const parts = (value.$ref as string).replace(/^#\//, '').split('/');
    let target: any = document;
    for (const part of parts) target = target?.[part];
    if (!target) throw new Error(`contract: unresolved reference ${value.$ref}`);
    return deref(target);
  };

  const serverUrl: string = document.servers?.[0]?.url ?? '/';
  const basePath = new URL(serverUrl, 'http://placeholder').pathname.replace(/\/$/, '');
  const globalSecurity: unknown[] = document.security ?? [];

  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Obj>(document.paths ?? {})) {
    for (const method of METHODS) {
      const op: Obj | undefined = item[method];
      if (!op) continue;
      if (typeof op.operationId !== 'string') throw new Error(`contract: ${method} ${path} has no operationId`);
      const parameters: ParameterSpec[] = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((raw: Obj) => {
        const p = deref(raw);
        return { name: p.name, in: p.in, required: p.required === true || p.in === 'path', schema: p.schema ?? {} };
      });
      const responses: Record<string, ResponseSpec> = {};
      for (const [status, raw] of Object.entries<Obj>(op.responses ?? {})) {
        const response = deref(raw);
        responses[status] = { schema: response.content?.['application/json']?.schema };
      }
      const body = op.requestBody ? deref(op.requestBody) : undefined;
      const idempotencyParam = parameters.find((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
      operations.push({
        operationId: op.operationId,
        method,
        path,
        authenticated: (op.security ?? globalSecurity).length > 0,
        parameters,
        requestBody: body
          ? { required: body.required === true, schema: body.content?.['application/json']?.schema ?? {} }
          : undefined,
        responses,
        idempotency: idempotencyParam ? (idempotencyParam.required ? 'required' : 'optional') : 'none',
      });
    }
  }
  return { document, basePath, schemas, operations };
}
