/**
 * Sandbox-only operations: issuing member tokens and creating payment intents as a merchant
 * would. A bank's backend does not implement these; the conformance kit treats them as optional.
 */
import type { components } from '../../../sdk/src/generated/openapi.js';
import type { HandlerMap, Services } from '../context.js';
import { reply } from '../context.js';
import { unprocessable } from '../errors.js';
import { newId } from '../ids.js';
import { CURRENCY, INTENT_TTL_MS } from '../reference.js';
import { DEMO_INTENT, provisionMember } from '../seed.js';
import { iso } from '../time.js';
import { intentJson, type IntentRow } from './payments.js';

type S = components['schemas'];

export function demoHandlers({ db, tokens }: Services): HandlerMap {
  const memberExists = db.prepare<[string], { id: string }>('SELECT id FROM members WHERE id = ?');
  const insertIntent = db.prepare(
    `INSERT INTO payment_intents (id, member_id, merchant_id, merchant_name, amount, currency, lines, status, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'requires_confirmation', ?, ?)`,
  );
  const selectIntent = db.prepare<[string], IntentRow>('SELECT * FROM payment_intents WHERE id = ?');

  return {
    issueDemoToken({ body, now }) {
      const request = body as S['DemoTokenRequest'];
      if (!memberExists.get(request.memberId)) provisionMember(db, request.memberId, now);
      const { token, expiresAt } = tokens.issue(request.memberId, request.ttlSeconds ?? 900, now);
      const result: S['DemoToken'] = { token, tokenType: 'Bearer', expiresAt: iso(expiresAt), memberId: request.memberId };
      return reply(201, result);
    },

    createDemoPaymentIntent({ memberId, body, now }) {
      const request = (body ?? {}) as S['DemoPaymentIntentRequest'];
      const lines: S['OrderLine'][] =
        request.lines ??
        (request.amount
          ? [{ description: request.merchantName ? `${request.merchantName} order` : 'Order', quantity: 1, amount: request.amount }]
          : DEMO_INTENT.lines.map((l) => ({ description: l.description, quantity: l.quantity, amount: { amount: l.amount, currency: CURRENCY } })));
      const currency = request.amount?.currency ?? lines[0]!.amount.currency;
      const mixed = lines.findIndex((l) => l.amount.currency !== currency);
      if (mixed >= 0) {
        throw unprocessable('CURRENCY_MISMATCH', 'All order lines must use the intent currency', [
          { field: `lines.${mixed}.amount.currency`, code: 'CURRENCY_MISMATCH', params: { expected: currency } },
        ]);
      }
      const sum = lines.reduce((total, l) => total + l.amount.amount, 0);
      const amount = request.amount?.amount ?? sum;
      if (amount !== sum) {
        throw unprocessable('AMOUNT_MISMATCH', 'amount must equal the sum of the order lines', [
          { field: 'amount.amount', code: 'AMOUNT_MISMATCH', params: { expected: sum } },
        ]);
      }
      if (amount <= 0) {
        throw unprocessable('AMOUNT_NOT_POSITIVE', 'A payment intent needs a positive amount', [{ field: 'amount.amount', code: 'TOO_SMALL', params: { min: 1 } }]);
      }
      const id = newId('pi');
      const merchantName = request.merchantName ?? DEMO_INTENT.merchantName;
      const merchantId = request.merchantName ? `mch-${newId('x').slice(2, 10)}` : DEMO_INTENT.merchantId;
      insertIntent.run(id, memberId, merchantId, merchantName, amount, currency, JSON.stringify(lines), now, now + INTENT_TTL_MS);
      return reply(201, intentJson(selectIntent.get(id)!, now));
    },
  };
}
