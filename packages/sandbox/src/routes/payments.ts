/**
 * Payment intents, methods, step-up, confirmation, and handoff to a host's native pay page.
 *
 * Never charging twice rests on three layers: the idempotency key (same request → same stored
 * payment), the intent's status (a paid or processing intent refuses another confirm), and a
 * unique index allowing one non-failed payment per intent. The sandbox's deterministic outcomes
 * (amount ending in 99 fails, 77 is processing) are documented in the contract.
 *
 * A handoff (mini-programs) pays through the same `charge` as confirm: the ticket binds the choice
 * made in the widget, and the host's native page — played here by the sandbox-only
 * `completeDemoPaymentHandoff` — redeems it once.
 */
import { randomBytes } from 'node:crypto';
import type { components } from '../../../sdk/src/generated/openapi.js';
import type { HandlerMap, Services } from '../context.js';
import { errorReply, reply } from '../context.js';
import { ApiError, conflict, declined, notFound, unprocessable } from '../errors.js';
import { newId, newReference } from '../ids.js';
import {
  INSTALMENT_MIN_AMOUNT,
  PASSWORD_FREE_LIMIT,
  POINTS_CASH,
  POINTS_RATE,
  PROCESSING_SETTLE_MS,
  SANDBOX_OTP_CODE,
  SANDBOX_PIN,
  STEP_UP_MAX_ATTEMPTS,
  STEP_UP_TTL_MS,
  minorToPoints,
  pointsEarnedFor,
  pointsToMinor,
  quoteInstalments,
  sandboxBiometricAssertion,
  type InstalmentQuote,
} from '../reference.js';
import { iso } from '../time.js';

type S = components['schemas'];

export interface IntentRow {
  id: string;
  member_id: string;
  merchant_id: string;
  merchant_name: string;
  amount: number;
  currency: string;
  lines: string;
  status: string;
  created_at: number;
  expires_at: number;
}

interface PaymentRow {
  id: string;
  member_id: string;
  intent_id: string;
  status: 'succeeded' | 'processing' | 'failed';
  amount: number;
  cash_amount: number;
  currency: string;
  points_used: number;
  method: string;
  instalment: string | null;
  reference: string;
  points_earned: number;
  failure_code: string | null;
  created_at: number;
  settle_at: number | null;
}

interface CardRow {
  id: string;
  network: S['CardNetwork'];
  kind: 'credit' | 'debit';
  last4: string;
  status: string;
}

interface ChallengeRow {
  id: string;
  intent_id: string;
  nonce: string;
  methods: string;
  attempts: number;
  expires_at: number;
  used_at: number | null;
}

interface HandoffRow {
  ticket: string;
  intent_id: string;
  selection: string;
  status: 'live' | 'superseded' | S['DemoHandoffOutcome'];
  payment_id: string | null;
  expires_at: number;
}

/** A checked choice of method, points and plan: what a confirm or a handoff ticket pays with. */
interface Choice {
  method: S['MethodSelection'];
  pointsUsed: number;
  cash: number;
  quote: InstalmentQuote | null;
}

/** How long a handoff ticket can be redeemed: the time a person needs in the host's pay page. */
const HANDOFF_TTL_MS = 5 * 60_000;

const money = (amount: number, currency: string): S['Money'] => ({ amount, currency });

/** `latestPaymentId` lets a client settle an unknown outcome by reading, never by paying again. */
export function intentJson(row: IntentRow, now: number, latestPaymentId: string | null = null): S['PaymentIntent'] {
  const expired = row.status === 'requires_confirmation' && now >= row.expires_at;
  return {
    id: row.id,
    merchant: { id: row.merchant_id, name: row.merchant_name },
    amount: money(row.amount, row.currency),
    lines: JSON.parse(row.lines) as S['OrderLine'][],
    status: expired ? 'expired' : (row.status as S['PaymentIntentStatus']),
    createdAt: iso(row.created_at),
    expiresAt: iso(row.expires_at),
    latestPaymentId,
  };
}

function planJson(quote: InstalmentQuote, currency: string): S['InstalmentPlan'] {
  return {
    periods: quote.periods,
    perPeriod: money(quote.perPeriod, currency),
    firstPeriod: money(quote.firstPeriod, currency),
    fee: money(quote.fee, currency),
    total: money(quote.total, currency),
    feeRatePercentTimes100: quote.feeRatePercentTimes100,
  };
}

