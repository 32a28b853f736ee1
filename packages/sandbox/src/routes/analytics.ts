/**
 * Analytics batch ingest and the funnel summary behind the demo dashboard. Ingest is idempotent by
 * event id (`INSERT OR IGNORE`), which is what lets the SDK's outbox resend a batch after a lost
 * response without double counting.
 */
import type { components } from '../../../sdk/src/generated/openapi.js';
import type { HandlerMap, Services } from '../context.js';
import { reply } from '../context.js';
import { iso } from '../time.js';

type S = components['schemas'];

export function analyticsHandlers({ db }: Services): HandlerMap {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO analytics_events
       (id, member_id, name, ts, widget, session_id, correlation_id, experiment_id, variant, props, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  return {
    ingestAnalyticsEvents({ memberId, body, now }) {
      const { events } = body as S['AnalyticsBatch'];
      let accepted = 0;
      for (const e of events) {
        accepted += insert.run(
          e.id,
          memberId,
          e.name,
          e.ts,
          e.widget,
          e.sessionId,
          e.correlationId,
          e.experiment?.id ?? null,
          e.experiment?.variant ?? null,
          JSON.stringify(e.props),
          now,
        ).changes;
      }
      return reply(200, { accepted, duplicates: events.length - accepted } satisfies S['AnalyticsIngestResult']);
    },

    getAnalyticsSummary({ query, now }) {
      const where: string[] = [];
      const args: (string | number)[] = [];
      if (query.from !== undefined) {
        where.push('ts >= ?');
        args.push(query.from);
      }
      if (query.to !== undefined) {
        where.push('ts < ?');
        args.push(query.to);
      }
      if (query.widget) {
        where.push('widget = ?');
        args.push(query.widget);
      }
      const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const totals = db
        .prepare<(string | number)[], { events: number; sessions: number }>(
          `SELECT COUNT(*) AS events, COUNT(DISTINCT session_id) AS sessions FROM analytics_events ${filter}`,
        )
        .get(...args)!;
      const steps = db
        .prepare<(string | number)[], S['FunnelStep']>(
          `SELECT widget, name, COUNT(*) AS events, COUNT(DISTINCT session_id) AS sessions FROM analytics_events ${filter}
           GROUP BY widget, name ORDER BY events DESC, widget, name`,
        )
        .all(...args);
      const experiments = db
        .prepare<(string | number)[], S['VariantStats']>(
          `SELECT experiment_id AS experimentId, variant, COUNT(*) AS events, COUNT(DISTINCT session_id) AS sessions
           FROM analytics_events ${filter ? `${filter} AND` : 'WHERE'} experiment_id IS NOT NULL
           GROUP BY experiment_id, variant ORDER BY experiment_id, variant`,
        )
        .all(...args);
      const result: S['AnalyticsSummary'] = { generatedAt: iso(now), events: totals.events, sessions: totals.sessions, steps, experiments };
      return reply(200, result);
    },
  };
}
