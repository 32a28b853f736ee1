/**
 * `npm run conformance -- --base-url <url> [--token <t>] [--other-token <t>] [--intent-id <id>]
 *                        [--otp-code <code>] [--pin <pin>] [--timeout-ms <n>]`
 * Prints one line per check and exits 1 when any check fails.
 */
import { parseArgs } from 'node:util';
import { runConformance } from './runner.js';

const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    token: { type: 'string' },
    'other-token': { type: 'string' },
    'intent-id': { type: 'string' },
    'otp-code': { type: 'string' },
    pin: { type: 'string' },
    'timeout-ms': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});

if (values.help || !values['base-url']) {
  console.log(`Usage: npm run conformance -- --base-url http://127.0.0.1:8787/v1 [options]
  --base-url <url>      API base URL, including the version path (/v1)
  --token <t>           member A's bearer token (default: issued via /demo/tokens for m-high)
  --other-token <t>     a second member's token for isolation checks (default: /demo/tokens for m-mid)
  --intent-id <id>      a payable intent of member A when there is no /demo/payment-intents
  --otp-code <code>     the SMS code the backend accepts in test mode (default 246810)
  --pin <pin>           member A's payment PIN in test mode (default 135790)
  --timeout-ms <n>      per-request timeout (default 15000)`);
  process.exit(values.help ? 0 : 2);
}

const result = await runConformance({
  baseUrl: values['base-url'],
  ...(values.token ? { token: values.token } : {}),
  ...(values['other-token'] ? { otherToken: values['other-token'] } : {}),
  ...(values['intent-id'] ? { intentId: values['intent-id'] } : {}),
  ...(values['otp-code'] ? { otpCode: values['otp-code'] } : {}),
  ...(values.pin ? { pin: values.pin } : {}),
  ...(values['timeout-ms'] ? { timeoutMs: Number(values['timeout-ms']) } : {}),
});
process.exit(result.failed > 0 ? 1 : 0);
