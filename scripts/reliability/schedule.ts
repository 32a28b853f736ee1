/**
 * Fault schedules for the reliability suite (issue #12): a schedule number, through a seeded PRNG,
 * becomes one user intent and the faults it meets. The same number always gives the same
 * schedule, so a failing one is replayed with `BANKLET_FAULT_SEED=<n>`. (What the network and the
 * SDK's jittered backoff do with it in real time can still vary a little between runs.)
 */
import { prng } from '../../packages/sandbox/src/ids.js';

export type IntentKind = 'payment' | 'redeem' | 'application' | 'analytics';
export const INTENT_KINDS: readonly IntentKind[] = ['payment', 'redeem', 'application', 'analytics'];

/**
 * What happens to the n-th request of the intent's operation (payment confirm, redemption,
 * application submit, analytics ingest); requests past the list go through untouched.
 * - `pass`: served normally (after `latencyMs`).
 * - 500/502/503/429: the sandbox answers with that status and does nothing (503/429 carry Retry-After).
 * - `drop`: the connection dies before the server sees the request (the test's proxy resets it).
 * - `dropAfterCommit`: the sandbox commits, then kills the connection: the client never hears.
 * - `timeout`: the sandbox never answers and never runs it; the client's timeout ends the attempt.
 * A `latencyMs` above the client's timeout makes any served request commit after the client gave up.
 */
export type Effect = 'pass' | 500 | 502 | 503 | 429 | 'drop' | 'dropAfterCommit' | 'timeout';

export interface AttemptFault {
  latencyMs: number;
  effect: Effect;
}

export interface Schedule {
  seed: number;
  kind: IntentKind;
  /** `widget`: the payment sheet in the page; `sdk`: the SDK resource (or outbox) directly. */
  via: 'sdk' | 'widget';
  attempts: AttemptFault[];
  /** The browser goes offline for `ms`: at the start of the intent, or while attempt n is in flight. */
  offline?: { attempt: number | 'start'; ms: number };
  /** The page reloads while attempt n of the intent's operation is in flight. */
  reload?: { attempt: number };
  /** Amounts below the password-free limit (no step-up); card + `…99` fails, card + `…77` is processing. */
  payment?: { amount: number; method: 'balance' | 'card' };
  /** The 17th ID digit steers the sandbox: 9 declined, 8 referred, 7 pending, else approved. */
  application?: { decisionDigit: number };
  /** Analytics events emitted besides the intent's own two (for `analytics`, the intent itself). */
  events: number;
  /**
   * `reused`: keep-alive connections, as usual. Chromium then resends a request by itself (same
   * headers, so the same Idempotency-Key) when a reused connection dies before any answer, and a
   * dropped answer often never reaches the SDK. `fresh`: the proxy closes every connection after
   * one exchange, so the SDK meets each drop itself.
   */
  connections: 'reused' | 'fresh';
}

/** The client settings the schedules are sized for (see the generator's latencies). */
export const CLIENT = {
  timeoutMs: 350,
  retry: { retries: 3, baseDelayMs: 20, maxDelayMs: 100, maxRetryAfterMs: 50 },
  analytics: { batchSize: 5, flushIntervalMs: 30 },
} as const;

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Weighted choice: `[[weight, value], …]`. */
function weighted<T>(random: () => number, table: readonly (readonly [number, T])[]): T {
  const total = table.reduce((sum, [w]) => sum + w, 0);
  let roll = random() * total;
  for (const [w, value] of table) {
    roll -= w;
    if (roll < 0) return value;
  }
  return table[table.length - 1]![1];
}

const EFFECTS: readonly (readonly [number, Effect])[] = [
  [14, 'pass'],
  [8, 500],
  [7, 502],
  [10, 503],
  [10, 429],
  [12, 'drop'],
  [18, 'dropAfterCommit'],
  [9, 'timeout'],
];

/** Latencies well under the 350 ms client timeout, and now and then one above it. */
const LATENCIES = [0, 0, 0, 20, 60, 120, 250, 500] as const;

