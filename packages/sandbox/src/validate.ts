/**
 * Request and response validation, compiled with ajv from the contract's own schemas.
 *
 * Three ajv instances because the three jobs want different semantics:
 *  - bodies: defaults filled in (`quantity: 1`), no type coercion — JSON has real types;
 *  - path/query parameters: coerced from strings (`limit=20` is an integer) with defaults;
 *  - responses: neither, so a response that only passes after "fixing" it is still a violation.
 * Errors are turned into the contract's field-level shape (`{ field, code, params }`).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Contract, JsonSchema, Operation } from './contract.js';
import type { FieldError } from './errors.js';

// ajv-formats is CommonJS with `exports.default`; depending on the loader the default import is
// the plugin itself or the module object around it.
const addFormats: (ajv: Ajv2020) => unknown =
  (addFormatsModule as unknown as { default?: (ajv: Ajv2020) => unknown }).default ??
  (addFormatsModule as unknown as (ajv: Ajv2020) => unknown);

const SCHEMA_ID = 'banklet';

export interface RequestInput {
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  /** Parsed JSON body, or `undefined` when the request had none. */
  body: unknown;
}

export interface ValidRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

export type RequestCheck = { ok: true; value: ValidRequest } | { ok: false; fields: FieldError[] };

interface CompiledOperation {
  params: ValidateFunction;
  query: ValidateFunction;
  headers: { name: string; required: boolean; validate: ValidateFunction }[];
  body?: { required: boolean; validate: ValidateFunction };
  responses: Map<string, ValidateFunction | undefined>;
}

export interface ContractValidator {
  checkRequest(op: Operation, input: RequestInput): RequestCheck;
  /** `null` when the response conforms; otherwise human-readable problems for the log. */
  checkResponse(op: Operation, status: number, body: unknown): string[] | null;
  /** Validates against one named component schema (used for error bodies and by the conformance kit). */
  checkSchema(name: string, value: unknown): string[] | null;
}

/** Rewrites `#/components/schemas/X` into a reference ajv can resolve in our registered document. */
function rewriteRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(rewriteRefs) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      out[key] =
        key === '$ref' && typeof inner === 'string'
          ? inner.replace('#/components/schemas/', `${SCHEMA_ID}#/$defs/`)
          : rewriteRefs(inner);
    }
    return out as T;
  }
  return value;
}

function createAjv(options: { useDefaults: boolean; coerceTypes: boolean; verbose: boolean }, contract: Contract): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // Nullable unions (`oneOf: [$ref, {type: 'null'}]`) are idiomatic OpenAPI 3.1 but trip the
    // strict type checks, which add nothing for a contract that is itself under test.
    strictTypes: false,
    strictRequired: false,
    useDefaults: options.useDefaults,
    coerceTypes: options.coerceTypes,
    verbose: options.verbose,
  });
  addFormats(ajv);
  // Our own annotation: the field-level error code to report for a pattern/format failure.
  ajv.addKeyword({ keyword: 'x-error-code', schemaType: 'string' });
  ajv.addSchema({ $id: SCHEMA_ID, $defs: rewriteRefs(contract.schemas) });
  return ajv;
}

function objectSchema(properties: Record<string, JsonSchema>, required: string[]): JsonSchema {
  return { type: 'object', properties: rewriteRefs(properties), required, additionalProperties: true };
}

const cache = new WeakMap<Contract, ContractValidator>();

