/**
 * @banklet/sandbox — the reference implementation of the Banklet HTTP contract
 * (contract/banklet.openapi.yaml) with a SQLite store, seed data and fault injection.
 */
export { startSandbox, type Sandbox, type SandboxOptions } from './server.js';
export { SEEDED_MEMBER_IDS } from './seed.js';
export { makeIdNumber } from './id-number.js';
export { SANDBOX_OTP_CODE, SANDBOX_PIN, SANDBOX_PIN_KEY_ID, sandboxBiometricAssertion } from './reference.js';
export { runConformance, type ConformanceOptions, type ConformanceResult } from './conformance/runner.js';
