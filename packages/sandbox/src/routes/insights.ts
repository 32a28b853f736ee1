/**
 * `GET /__sandbox/insights`: the product view of the analytics stream the sandbox ingested, for
 * the demo's funnel dashboard (demo/dashboard.html). Unlike the contract's `getAnalyticsSummary`
 * (raw counts per event name, what any bank backend can serve), this reads the widgets' event
 * properties and answers the questions a product team asks:
 *
 * - **applications**: how many journeys (one `correlationId` per application) reached each step of
 *   the card application, per acquisition channel, and how many were submitted and approved;
 * - **offers**: per A/B arm, impressions, clicks and successful claims, with click-through rate
 *   (clicks ÷ impressions) and claim rate (claims ÷ impressions — both per exposure, so the arms
 *   compare on the same base);
 * - **payments**: per method, intents confirmed and how many succeeded or failed; an intent counts
 *   once (its last confirm's method), however many result events a lost connection produced;
 * - **redemptions**: rewards-wallet redemptions started (the confirm sheet opened) by outcome,
 *   their completion rate and the points they spent.
 *
 * Everything is one SQL pass per question over `analytics_events`, reading props with SQLite's
 * JSON functions. Rates are `null` when nothing was counted: "no data" is not 0%.
 *
 * Sandbox-only like the fault admin: it aggregates every member's events, so it answers loopback
 * clients only (a demo exposed on a LAN does not publish its visitors' behaviour).
 */
import type { Hono, MiddlewareHandler } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type { Db } from '../db.js';
import { isLoopback } from '../faults.js';
import { iso } from '../time.js';

export interface ApplicationStepCount {
  step: string;
  journeys: number;
}

export interface ApplicationChannelFunnel {
  channel: string;
  /** In step order; steps no journey of this channel reached are present with 0. */
  steps: ApplicationStepCount[];
  submitted: number;
  approved: number;
}

export interface OfferVariantStats {
  experimentId: string | null;
  variant: string | null;
  impressions: number;
  clicks: number;
  claims: number;
  ctr: number | null;
  claimRate: number | null;
}

export interface PaymentMethodStats {
  method: string;
  attempts: number;
  succeeded: number;
  failed: number;
  /** Confirmed, with no success or failure reported yet (processing, unknown, page closed). */
  pending: number;
  successRate: number | null;
}

export interface RedemptionStats {
  started: number;
  succeeded: number;
  failed: number;
  cancelled: number;
  unknown: number;
  rate: number | null;
  pointsRedeemed: number;
}

export interface Insights {
  generatedAt: string;
  totals: { events: number; sessions: number; lastReceivedAt: string | null };
  applications: { steps: string[]; channels: ApplicationChannelFunnel[] };
  offers: { variants: OfferVariantStats[] };
  payments: { methods: PaymentMethodStats[] };
  redemptions: RedemptionStats;
}

/** Ratios rounded to 4 decimals (0.1234 = 12.34%), `null` without a denominator. */
const ratio = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null);