export function generateSchedule(seed: number): Schedule {
  // Neighbouring numbers should not give neighbouring streams.
  const random = prng(Math.imul(seed + 1, 0x9e3779b1) ^ 0x5bd1e995);
  const kind = weighted(random, [
    [3, 'payment'],
    [2, 'redeem'],
    [2, 'application'],
    [2, 'analytics'],
  ] as const);
  const via = kind === 'payment' && random() < 0.35 ? 'widget' : 'sdk';

  // 0–7 disturbed attempts: with 3 SDK retries, four or more can outlast one call and make the
  // harness settle the intent by a status query. (Chromium itself resends a request once when a
  // reused keep-alive connection dies before any answer, so a dropped attempt may take two.)
  const count = weighted(random, [
    [10, 0],
    [20, 1],
    [18, 2],
    [15, 3],
    [13, 4],
    [10, 5],
    [8, 6],
    [6, 7],
  ] as const);
  const attempts: AttemptFault[] = [];
  for (let i = 0; i < count; i += 1) attempts.push({ latencyMs: pick(random, LATENCIES), effect: weighted(random, EFFECTS) });

  const events = kind === 'analytics' ? 3 + Math.floor(random() * 23) : Math.floor(random() * 4);
  const schedule: Schedule = { seed, kind, via, attempts, events, connections: 'reused' };

  // An attempt can only be caught in flight if every attempt before it failed in a way the SDK
  // retries (a passed one ends the call); and the SDK makes at most four per call.
  const reachable = [1];
  for (let i = 0; i < Math.min(attempts.length, 3) && attempts[i]!.effect !== 'pass'; i += 1) reachable.push(i + 2);
  if (random() < 0.2) {
    schedule.offline = { attempt: random() < 0.5 ? 'start' : pick(random, reachable), ms: pick(random, [60, 150, 300, 500]) };
  }
  if (random() < 0.14) {
    const attempt = pick(random, reachable);
    schedule.reload = { attempt };
    // In flight long enough to be caught mid-way: the reloaded attempt is slow.
    if (attempts.length < attempt) attempts.push({ latencyMs: 0, effect: 'pass' });
    const at = attempts[attempt - 1]!;
    at.latencyMs = Math.max(at.latencyMs, 150);
    if (at.effect === 'drop') at.effect = 'pass';
  }

  if (kind === 'payment') {
    const method = via === 'widget' ? 'card' : random() < 0.5 ? 'card' : 'balance';
    const ending = weighted<'plain' | 99 | 77>(random, [
      [80, 'plain'],
      [12, 99],
      [8, 77],
    ]);
    let amount = 100 + Math.floor(random() * 19_000);
    if (ending === 'plain') {
      if (amount % 100 === 99 || amount % 100 === 77) amount += 1;
    } else amount = Math.floor(amount / 100) * 100 + ending;
    schedule.payment = { amount, method };
  }
  if (kind === 'application') schedule.application = { decisionDigit: weighted(random, [[55, 3], [15, 9], [15, 8], [15, 7]] as const) };
  // Drawn last, so that adding it left every earlier schedule's faults as they were.
  if (random() < 0.5) schedule.connections = 'fresh';
  return schedule;
}

/** One line naming the schedule and its faults, for failure messages and the verbose log. */
export function describeSchedule(s: Schedule): string {
  const attempts = s.attempts.map((a, i) => `#${i + 1} ${a.effect}${a.latencyMs ? `+${a.latencyMs}ms` : ''}`).join(', ') || 'none';
  const extra = [
    s.offline ? `offline ${s.offline.ms}ms at ${s.offline.attempt === 'start' ? 'start' : `attempt ${s.offline.attempt}`}` : '',
    s.reload ? `reload during attempt ${s.reload.attempt}` : '',
    s.payment ? `amount ${s.payment.amount} by ${s.payment.method}` : '',
    s.application ? `decision digit ${s.application.decisionDigit}` : '',
    `${s.connections} connections`,
    `${s.events} extra events`,
  ].filter(Boolean);
  return `seed ${s.seed}: ${s.kind} via ${s.via}; attempts: ${attempts}; ${extra.join('; ')}`;
}