function paymentJson(row: PaymentRow): S['Payment'] {
  return {
    id: row.id,
    intentId: row.intent_id,
    status: row.status,
    amount: money(row.amount, row.currency),
    cashAmount: money(row.cash_amount, row.currency),
    pointsUsed: row.points_used,
    method: JSON.parse(row.method) as S['MethodSelection'],
    instalmentPlan: row.instalment ? planJson(JSON.parse(row.instalment) as InstalmentQuote, row.currency) : null,
    reference: row.reference,
    pointsEarned: row.points_earned,
    failureCode: row.failure_code,
    createdAt: iso(row.created_at),
  };
}

/** Largest points amount usable with cash for an order, honouring the share cap and the step. */
function maxPointsFor(amount: number, balance: number): number {
  const byShare = minorToPoints(Math.floor((amount * POINTS_CASH.maxSharePercent) / 100));
  return Math.floor(Math.min(byShare, balance) / POINTS_CASH.stepPoints) * POINTS_CASH.stepPoints;
}

export function paymentHandlers({ db, points }: Services): HandlerMap {
  const selectIntent = db.prepare<[string, string], IntentRow>('SELECT * FROM payment_intents WHERE id = ? AND member_id = ?');
  const setIntentStatus = db.prepare('UPDATE payment_intents SET status = ? WHERE id = ?');
  const selectLatestPayment = db.prepare<[string], { id: string }>(
    'SELECT id FROM payments WHERE intent_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
  );
  const selectMember = db.prepare<[string], { cash_balance: number; currency: string; last_method: string | null }>(
    'SELECT cash_balance, currency, last_method FROM members WHERE id = ?',
  );
  const selectCards = db.prepare<[string], CardRow>(
    'SELECT id, network, kind, last4, status FROM cards WHERE member_id = ? ORDER BY created_at, id',
  );
  const selectCard = db.prepare<[string, string], CardRow>('SELECT id, network, kind, last4, status FROM cards WHERE id = ? AND member_id = ?');
  const selectPayment = db.prepare<[string, string], PaymentRow>('SELECT * FROM payments WHERE id = ? AND member_id = ?');
  const selectDueForIntent = db.prepare<[string, number], PaymentRow>(
    "SELECT * FROM payments WHERE intent_id = ? AND status = 'processing' AND settle_at <= ?",
  );
  const insertPayment = db.prepare(
    `INSERT INTO payments (id, member_id, intent_id, status, amount, cash_amount, currency, points_used, method, instalment,
       reference, points_earned, failure_code, created_at, settle_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
  );
  const markSucceeded = db.prepare("UPDATE payments SET status = 'succeeded', points_earned = ?, settle_at = NULL WHERE id = ?");
  const debitCash = db.prepare('UPDATE members SET cash_balance = cash_balance - ? WHERE id = ?');
  const setLastMethod = db.prepare('UPDATE members SET last_method = ? WHERE id = ?');
  const insertChallenge = db.prepare(
    'INSERT INTO step_up_challenges (id, member_id, intent_id, nonce, methods, attempts, created_at, expires_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
  );
  const selectChallenge = db.prepare<[string, string], ChallengeRow>(
    'SELECT id, intent_id, nonce, methods, attempts, expires_at, used_at FROM step_up_challenges WHERE id = ? AND member_id = ?',
  );
  const countAttempt = db.prepare('UPDATE step_up_challenges SET attempts = attempts + 1 WHERE id = ?');
  const useChallenge = db.prepare('UPDATE step_up_challenges SET used_at = ? WHERE id = ?');
  const supersedeHandoffs = db.prepare("UPDATE payment_handoffs SET status = 'superseded' WHERE intent_id = ? AND status = 'live'");
  const insertHandoff = db.prepare(
    "INSERT INTO payment_handoffs (ticket, member_id, intent_id, selection, status, created_at, expires_at) VALUES (?, ?, ?, ?, 'live', ?, ?)",
  );
  const selectHandoff = db.prepare<[string, string], HandoffRow>(
    'SELECT ticket, intent_id, selection, status, payment_id, expires_at FROM payment_handoffs WHERE ticket = ? AND member_id = ?',
  );
  const completeHandoff = db.prepare('UPDATE payment_handoffs SET status = ?, payment_id = ?, completed_at = ? WHERE ticket = ?');
  const upsertRating = db.prepare(
    `INSERT INTO ratings (payment_id, member_id, stars, comment, rated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(payment_id) DO UPDATE SET stars = excluded.stars, comment = excluded.comment, rated_at = excluded.rated_at`,
  );

  /** Completes a successful payment: points earned, task progress, intent paid. */
  function complete(payment: PaymentRow, merchant: string, now: number): void {
    const method = JSON.parse(payment.method) as S['MethodSelection'];
    const earned = method.kind === 'points' ? 0 : pointsEarnedFor(payment.cash_amount);
    if (earned > 0) {
      points.post(payment.member_id, { type: 'earn', code: 'purchase', points: earned, merchant, ts: now });
    }
    markSucceeded.run(earned, payment.id);
    setIntentStatus.run('succeeded', payment.intent_id);
    points.progressTasks(payment.member_id, 'payment_count', { add: 1 });
    if (payment.cash_amount > 0) points.progressTasks(payment.member_id, 'payment_amount', { add: payment.cash_amount });
  }

  /** `processing` payments settle once their time has come, observed on the next read. */
  function settleDue(intent: IntentRow, now: number): IntentRow {
    if (intent.status !== 'processing') return intent;
    for (const payment of selectDueForIntent.all(intent.id, now)) complete(payment, intent.merchant_name, now);
    return selectIntent.get(intent.id, intent.member_id)!;
  }

  function loadIntent(intentId: string, memberId: string, now: number): IntentRow {
    const intent = selectIntent.get(intentId, memberId);
    if (!intent) throw notFound('Payment intent');
    return settleDue(intent, now);
  }

  function assertPayable(intent: IntentRow, now: number): void {
    if (intent.status !== 'requires_confirmation') {
      throw conflict('INTENT_NOT_PAYABLE', `The payment intent is ${intent.status} and cannot be confirmed again`);
    }
    if (now >= intent.expires_at) throw conflict('INTENT_EXPIRED', 'The payment intent has expired');
  }

  function cardJson(card: CardRow): S['BoundCard'] {
    const available = card.status === 'active';
    return {
      id: card.id,
      network: card.network,
      kind: card.kind,
      last4: card.last4,
      maskedNumber: `•••• •••• •••• ${card.last4}`,
      available,
      unavailableReason: available ? null : card.status === 'expired' ? 'CARD_EXPIRED' : 'CARD_BLOCKED',
    };
  }

  /** Checks the step-up in the request; returns a reply when it fails (with the attempt counted). */
  function verifyStepUp(stepUp: S['StepUp'], intent: IntentRow, memberId: string, now: number) {
    const challenge = selectChallenge.get(stepUp.challengeId, memberId);
    if (!challenge || challenge.intent_id !== intent.id || challenge.used_at !== null || now >= challenge.expires_at) {
      throw new ApiError(403, 'auth', 'STEP_UP_EXPIRED', 'The step-up challenge is unknown, used or expired; start a new one');
    }
    if (challenge.attempts >= STEP_UP_MAX_ATTEMPTS) {
      throw new ApiError(403, 'auth', 'STEP_UP_LOCKED', 'Too many wrong attempts; start a new challenge');
    }
    const methods = JSON.parse(challenge.methods) as S['StepUpKind'][];
    if (!methods.includes(stepUp.kind)) {
      throw unprocessable('STEP_UP_KIND_NOT_OFFERED', 'This challenge does not offer that kind', [
        { field: 'stepUp.kind', code: 'NOT_ALLOWED', params: { allowed: methods.join(',') } },
      ]);
    }
    const secretField = stepUp.kind === 'pin' ? 'pin' : stepUp.kind === 'otp' ? 'otpCode' : 'assertion';
    const given = stepUp[secretField];
    if (given === undefined) {
      throw unprocessable('STEP_UP_INCOMPLETE', `stepUp.${secretField} is required for ${stepUp.kind}`, [
        { field: `stepUp.${secretField}`, code: 'REQUIRED' },
      ]);
    }
    const expected =
      stepUp.kind === 'pin' ? SANDBOX_PIN : stepUp.kind === 'otp' ? SANDBOX_OTP_CODE : sandboxBiometricAssertion(challenge.nonce);
    if (given !== expected) {
      // Returned, not thrown: the attempt must be counted even though the payment is refused.
      countAttempt.run(challenge.id);
      const remaining = STEP_UP_MAX_ATTEMPTS - challenge.attempts - 1;
      return errorReply(403, {
        type: 'auth',
        code: remaining > 0 ? 'STEP_UP_FAILED' : 'STEP_UP_LOCKED',
        message: remaining > 0 ? 'The step-up did not match' : 'Too many wrong attempts; start a new challenge',
        fields: [{ field: `stepUp.${secretField}`, code: 'STEP_UP_FAILED', params: { attemptsRemaining: remaining } }],
      });
    }
    useChallenge.run(now, challenge.id);
    return undefined;
  }

  /** Checks a choice of method, points and plan against the intent (422s); no declines yet. */
  function checkChoice(request: S['PaymentHandoffRequest'], intent: IntentRow, memberId: string): Choice {
    const method = request.method;
    const plan = request.instalmentPlan ?? null;

    let card: CardRow | undefined;
    if (method.kind === 'card') {
      if (!method.cardId) {
        throw unprocessable('CARD_REQUIRED', 'method.cardId is required to pay by card', [{ field: 'method.cardId', code: 'REQUIRED' }]);
      }
      card = selectCard.get(method.cardId, memberId);
      if (!card) throw unprocessable('CARD_NOT_FOUND', 'No such card', [{ field: 'method.cardId', code: 'CARD_NOT_FOUND' }]);
      if (card.status !== 'active') {
        throw unprocessable('CARD_UNAVAILABLE', 'This card cannot be used', [{ field: 'method.cardId', code: 'CARD_UNAVAILABLE' }]);
      }
    } else if (method.cardId !== undefined) {
      throw unprocessable('CARD_NOT_ALLOWED', 'method.cardId is only for card payments', [{ field: 'method.cardId', code: 'NOT_ALLOWED' }]);
    }

    let pointsUsed: number;
    if (method.kind === 'points') {
      pointsUsed = minorToPoints(intent.amount);
      if (request.pointsToUse && request.pointsToUse !== pointsUsed) {
        throw unprocessable('POINTS_AMOUNT_MISMATCH', 'Paying with points uses exactly the points for the full amount', [
          { field: 'pointsToUse', code: 'POINTS_AMOUNT_MISMATCH', params: { expected: pointsUsed } },
        ]);
      }
    } else {
      pointsUsed = request.pointsToUse ?? 0;
      const max = maxPointsFor(intent.amount, Number.MAX_SAFE_INTEGER);
      if (pointsUsed > 0 && (pointsUsed < POINTS_CASH.minPoints || pointsUsed > max || pointsUsed % POINTS_CASH.stepPoints !== 0)) {
        throw unprocessable('POINTS_RULE', 'pointsToUse breaks the points + cash rules', [
          { field: 'pointsToUse', code: 'POINTS_RULE', params: { min: POINTS_CASH.minPoints, max, step: POINTS_CASH.stepPoints } },
        ]);
      }
    }
    const cash = Math.max(0, intent.amount - pointsToMinor(pointsUsed));

    let quote: InstalmentQuote | null = null;
    if (plan !== null) {
      if (card?.kind !== 'credit' || intent.amount < INSTALMENT_MIN_AMOUNT || cash === 0) {
        throw unprocessable('INSTALMENT_NOT_AVAILABLE', 'Instalments need a credit card and a large enough amount', [
          { field: 'instalmentPlan', code: 'INSTALMENT_NOT_AVAILABLE' },
        ]);
      }
      quote = quoteInstalments(cash, plan);
    }
    return { method, pointsUsed, cash, quote };
  }

  /**
   * Pays a checked choice once its step-up passed: the declines (thrown, so confirm stores them
   * under its key), then the sandbox's card outcomes, then the money and points moves.
   * `failureCode` records a failed payment instead (a handoff whose pay page declined).
   */
  function charge(choice: Choice, intent: IntentRow, memberId: string, now: number, failureCode?: string): PaymentRow {
    const { method, pointsUsed, cash, quote } = choice;
    if (failureCode === undefined) {
      if (pointsUsed > points.balance(memberId)) throw declined('INSUFFICIENT_POINTS', 'Not enough points');
      const member = selectMember.get(memberId)!;
      if (method.kind === 'balance' && cash > member.cash_balance) throw declined('INSUFFICIENT_FUNDS', 'Not enough balance');
      if (method.kind === 'card' && intent.amount % 100 === 99) failureCode = 'CARD_DECLINED';
    }
    const status: PaymentRow['status'] =
      failureCode !== undefined ? 'failed' : method.kind === 'card' && intent.amount % 100 === 77 ? 'processing' : 'succeeded';
    const id = newId('pay');
    insertPayment.run(
      id,
      memberId,
      intent.id,
      status,
      intent.amount,
      cash,
      intent.currency,
      status === 'failed' ? 0 : pointsUsed,
      JSON.stringify(method),
      quote ? JSON.stringify(quote) : null,
      newReference('BKP'),
      failureCode ?? null,
      now,
      status === 'processing' ? now + PROCESSING_SETTLE_MS : null,
    );
    if (status !== 'failed') {
      if (pointsUsed > 0) {
        points.post(memberId, { type: 'redeem', code: 'payment_points', points: -pointsUsed, merchant: intent.merchant_name, reason: 'PAYMENT', ts: now });
      }
      if (method.kind === 'balance' && cash > 0) debitCash.run(cash, memberId);
      setLastMethod.run(JSON.stringify(method), memberId);
      setIntentStatus.run(status, intent.id);
      if (status === 'succeeded') complete(selectPayment.get(id, memberId)!, intent.merchant_name, now);
    }
    return selectPayment.get(id, memberId)!;
  }

  return {
    getPaymentIntent({ memberId, params, now }) {
      const intent = loadIntent(params.intentId, memberId, now);
      return reply(200, intentJson(intent, now, selectLatestPayment.get(intent.id)?.id ?? null));
    },

    listPaymentMethods({ memberId, params, now }) {
      const intent = loadIntent(params.intentId, memberId, now);
      const member = selectMember.get(memberId)!;
      const balance = points.balance(memberId);
      const cards = selectCards.all(memberId);
      const maxPoints = maxPointsFor(intent.amount, balance);
      const hasCredit = cards.some((c) => c.kind === 'credit' && c.status === 'active');
      let lastUsed: S['MethodSelection'] | null = member.last_method ? (JSON.parse(member.last_method) as S['MethodSelection']) : null;
      if (lastUsed?.kind === 'card' && !cards.some((c) => c.id === lastUsed!.cardId && c.status === 'active')) lastUsed = null;
      const result: S['PaymentMethods'] = {
        intentId: intent.id,
        cards: cards.map(cardJson),
        balance: { available: money(member.cash_balance, member.currency), sufficient: member.cash_balance >= intent.amount },
        points: {
          balance,
          rate: { points: POINTS_RATE.points, value: money(POINTS_RATE.value, intent.currency) },
          coversFullAmount: balance >= minorToPoints(intent.amount),
          pointsForFullAmount: minorToPoints(intent.amount),
        },
        pointsCash: {
          allowed: maxPoints >= POINTS_CASH.minPoints,
          minPoints: POINTS_CASH.minPoints,
          maxPoints,
          stepPoints: POINTS_CASH.stepPoints,
          maxSharePercent: POINTS_CASH.maxSharePercent,
        },
        instalments: {
          available: hasCredit && intent.amount >= INSTALMENT_MIN_AMOUNT,
          minAmount: money(INSTALMENT_MIN_AMOUNT, intent.currency),
          plans: ([3, 6, 12] as const).map((n) => planJson(quoteInstalments(intent.amount, n), intent.currency)),
        },
        passwordFreeLimit: money(PASSWORD_FREE_LIMIT, intent.currency),
        lastUsed,
      };
      return reply(200, result);
    },

    createStepUpChallenge({ memberId, params, body, now }) {
      const intent = loadIntent(params.intentId, memberId, now);
      assertPayable(intent, now);
      const preferred = (body as S['StepUpChallengeRequest'] | undefined)?.preferred;
      const all: S['StepUpKind'][] = ['pin', 'biometric', 'otp'];
      const methods = preferred ? [preferred, ...all.filter((k) => k !== preferred)] : all;
      const id = newId('chl');
      const nonce = randomBytes(18).toString('base64url');
      insertChallenge.run(id, memberId, intent.id, nonce, JSON.stringify(methods), now, now + STEP_UP_TTL_MS);
      const result: S['StepUpChallenge'] = { challengeId: id, methods, nonce, expiresAt: iso(now + STEP_UP_TTL_MS) };
      return reply(201, result);
    },

    confirmPaymentIntent({ memberId, params, body, now }) {
      const request = body as S['ConfirmPaymentRequest'];
      const intent = loadIntent(params.intentId, memberId, now);
      assertPayable(intent, now);
      const choice = checkChoice(request, intent, memberId);

      // Step-up before the business checks that are stored as declines: an unauthenticated
      // caller must not learn the member's balance from the decline code.
      const stepUpRequired = intent.amount > PASSWORD_FREE_LIMIT || choice.quote !== null;
      if (stepUpRequired && !request.stepUp) {
        throw new ApiError(403, 'auth', 'STEP_UP_REQUIRED', 'This payment needs a step-up; create a challenge first');
      }
      if (request.stepUp) {
        const refused = verifyStepUp(request.stepUp, intent, memberId, now);
        if (refused) return refused;
      }
      return reply(200, paymentJson(charge(choice, intent, memberId, now)));
    },

    createPaymentHandoff({ memberId, params, body, now }) {
      const request = body as S['PaymentHandoffRequest'];
      const intent = loadIntent(params.intentId, memberId, now);
      assertPayable(intent, now);
      // The choice is checked now (a bad one is the widget's to fix) and again when redeemed.
      // Declines are not: like confirm, they must not answer before the native page's step-up.
      checkChoice(request, intent, memberId);
      supersedeHandoffs.run(intent.id);
      const ticket = randomBytes(24).toString('base64url');
      const selection: S['PaymentHandoffRequest'] = { method: request.method, pointsToUse: request.pointsToUse ?? 0, instalmentPlan: request.instalmentPlan ?? null };
      insertHandoff.run(ticket, memberId, intent.id, JSON.stringify(selection), now, now + HANDOFF_TTL_MS);
      const result: S['PaymentHandoff'] = { ticket, intentId: intent.id, expiresAt: iso(now + HANDOFF_TTL_MS) };
      return reply(201, result);
    },

    /**
     * Sandbox-only (tag `demo`): what the host's native pay page does with a ticket. It lives here,
     * not in demo.ts, because `succeeded` must run confirm's own `charge`. A ticket completes
     * once; asking again answers the recorded completion, so a pay page that retries pays once.
     */
    completeDemoPaymentHandoff({ memberId, params, body, now }) {
      const { outcome } = body as S['DemoHandoffCompletionRequest'];
      const handoff = selectHandoff.get(params.ticket, memberId);
      if (!handoff) throw notFound('Handoff ticket');
      if (handoff.status === 'superseded') throw conflict('HANDOFF_SUPERSEDED', 'A newer ticket was issued for this payment intent');
      const intent = loadIntent(handoff.intent_id, memberId, now);
      if (handoff.status === 'live') {
        if (now >= handoff.expires_at) throw conflict('HANDOFF_EXPIRED', 'The handoff ticket has expired; start the payment again');
        assertPayable(intent, now);
        let payment: PaymentRow | undefined;
        if (outcome !== 'cancelled') {
          const choice = checkChoice(JSON.parse(handoff.selection) as S['PaymentHandoffRequest'], intent, memberId);
          try {
            payment = charge(choice, intent, memberId, now, outcome === 'failed' ? 'PAYMENT_DECLINED' : undefined);
          } catch (error) {
            // A decline is an outcome the widget must be able to read back: record it as a payment.
            if (!(error instanceof ApiError && error.type === 'declined')) throw error;
            payment = charge(choice, intent, memberId, now, error.code);
          }
        }
        completeHandoff.run(outcome, payment?.id ?? null, now, handoff.ticket);
        handoff.status = outcome;
        handoff.payment_id = payment?.id ?? null;
      }
      // A processing payment may have settled since: read it after loadIntent settled due ones.
      const payment = handoff.payment_id ? selectPayment.get(handoff.payment_id, memberId) : undefined;
      const result: S['DemoHandoffCompletion'] = {
        ticket: handoff.ticket,
        intentId: intent.id,
        outcome: handoff.status as S['DemoHandoffOutcome'],
        payment: payment ? paymentJson(payment) : null,
      };
      return reply(200, result);
    },

    getPayment({ memberId, params, now }) {
      const payment = selectPayment.get(params.paymentId, memberId);
      if (!payment) throw notFound('Payment');
      loadIntent(payment.intent_id, memberId, now);
      return reply(200, paymentJson(selectPayment.get(payment.id, memberId)!));
    },

    ratePayment({ memberId, params, body, now }) {
      const request = body as S['RatingRequest'];
      const payment = selectPayment.get(params.paymentId, memberId);
      if (!payment) throw notFound('Payment');
      loadIntent(payment.intent_id, memberId, now);
      const current = selectPayment.get(payment.id, memberId)!;
      if (current.status !== 'succeeded') throw conflict('PAYMENT_NOT_SUCCEEDED', 'Only a succeeded payment can be rated');
      upsertRating.run(payment.id, memberId, request.stars, request.comment ?? null, now);
      const result: S['Rating'] = { paymentId: payment.id, stars: request.stars, comment: request.comment ?? null, ratedAt: iso(now) };
      return reply(200, result);
    },
  };
}