export function createInsights(db: Db): (now: number) => Insights {
  const totals = db.prepare<[], { events: number; sessions: number; lastReceivedAt: number | null }>(
    `SELECT COUNT(*) AS events, COUNT(DISTINCT session_id) AS sessions, MAX(received_at) AS lastReceivedAt FROM analytics_events`,
  );

  // Step order comes from the events themselves (`index` is the step's 1-based position), so a
  // bank that adds a step sees it in place without a sandbox change.
  const applicationSteps = db.prepare<[], { channel: string; step: string; position: number; journeys: number }>(
    `SELECT COALESCE(json_extract(props, '$.channel'), 'other') AS channel,
            json_extract(props, '$.step') AS step,
            MIN(COALESCE(json_extract(props, '$.index'), 999)) AS position,
            COUNT(DISTINCT correlation_id) AS journeys
     FROM analytics_events
     WHERE name = 'banklet-application-step-view' AND json_type(props, '$.step') = 'text'
     GROUP BY channel, step`,
  );
  const applicationOutcomes = db.prepare<[], { channel: string; submitted: number; approved: number }>(
    `SELECT COALESCE(json_extract(props, '$.channel'), 'other') AS channel,
            COUNT(DISTINCT CASE WHEN name = 'banklet-application-submitted' THEN correlation_id END) AS submitted,
            COUNT(DISTINCT CASE WHEN name = 'banklet-application-decision' AND json_extract(props, '$.status') = 'approved' THEN correlation_id END) AS approved
     FROM analytics_events
     WHERE name IN ('banklet-application-submitted', 'banklet-application-decision')
     GROUP BY channel`,
  );

  const offerVariants = db.prepare<[], Omit<OfferVariantStats, 'ctr' | 'claimRate'>>(
    `SELECT experiment_id AS experimentId, variant,
            SUM(name = 'banklet-offer-impression') AS impressions,
            SUM(name = 'banklet-offer-click') AS clicks,
            SUM(name = 'banklet-offer-claim' AND json_extract(props, '$.outcome') = 'succeeded') AS claims
     FROM analytics_events
     WHERE name IN ('banklet-offer-impression', 'banklet-offer-click', 'banklet-offer-claim')
     GROUP BY experiment_id, variant
     ORDER BY experiment_id IS NULL, experiment_id, variant IS NULL, variant`,
  );

  // One row per payment intent (the correlation id of every payment event). The method is the
  // one of the intent's last confirm (SQLite takes bare columns from the MAX(ts) row); the outcome
  // is "succeeded" if any result said so, which also settles `unknown` → `succeeded` sequences.
  const paymentMethods = db.prepare<[], Omit<PaymentMethodStats, 'pending' | 'successRate'>>(
    `WITH confirmed AS (
       SELECT correlation_id AS intent, COALESCE(json_extract(props, '$.method'), 'unknown') AS method, MAX(ts) AS at
       FROM analytics_events WHERE name = 'banklet-payment-confirm'
       GROUP BY correlation_id
     ),
     results AS (
       SELECT correlation_id AS intent,
              MAX(json_extract(props, '$.status') = 'succeeded') AS succeeded,
              MAX(json_extract(props, '$.status') = 'failed') AS failed
       FROM analytics_events WHERE name = 'banklet-payment-result'
       GROUP BY correlation_id
     )
     SELECT c.method AS method, COUNT(*) AS attempts,
            COALESCE(SUM(r.succeeded = 1), 0) AS succeeded,
            COALESCE(SUM(r.succeeded = 0 AND r.failed = 1), 0) AS failed
     FROM confirmed c LEFT JOIN results r ON r.intent = c.intent
     GROUP BY c.method
     ORDER BY attempts DESC, method`,
  );

  const redemptions = db.prepare<[], Omit<RedemptionStats, 'rate'>>(
    `SELECT COUNT(*) AS started,
            COALESCE(SUM(json_extract(props, '$.outcome') = 'succeeded'), 0) AS succeeded,
            COALESCE(SUM(json_extract(props, '$.outcome') = 'failed'), 0) AS failed,
            COALESCE(SUM(json_extract(props, '$.outcome') = 'cancelled'), 0) AS cancelled,
            COALESCE(SUM(json_extract(props, '$.outcome') = 'unknown'), 0) AS unknown,
            COALESCE(SUM(CASE WHEN json_extract(props, '$.outcome') = 'succeeded' THEN json_extract(props, '$.points') END), 0) AS pointsRedeemed
     FROM analytics_events WHERE name = 'banklet-points-redeem'`,
  );

  // Readers see one consistent snapshot even while a batch is being ingested.
  const read = db.transaction((now: number): Insights => {
    const total = totals.get()!;

    const stepRows = applicationSteps.all();
    const position = new Map<string, number>();
    for (const row of stepRows) position.set(row.step, Math.min(position.get(row.step) ?? Infinity, row.position));
    const steps = [...position.keys()].sort((a, b) => position.get(a)! - position.get(b)! || a.localeCompare(b));
    const outcomes = new Map(applicationOutcomes.all().map((row) => [row.channel, row]));
    const channelNames = [...new Set([...stepRows.map((row) => row.channel), ...outcomes.keys()])].sort();
    const channels = channelNames.map((channel): ApplicationChannelFunnel => ({
      channel,
      steps: steps.map((step) => ({ step, journeys: stepRows.find((row) => row.channel === channel && row.step === step)?.journeys ?? 0 })),
      submitted: outcomes.get(channel)?.submitted ?? 0,
      approved: outcomes.get(channel)?.approved ?? 0,
    }));

    const variants = offerVariants.all().map((row) => ({ ...row, ctr: ratio(row.clicks, row.impressions), claimRate: ratio(row.claims, row.impressions) }));
    const methods = paymentMethods.all().map((row) => ({
      ...row,
      pending: row.attempts - row.succeeded - row.failed,
      successRate: ratio(row.succeeded, row.attempts),
    }));
    const redeemed = redemptions.get()!;

    return {
      generatedAt: iso(now),
      totals: { events: total.events, sessions: total.sessions, lastReceivedAt: total.lastReceivedAt === null ? null : iso(total.lastReceivedAt) },
      applications: { steps, channels },
      offers: { variants },
      payments: { methods },
      redemptions: { ...redeemed, rate: ratio(redeemed.succeeded, redeemed.started) },
    };
  });
  return (now) => read.deferred(now);
}

/** Mounts `GET /__sandbox/insights` (loopback clients only). */
export function mountInsights<E extends { Bindings: HttpBindings }>(app: Hono<E>, db: Db): void {
  const insights = createInsights(db);
  const guard: MiddlewareHandler<E> = async (c, next) => {
    if (!isLoopback(c.env.incoming.socket.remoteAddress)) return c.json({ error: 'insights are loopback-only' }, 403);
    return next();
  };
  app.use('/__sandbox/insights', guard);
  app.get('/__sandbox/insights', (c) => c.json(insights(Date.now()), 200, { 'Cache-Control': 'no-store' }));
}
