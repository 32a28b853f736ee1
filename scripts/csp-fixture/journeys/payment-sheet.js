// The payment sheet three times, as three checkouts on one page: a small order paid in one tap
// with the balance plus points (set on the stepper); an order above the password-free limit
// (¥200 in the sandbox) confirmed with the PIN on the PIN pad; another confirmed with an SMS code
// instead. Each ends on the receipt, and the sandbox's intent says it was paid.
import { $, $$, mount, record, step, tap, text, type, until } from '../driver.js';

/** The sandbox's fixed step-up secrets (packages/sandbox/src/reference.ts). */
const SANDBOX_PIN = '135790';
const SANDBOX_OTP = '246810';

export async function paymentSheet({ api, token }) {
  const bearer = { Authorization: `Bearer ${await token()}` };
  const intent = async (amount) => {
    const response = await fetch(`${api}/demo/payment-intents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...bearer },
      body: JSON.stringify({ merchantName: '山海旅行', lines: [{ description: '酒店 1 晚', quantity: 1, amount: { amount, currency: 'CNY' } }] }),
    });
    return (await response.json()).id;
  };
  const statusOf = async (id) => (await (await fetch(`${api}/payment-intents/${id}`, { headers: bearer })).json()).status;

  /** Opens a sheet for a new intent of `amount`, as a host does when the person taps "pay". */
  const checkout = async (amount) => {
    const id = await intent(amount);
    const sheet = await mount('banklet-payment-sheet', { intent: id, open: '' });
    await until(() => $(sheet, 'input[name="method"]'), 'the method list');
    return { id, sheet, results: record(sheet, 'banklet-payment-result'), changes: record(sheet, 'banklet-payment-method-change') };
  };
  const payButton = (sheet) => $(sheet, 'banklet-button[slot="footer"]');
  const receipt = async (sheet, results, what) => {
    await until(() => results.some((each) => each.status === 'succeeded'), `${what}: the succeeded result (${results.map((r) => r.status)})`, 15_000);
    await until(() => $(sheet, '.receipt'), `${what}: the receipt`);
    return text($(sheet, '.receipt'));
  };
  const close = async (sheet) => {
    tap(payButton(sheet), 'done');
    await until(() => !sheet.open, 'the sheet to close');
    sheet.remove();
  };

  // 1. ¥128: the balance, part of it in points, one tap.
  const small = await checkout(128_00);
  const balance = $$(small.sheet, 'input[name="method"]').find((radio) => /余额|balance/i.test(radio.closest('label').textContent));
  tap(balance, 'the balance option');
  await until(() => small.changes.some((each) => each.method.kind === 'balance'), 'the balance chosen');
  step('method picked');
  tap($(small.sheet, 'input[type="checkbox"]'), 'use points');
  const range = await until(() => $(small.sheet, '.stepper input[type="range"]'), 'the points stepper');
  const most = Number(range.value);
  const points = () => Number($(small.sheet, '.stepper input[type="range"]').value);
  // A person sees each step land before tapping again.
  const stepTo = async (label, expected) => {
    tap($(small.sheet, `.stepper button[aria-label="${label}"]`), label);
    await until(() => points() === expected, `${expected} points after "${label}" (${points()})`);
  };
  const [fewer, more] = $$(small.sheet, '.stepper button').map((button) => button.getAttribute('aria-label'));
  await stepTo(fewer, most - 100);
  await stepTo(fewer, most - 200);
  await stepTo(more, most - 100);
  const pointsToUse = small.changes.at(-1).pointsToUse;
  const toPay = text(payButton(small.sheet));
  step('points + cash');
  tap(payButton(small.sheet), 'pay');
  const smallReceipt = await receipt(small.sheet, small.results, 'one tap');
  step('paid in one tap');
  await close(small.sheet);

  // 2. ¥888 with the preselected card: above the limit, so the PIN pad asks for the PIN.
  const large = await checkout(888_00);
  tap(payButton(large.sheet), 'pay');
  const pad = await until(() => $(large.sheet, 'banklet-pin-pad'), 'the PIN pad');
  await pad.updateComplete;
  for (const digit of SANDBOX_PIN) tap($$(pad, '[part="key"]').find((key) => key.textContent === digit), `key ${digit}`);
  const pinReceipt = await receipt(large.sheet, large.results, 'PIN step-up');
  step('paid with the PIN');
  await close(large.sheet);

  // 3. ¥666: the SMS code instead of the PIN.
  const otp = await checkout(666_00);
  tap(payButton(otp.sheet), 'pay');
  await until(() => $(otp.sheet, 'banklet-pin-pad'), 'the step-up');
  tap($$(otp.sheet, 'button.link').at(-1), 'use an SMS code');
  await type(await until(() => $(otp.sheet, 'form banklet-field'), 'the SMS code field'), SANDBOX_OTP, 'the SMS code');
  tap($(otp.sheet, 'form banklet-button[type="submit"]'), 'confirm the code');
  const otpReceipt = await receipt(otp.sheet, otp.results, 'SMS step-up');
  step('paid with an SMS code');

  return {
    small: { status: await statusOf(small.id), methods: small.changes.map((each) => each.method.kind), pointsToUse, most, toPay, receipt: smallReceipt, results: small.results.map((r) => r.status) },
    pin: { status: await statusOf(large.id), receipt: pinReceipt, results: large.results.map((r) => r.status) },
    otp: { status: await statusOf(otp.id), receipt: otpReceipt, results: otp.results.map((r) => r.status) },
  };
}