export function contractValidator(contract: Contract): ContractValidator {
  const existing = cache.get(contract);
  if (existing) return existing;

  const bodies = createAjv({ useDefaults: true, coerceTypes: false, verbose: true }, contract);
  const params = createAjv({ useDefaults: true, coerceTypes: true, verbose: true }, contract);
  const responses = createAjv({ useDefaults: false, coerceTypes: false, verbose: false }, contract);

  const compiled = new Map<Operation, CompiledOperation>();
  for (const op of contract.operations) {
    const inPath = op.parameters.filter((p) => p.in === 'path');
    const inQuery = op.parameters.filter((p) => p.in === 'query');
    const toProps = (list: typeof inPath) => Object.fromEntries(list.map((p) => [p.name, p.schema]));
    const responseValidators = new Map<string, ValidateFunction | undefined>();
    for (const [status, spec] of Object.entries(op.responses)) {
      responseValidators.set(status, spec.schema ? responses.compile(rewriteRefs(spec.schema)) : undefined);
    }
    compiled.set(op, {
      params: params.compile(objectSchema(toProps(inPath), inPath.map((p) => p.name))),
      query: params.compile(objectSchema(toProps(inQuery), inQuery.filter((p) => p.required).map((p) => p.name))),
      headers: op.parameters
        .filter((p) => p.in === 'header')
        .map((p) => ({ name: p.name, required: p.required, validate: bodies.compile(rewriteRefs(p.schema)) })),
      body: op.requestBody
        ? { required: op.requestBody.required, validate: bodies.compile(rewriteRefs(op.requestBody.schema)) }
        : undefined,
      responses: responseValidators,
    });
  }

  const named = new Map<string, ValidateFunction>();
  const validator: ContractValidator = {
    checkRequest(op, input) {
      const c = compiled.get(op);
      if (!c) throw new Error(`validator: unknown operation ${op.operationId}`);
      const fields: FieldError[] = [];
      const pathValues: Record<string, unknown> = { ...input.params };
      if (!c.params(pathValues)) fields.push(...toFieldErrors(c.params.errors, 'path.'));
      const queryValues: Record<string, unknown> = { ...input.query };
      if (!c.query(queryValues)) fields.push(...toFieldErrors(c.query.errors, 'query.'));
      for (const header of c.headers) {
        const value = input.headers[header.name.toLowerCase()];
        if (value === undefined) {
          if (header.required) fields.push({ field: `header.${header.name}`, code: 'REQUIRED' });
        } else if (!header.validate(value)) {
          fields.push(...toFieldErrors(header.validate.errors, `header.${header.name}`));
        }
      }
      let body = input.body;
      if (c.body) {
        if (body === undefined) {
          if (c.body.required) fields.push({ field: 'body', code: 'REQUIRED' });
          else body = {};
        }
        if (body !== undefined && !c.body.validate(body)) fields.push(...toFieldErrors(c.body.validate.errors, ''));
      } else {
        // Operations without a request body ignore one (an SDK may send `{}` on every POST).
        body = undefined;
      }
      if (fields.length > 0) return { ok: false, fields: dedupe(fields) };
      return { ok: true, value: { params: pathValues, query: queryValues, body } };
    },

    checkResponse(op, status, body) {
      const c = compiled.get(op);
      if (!c) throw new Error(`validator: unknown operation ${op.operationId}`);
      const key = String(status);
      if (!c.responses.has(key)) return [`status ${status} is not declared for ${op.operationId}`];
      const validate = c.responses.get(key);
      if (!validate) return body === undefined ? null : [`${op.operationId} ${status} declares no body`];
      return validate(body) ? null : describe(validate.errors);
    },

    checkSchema(name, value) {
      let validate = named.get(name);
      if (!validate) {
        if (!contract.schemas[name]) throw new Error(`validator: no component schema ${name}`);
        validate = responses.compile({ $ref: `${SCHEMA_ID}#/$defs/${name}` });
        named.set(name, validate);
      }
      return validate(value) ? null : describe(validate.errors);
    },
  };
  cache.set(contract, validator);
  return validator;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}`);
}

function joinPath(prefix: string, instancePath: string, leaf?: string): string {
  const segments = instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (leaf !== undefined) segments.push(leaf);
  const path = segments.join('.');
  if (!prefix) return path || 'body';
  if (prefix.endsWith('.')) return `${prefix}${path}`;
  return path ? `${prefix}.${path}` : prefix;
}

/** Maps ajv's keyword errors onto the contract's stable field codes. */
export function toFieldErrors(errors: ErrorObject[] | null | undefined, prefix: string): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors ?? []) {
    const custom = (e.parentSchema as Record<string, unknown> | undefined)?.['x-error-code'];
    const params = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required':
        out.push({ field: joinPath(prefix, e.instancePath, String(params.missingProperty)), code: 'REQUIRED' });
        break;
      case 'additionalProperties':
        out.push({ field: joinPath(prefix, e.instancePath, String(params.additionalProperty)), code: 'UNKNOWN_FIELD' });
        break;
      case 'type':
        out.push({ field: joinPath(prefix, e.instancePath), code: 'INVALID_TYPE', params: { expected: String(params.type) } });
        break;
      case 'minLength':
      case 'minItems':
        out.push({ field: joinPath(prefix, e.instancePath), code: 'TOO_SHORT', params: { min: Number(params.limit) } });
        break;
      case 'maxLength':
      case 'maxItems':
        out.push({ field: joinPath(prefix, e.instancePath), code: 'TOO_LONG', params: { max: Number(params.limit) } });
        break;
      case 'minimum':
      case 'exclusiveMinimum':
        out.push({ field: joinPath(prefix, e.instancePath), code: 'TOO_SMALL', params: { min: Number(params.limit) } });
        break;
      case 'maximum':
      case 'exclusiveMaximum':
        out.push({ field: joinPath(prefix, e.instancePath), code: 'TOO_LARGE', params: { max: Number(params.limit) } });
        break;
      case 'pattern':
        out.push({ field: joinPath(prefix, e.instancePath), code: typeof custom === 'string' ? custom : 'PATTERN' });
        break;
      case 'format':
        out.push({
          field: joinPath(prefix, e.instancePath),
          code: typeof custom === 'string' ? custom : params.format === 'email' ? 'EMAIL_FORMAT' : 'INVALID',
          params: { format: String(params.format) },
        });
        break;
      case 'enum':
      case 'const': {
        const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
        out.push({ field: joinPath(prefix, e.instancePath), code: 'NOT_ALLOWED', params: { allowed: allowed.join(',') } });
        break;
      }
      default:
        // oneOf/anyOf and friends: their branch errors already name the problem precisely when
        // there is one; this keeps a single generic entry for the field otherwise.
        out.push({ field: joinPath(prefix, e.instancePath), code: 'INVALID' });
    }
  }
  return out;
}

/** One entry per field and code; a oneOf failure adds INVALID only when nothing better exists. */
function dedupe(fields: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  const specific = new Set(fields.filter((f) => f.code !== 'INVALID').map((f) => f.field));
  return fields.filter((f) => {
    const key = `${f.field}\u0000${f.code}`;
    if (seen.has(key) || (f.code === 'INVALID' && specific.has(f.field))) return false;
    seen.add(key);
    return true;
  });
}
