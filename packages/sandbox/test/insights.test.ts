/**
 * `GET /__sandbox/insights`: the dashboard's aggregates over events ingested through the real
 * analytics endpoint — journeys counted once per step, resent batches never double counted, rates
 * null without data, payments counted once per intent, and loopback-only access.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { call, startTestSandbox, type TestSandbox } from './helpers.js';

interface Envelope {
  id: string;
  name: string;
  ts: number;
  widget: string;
  sessionId: string;
  correlationId: string;
  experiment?: { id: string; variant: string };
  props: Record<string, unknown>;
}

let clock = Date.parse('2026-03-01T08:00:00Z');
function event(name: string, widget: string, correlationId: string, props: Record<string, unknown> = {}, experiment?: Envelope['experiment']): Envelope {
  clock += 1_000;
  return { id: randomUUID(), name, ts: clock, widget, sessionId: `s-${correlationId}`, correlationId, props, ...(experiment ? { experiment } : {}) };
}

const APP = 'banklet-card-application';
const STEPS = ['product', 'identity', 'employment', 'address', 'consent', 'review', 'decision', 'activation'];
const stepView = (journey: string, channel: string, step: string) =>
  event('banklet-application-step-view', APP, journey, { step, index: STEPS.indexOf(step) + 1, total: STEPS.length, channel });

describe('GET /__sandbox/insights', () => {
  let sandbox: TestSandbox;
  let token: string;
  const ingest = async (events: Envelope[]) => {
    const result = await call(sandbox.api, 'POST', '/analytics/events', { token, body: { events } });
    assert.equal(result.status, 200, result.text);
    return result.body as { accepted: number; duplicates: number };
  };
  const insights = async () => {
    const result = await call(sandbox.url, 'GET', '/__sandbox/insights');
    assert.equal(result.status, 200, result.text);
    assert.equal(result.headers.get('cache-control'), 'no-store');
    return result.body;
  };

  before(async () => {
    sandbox = await startTestSandbox({ host: '0.0.0.0' });
    token = await sandbox.token('m-mid');
  });
  after(() => sandbox.dispose());

  test('an empty store answers zeros and null rates, not 0%', async () => {
    const body = await insights();
    assert.deepEqual(body.totals, { events: 0, sessions: 0, lastReceivedAt: null });
    assert.deepEqual(body.applications, { steps: [], channels: [] });
    assert.deepEqual(body.offers.variants, []);
    assert.deepEqual(body.payments.methods, []);
    assert.deepEqual(body.redemptions, { started: 0, succeeded: 0, failed: 0, cancelled: 0, unknown: 0, rate: null, pointsRedeemed: 0 });
    assert.ok(!Number.isNaN(Date.parse(body.generatedAt)));
  });

  test('aggregates the application funnel, offer arms, payment methods and redemptions', async () => {
    const application = [
      // j1 goes all the way on the partner site, viewing the identity step twice (back and forth).
      ...['product', 'identity', 'identity', 'employment', 'address', 'consent', 'review', 'decision'].map((step) => stepView('j1', 'partner_web', step)),
      event('banklet-application-submitted', APP, 'j1', { applicationId: 'app-1', productId: 'p', channel: 'partner_web' }),
      event('banklet-application-decision', APP, 'j1', { applicationId: 'app-1', status: 'approved', channel: 'partner_web' }),
      // j2 stops at identity; j3 comes from the app and is declined.
      stepView('j2', 'partner_web', 'product'),
      stepView('j2', 'partner_web', 'identity'),
      stepView('j3', 'app_webview', 'product'),
      event('banklet-application-submitted', APP, 'j3', { applicationId: 'app-3', productId: 'p', channel: 'app_webview' }),
      event('banklet-application-decision', APP, 'j3', { applicationId: 'app-3', status: 'declined', channel: 'app_webview' }),
    ];
    const carousel = 'banklet-offer-carousel';
    const a = { id: 'exp-home', variant: 'A' };
    const b = { id: 'exp-home', variant: 'B' };
    const offers = [
      ...['o1', 'o2', 'o3', 'o4'].map((offerId) => event('banklet-offer-impression', carousel, 'v1', { offerId }, a)),
      event('banklet-offer-click', carousel, 'v1', { offerId: 'o1', cta: 'claim' }, a),
      event('banklet-offer-claim', carousel, 'v1', { offerId: 'o1', outcome: 'succeeded' }, a),
      event('banklet-offer-claim', carousel, 'v1', { offerId: 'o2', outcome: 'failed', errorCode: 'OFFER_EXPIRED' }, a),
      ...['o1', 'o2'].map((offerId) => event('banklet-offer-impression', carousel, 'v2', { offerId }, b)),
    ];
    const sheet = 'banklet-payment-sheet';
    const payments = [
      // pi-1: a lost response (unknown) settled as succeeded — one success, not two results.
      event('banklet-payment-confirm', sheet, 'pi-1', { intentId: 'pi-1', method: 'card' }),
      event('banklet-payment-result', sheet, 'pi-1', { status: 'unknown', method: { kind: 'card', cardId: 'c1' } }),
      event('banklet-payment-result', sheet, 'pi-1', { status: 'succeeded', method: { kind: 'card', cardId: 'c1' } }),
      // pi-2 declined on balance, then paid by card: counted once, under its last method.
      event('banklet-payment-confirm', sheet, 'pi-2', { intentId: 'pi-2', method: 'balance' }),
      event('banklet-payment-result', sheet, 'pi-2', { status: 'failed', method: { kind: 'balance' } }),
      event('banklet-payment-confirm', sheet, 'pi-2', { intentId: 'pi-2', method: 'card' }),
      event('banklet-payment-result', sheet, 'pi-2', { status: 'succeeded', method: { kind: 'card', cardId: 'c1' } }),
      // pi-3 declined on balance; pi-4 still processing; pi-5 closed before paying (no confirm).
      event('banklet-payment-confirm', sheet, 'pi-3', { intentId: 'pi-3', method: 'balance' }),
      event('banklet-payment-result', sheet, 'pi-3', { status: 'failed', method: { kind: 'balance' } }),
      event('banklet-payment-confirm', sheet, 'pi-4', { intentId: 'pi-4', method: 'points' }),
      event('banklet-payment-result', sheet, 'pi-4', { status: 'processing', method: { kind: 'points' } }),
      event('banklet-payment-result', sheet, 'pi-5', { status: 'cancelled', method: null }),
    ];
    const wallet = 'banklet-rewards-wallet';
    const redemptions = [
      event('banklet-points-redeem', wallet, 'w1', { outcome: 'succeeded', itemId: 'c-takeout', points: 500, redemptionId: 'r1' }),
      event('banklet-points-redeem', wallet, 'w1', { outcome: 'succeeded', itemId: 'c-coffee', points: 300, redemptionId: 'r2' }),
      event('banklet-points-redeem', wallet, 'w1', { outcome: 'cancelled', itemId: 'c-coffee', points: 300 }),
      event('banklet-points-redeem', wallet, 'w1', { outcome: 'failed', itemId: 'c-coffee', points: 300, errorCode: 'INSUFFICIENT_POINTS' }),
    ];
    const all = [...application, ...offers, ...payments, ...redemptions];
    assert.equal((await ingest(all)).accepted, all.length);
    // The outbox resending a batch whose answer was lost changes nothing.
    assert.deepEqual(await ingest(all.slice(0, 10)), { accepted: 0, duplicates: 10 });

    const body = await insights();
    assert.equal(body.totals.events, all.length);
    assert.ok(body.totals.lastReceivedAt);

    assert.deepEqual(body.applications.steps, ['product', 'identity', 'employment', 'address', 'consent', 'review', 'decision']);
    const journeys = (channel: string) =>
      body.applications.channels.find((c: { channel: string }) => c.channel === channel);
    assert.deepEqual(
      journeys('partner_web').steps.map((s: { journeys: number }) => s.journeys),
      [2, 2, 1, 1, 1, 1, 1],
      'j1 viewed identity twice and counts once',
    );
    assert.equal(journeys('partner_web').submitted, 1);
    assert.equal(journeys('partner_web').approved, 1);
    assert.deepEqual(journeys('app_webview'), {
      channel: 'app_webview',
      steps: [{ step: 'product', journeys: 1 }, ...body.applications.steps.slice(1).map((step: string) => ({ step, journeys: 0 }))],
      submitted: 1,
      approved: 0,
    });

    assert.deepEqual(body.offers.variants, [
      { experimentId: 'exp-home', variant: 'A', impressions: 4, clicks: 1, claims: 1, ctr: 0.25, claimRate: 0.25 },
      { experimentId: 'exp-home', variant: 'B', impressions: 2, clicks: 0, claims: 0, ctr: 0, claimRate: 0 },
    ]);

    assert.deepEqual(body.payments.methods, [
      { method: 'card', attempts: 2, succeeded: 2, failed: 0, pending: 0, successRate: 1 },
      { method: 'balance', attempts: 1, succeeded: 0, failed: 1, pending: 0, successRate: 0 },
      { method: 'points', attempts: 1, succeeded: 0, failed: 0, pending: 1, successRate: 0 },
    ]);

    assert.deepEqual(body.redemptions, { started: 4, succeeded: 2, failed: 1, cancelled: 1, unknown: 0, rate: 0.5, pointsRedeemed: 800 });
  });

  test('answers loopback clients only', async (t) => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return t.skip('no non-loopback interface on this machine');
    const result = await call(`http://${external.address}:${sandbox.port}`, 'GET', '/__sandbox/insights');
    assert.equal(result.status, 403);
    assert.equal(result.body.events, undefined);
  });
});
