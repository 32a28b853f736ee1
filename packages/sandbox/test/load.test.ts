/**
 * Sandbox under load — the reliability suite's requirement: "200 concurrent clients confirming and
 * redeeming (loopback only, bounded in time) → only designed errors (409/422/429), no lost writes;
 * kill -9 mid-load and restart → every committed write present; p50/p99 latency printed."
 *
 * The CLI runs as a child process on a temp data dir, exactly as a developer runs it. 200 clients
 * loop through journeys picked by a seeded PRNG (the mix is reproducible; how many journeys fit in
 * the time box depends on the machine), each journey as one member with that member's own token:
 *
 *   pay      create an intent → read its methods → confirm with an Idempotency-Key, either once,
 *            or the same key 2–4 times at once (double tap + retries), or two keys at once (two
 *            tabs), or the key again with another body; by balance, points, points + cash or card
 *            (amounts ending 99 are declined by the card, 77 are processing and settle 3 s later)
 *   redeem   list the catalogue → redeem an item (four times in five one it lists as available),
 *            once, or the same key 2–4 times at once, or the key again with another body
 *
 * Clients 0–29 share three seeded members, so they race for one balance and for scarce stock
 * (`f-cash-advance` has 3 units, `t-upgrade` 10); the other 170 each take turns as two members of
 * their own created on first use (1,000 welcome points, ¥1,000, a debit card — `provisionMember`):
 * two welcome bonuses per client keep redemptions from running dry within the time box.
 *
 * Every answer is classified (2xx / designed refusal / anything else = failure) and every 2xx
 * write is recorded. Afterwards each recorded write is read back, and the store must hold exactly
 * the recorded writes and nothing else: per member, the intents, payments and redemptions in the
 * store equal the acknowledged ones, the points balance equals the seed balance + points earned −
 * points used − points redeemed (and moved by the ledger alone), the cash balance equals the seed
 * balance − cash paid by balance, and no intent has two non-failed payments.
 *
 * Phase 2 runs the same load and kills the process with SIGKILL while requests are in flight,
 * restarts it on the same data dir, checks that every write acknowledged by the first process is
 * there, then retries every write the kill cut off with its own Idempotency-Key and runs the same
 * exact accounting: a retry may replay or run, never run twice. Whether the kill lands between a
 * commit and its answer is luck, so phase 2 also makes that case certain: the sandbox's fault
 * injection drops the answers of the first few confirms and redemptions after their commit, and
 * their retries after the restart must be replays (or the refusal the first try got).
 *
 * Figures go to the spec output (one `load:` line) and to `.test-results/reliability/load.json`,
 * with the machine's load average: on a shared 2-core machine the client and the server compete
 * for the same cores. Phase 1's p99 is dominated by requests that open a new connection while the
 * server is saturated (seconds there); a bare `node:http` server under the same 200 looping
 * clients shows the same tail, all of it on new connections, so it is not the sandbox's doing.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { prng } from '../src/ids.js';
import { PASSWORD_FREE_LIMIT, PROCESSING_SETTLE_MS } from '../src/reference.js';
import { call, killHard, startCli, tempDir, type JsonResponse } from './helpers.js';

const CLIENTS = 200;
/** Phase 1: load without a crash. Together with phase 2 well under the issue's 20 s of load. */
const LOAD_MS = 8_000;
/** Phase 2: load, then SIGKILL this long after it started. */
const KILL_AFTER_MS = 3_000;
/** Phase 2: answers dropped after the commit, per operation (confirm, redeem). */
const DROPS = 5;
const SEED = 0x10ad;
/**
 * Clients arrive over this long rather than in one millisecond: a herd of 200 cold connections at
 * once measures the listen queue and the client's connection pool more than the sandbox.
 */
const RAMP_MS = 1_000;
/** Concurrency of the read-back and retry passes (they check, they do not measure). */
const CHECK_POOL = 32;
const RESULTS_DIR = fileURLToPath(new URL('../../../.test-results/reliability/', import.meta.url));

// ---------------------------------------------------------------------------------- what is designed

type Op = 'createIntent' | 'methods' | 'confirm' | 'readIntent' | 'catalogue' | 'redeem' | 'readRedemption';
type WriteOp = 'createIntent' | 'confirm' | 'redeem';

/**
 * The refusals the contract documents for each operation that this load can legitimately meet.
 * 429 is documented for every operation (the sandbox sends it only for OTP resends and injected
 * faults, so it stays 0 here, but a client under load must treat it as designed). Deliberately not
 * allowed, although the contract lists them: 400 (every request here is well-formed, so a 400
 * means a broken test), 401 (tokens live an hour and survive restarts), 403 (amounts stay within
 * the password-free limit without instalments, so no step-up is due), 404 (clients only name their
 * own resources) and 500 ("server trouble" is never a designed answer to load).
 */
const DESIGNED: Record<Op, readonly number[]> = {
  createIntent: [422, 429],
  methods: [429],
  confirm: [409, 422, 429],
  readIntent: [429],
  catalogue: [429],
  redeem: [422, 429],
  readRedemption: [429],
};

/** The codes this mix can meet behind a 409 or 422; any other code is a failure. */
const DESIGNED_CODES: Record<number, readonly string[]> = {
  409: ['INTENT_NOT_PAYABLE'],
  422: ['INSUFFICIENT_POINTS', 'INSUFFICIENT_FUNDS', 'OUT_OF_STOCK', 'TIER_LOCKED', 'IDEMPOTENCY_KEY_REUSED'],
};

/**
 * Items picked regardless of the catalogue (one redemption in five), with weights: the scarce and
 * tier-locked ones make stock and tier races and the dear ones balance races.
 */
const ITEMS: readonly [string, number][] = [
  ['c-takeout', 35],
  ['c-coffee', 20],
  ['c-movie', 10],
  ['f-instalment', 10],
  ['g-mug', 10],
  ['f-cash-advance', 10],
  ['t-upgrade', 5],
];

function membersFor(client: number): string[] {
  if (client < 12) return ['m-high'];
  if (client < 22) return ['m-mid'];
  if (client < 30) return ['m-low'];
  const id = `m-load-${String(client).padStart(3, '0')}`;
  return [`${id}-a`, `${id}-b`];
}

// ---------------------------------------------------------------------------------- bookkeeping

/** One member on one client: its token, its key counter, and the client's PRNG. */
interface Session {
  client: number;
  memberId: string;
  token: string;
  rng: () => number;
  seq: number;
}

interface AckedIntent {
  id: string;
  session: Session;
  amount: number;
  generation: number;
}

interface AckedPayment {
  id: string;
  session: Session;
  intentId: string;
  /** As acknowledged; `settled` is what the store says once read back. */
  status: 'succeeded' | 'processing' | 'failed';
  settled?: 'succeeded' | 'processing' | 'failed';
  method: 'balance' | 'points' | 'card';
  amount: number;
  cash: number;
  pointsUsed: number;
  pointsEarned: number;
  ackedAt: number;
  generation: number;
}

interface AckedRedemption {
  id: string;
  session: Session;
  body: { id: string; pointsSpent: number };
  generation: number;
}

/** A write the kill cut off: retried after the restart with the same key and body. */
interface CutWrite {
  op: WriteOp;
  session: Session;
  path: string;
  key: string;
  body: unknown;
  /** Cut before the kill, so by a fault-injected drop: it certainly ran (and committed). */
  committed: boolean;
}

class Tally {
  latencies: number[] = [];
  latenciesByOp = new Map<Op, number[]>();
  ok = 0;
  designed = new Map<number, number>();
  codes = new Map<string, number>();
  other: string[] = [];
  /** Requests that never got an answer because the process was killed or the answer was dropped. */
  cut = 0;
  /** Requests that failed at the network level with the server up: failures, also in `other`. */
  networkErrors = 0;

  get requests(): number {
    return this.latencies.length + this.networkErrors + this.cut;
  }

  get designedTotal(): number {
    return [...this.designed.values()].reduce((a, b) => a + b, 0);
  }

  record(op: Op, ms: number, response: JsonResponse): void {
    this.latencies.push(ms);
    let list = this.latenciesByOp.get(op);
    if (!list) this.latenciesByOp.set(op, (list = []));
    list.push(ms);
    const { status } = response;
    if (status >= 200 && status < 300) {
      this.ok += 1;
      return;
    }
    const code = response.body?.error?.code as string | undefined;
    const codes = DESIGNED_CODES[status];
    if (DESIGNED[op].includes(status) && (codes === undefined || (code !== undefined && codes.includes(code)))) {
      this.designed.set(status, (this.designed.get(status) ?? 0) + 1);
      this.codes.set(`${status} ${code}`, (this.codes.get(`${status} ${code}`) ?? 0) + 1);
      return;
    }
    this.other.push(`${op} → ${status} ${response.text.slice(0, 200)}`);
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (ms: number) => Math.round(ms * 10) / 10;
const latencyFigures = (list: number[]) => ({ answered: list.length, p50Ms: round(percentile(list, 50)), p99Ms: round(percentile(list, 99)) });
/** ` (p50/p99 phase 1 90/640 ms, phase 2 110/610 ms)` for the phases that ran. */
function phaseLatencies(...phases: unknown[]): string {
  const parts = (phases as (ReturnType<typeof latencyFigures> | undefined)[])
    .map((f, i) => (f ? `phase ${i + 1} ${Math.round(f.p50Ms)}/${Math.round(f.p99Ms)} ms` : ''))
    .filter(Boolean);
  return parts.length ? ` (p50/p99 ${parts.join(', ')})` : '';
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** What the store holds for one member, read directly (the CLI's file, read-only). */
interface StoreView {
  points: number;
  cash: number;
  ledgerSum: number;
  intents: Set<string>;
  payments: Set<string>;
  redemptions: Set<string>;
}

function readStore(dataDir: string, members: readonly string[]): { views: Map<string, StoreView>; doubleCharged: string[] } {
  const db = new Database(join(dataDir, 'banklet.sqlite'), { readonly: true });
  try {
    const member = db.prepare<[string], { points: number; cash: number }>('SELECT points_balance AS points, cash_balance AS cash FROM members WHERE id = ?');
    const ledger = db.prepare<[string], { sum: number }>('SELECT COALESCE(SUM(points), 0) AS sum FROM ledger WHERE member_id = ?');
    const ids = (table: string) => db.prepare<[string], { id: string }>(`SELECT id FROM ${table} WHERE member_id = ?`);
    const intents = ids('payment_intents');
    const payments = ids('payments');
    const redemptions = ids('redemptions');
    const views = new Map<string, StoreView>();
    for (const id of members) {
      const row = member.get(id)!;
      views.set(id, {
        points: row.points,
        cash: row.cash,
        ledgerSum: ledger.get(id)!.sum,
        intents: new Set(intents.all(id).map((r) => r.id)),
        payments: new Set(payments.all(id).map((r) => r.id)),
        redemptions: new Set(redemptions.all(id).map((r) => r.id)),
      });
    }
    const doubleCharged = db
      .prepare<[], { intent_id: string }>("SELECT intent_id FROM payments WHERE status != 'failed' GROUP BY intent_id HAVING COUNT(*) > 1")
      .all()
      .map((r) => r.intent_id);
    return { views, doubleCharged };
  } finally {
    db.close();
  }
}

const sortedIds = (ids: Iterable<string>) => [...ids].sort();

// ---------------------------------------------------------------------------------- the run

class LoadRun {
  api = '';
  generation = 1;
  killed = false;
  /** Answers are being dropped after commit by fault injection: a network error is expected. */
  dropping = false;
  inFlight = 0;
  tally = new Tally();
  readonly load = this.tally;
  readonly retries = new Tally();
  readonly intents = new Map<string, AckedIntent>();
  readonly payments = new Map<string, AckedPayment>();
  readonly redemptions = new Map<string, AckedRedemption>();
  /** `member|key` → the id its 2xx answers named: two different ids would be a duplicate effect. */
  readonly keyOutcome = new Map<string, string>();
  /** Intent → its acknowledged non-failed payments: two would be a double charge. */
  readonly chargesByIntent = new Map<string, Set<string>>();
  readonly cut: CutWrite[] = [];
  readonly violations: string[] = [];
  readonly groups = { single: 0, duplicate: 0, conflict: 0, reuse: 0, readYourWrite: 0 };

  constructor(readonly dataDir: string) {}

  violation(message: string): void {
    this.violations.push(message);
  }

  check(ok: boolean, message: () => string): void {
    if (!ok) this.violation(message());
  }

  /** Keys are deterministic per session: replays across the restart need no memory but the key. */
  key(session: Session): string {
    session.seq += 1;
    return `load-c${session.client}-${session.memberId}-${session.seq}`;
  }

  /**
   * Sends one request, classifies the answer and records an acknowledged write. A network error
   * after the kill or while answers are dropped is a cut request (kept for the retry when it is a
   * write); otherwise a failure.
   */
  async send(session: Session, op: Op, method: string, path: string, options: { key?: string; body?: unknown } = {}): Promise<JsonResponse | undefined> {
    if (this.killed) return undefined;
    const started = performance.now();
    this.inFlight += 1;
    try {
      const response = await call(this.api, method, path, { token: session.token, ...options });
      this.tally.record(op, performance.now() - started, response);
      if (response.status >= 200 && response.status < 300) this.acknowledge(session, op, options.key, response);
      return response;
    } catch (error) {
      if (!this.killed && !this.dropping) {
        this.tally.networkErrors += 1;
        this.tally.other.push(`${op} ${path}: network error ${String((error as { cause?: unknown }).cause ?? error)}`);
        return undefined;
      }
      this.tally.cut += 1;
      if (op === 'createIntent' || op === 'confirm' || op === 'redeem') {
        this.cut.push({ op, session, path, key: options.key!, body: options.body, committed: !this.killed });
      }
      return undefined;
    } finally {
      this.inFlight -= 1;
    }
  }

  private acknowledge(session: Session, op: Op, key: string | undefined, response: JsonResponse): void {
    const body = response.body;
    if (op === 'createIntent') {
      if (!this.intents.has(body.id)) this.intents.set(body.id, { id: body.id, session, amount: body.amount.amount, generation: this.generation });
    } else if (op === 'confirm') {
      if (!this.payments.has(body.id)) {
        this.payments.set(body.id, {
          id: body.id,
          session,
          intentId: body.intentId,
          status: body.status,
          method: body.method.kind,
          amount: body.amount.amount,
          cash: body.cashAmount.amount,
          pointsUsed: body.pointsUsed,
          pointsEarned: body.pointsEarned,
          ackedAt: Date.now(),
          generation: this.generation,
        });
      }
      if (body.status !== 'failed') {
        const charges = this.chargesByIntent.get(body.intentId) ?? new Set<string>();
        charges.add(body.id);
        this.chargesByIntent.set(body.intentId, charges);
        this.check(charges.size === 1, () => `double charge: intent ${body.intentId} acknowledged payments ${[...charges].join(', ')}`);
      }
    } else if (op === 'redeem') {
      if (!this.redemptions.has(body.id)) this.redemptions.set(body.id, { id: body.id, session, body, generation: this.generation });
    }
    if (key) {
      const scoped = `${session.memberId}|${key}`;
      const seen = this.keyOutcome.get(scoped);
      if (seen === undefined) this.keyOutcome.set(scoped, body.id);
      else this.check(seen === body.id, () => `key ${key} of ${session.memberId} answered ${seen} and then ${body.id}`);
    }
  }

  /** Concurrent sends with one key must get one answer, replayed: identical bodies. */
  sameAnswer(what: string, key: string, answers: (JsonResponse | undefined)[]): void {
    const got = answers.filter((a): a is JsonResponse => a !== undefined);
    this.check(
      new Set(got.map((a) => a.text)).size <= 1,
      () => `${what} with key ${key}: different answers ${got.map((a) => `${a.status} ${a.text.slice(0, 120)}`).join(' | ')}`,
    );
    if (got.length === answers.length && got.every((a) => a.status < 300 || a.body?.error?.type === 'declined')) {
      const replayed = got.filter((a) => a.headers.get('idempotent-replayed') === 'true').length;
      this.check(replayed === got.length - 1, () => `${what} with key ${key}: ${replayed} of ${got.length} answers replayed, expected ${got.length - 1}`);
    }
  }
}

// ---------------------------------------------------------------------------------- journeys

async function payJourney(run: LoadRun, session: Session): Promise<void> {
  const { rng } = session;
  const byCard = rng() < 0.3;
  // ¥5–¥199, whole yuan: under the password-free limit, so no step-up is ever due.
  let amount = (5 + Math.floor(rng() * 195)) * 100;
  if (byCard) {
    const outcome = rng();
    if (outcome < 0.1) amount += 99; // the sandbox's card declines it: a failed payment, intent stays payable
    else if (outcome < 0.2) amount += 77; // processing: settles 3 s later, observed on a read
  }
  assert.ok(amount <= PASSWORD_FREE_LIMIT);
  const created = await run.send(session, 'createIntent', 'POST', '/demo/payment-intents', {
    key: run.key(session),
    body: { amount: { amount, currency: 'CNY' } },
  });
  if (created?.status !== 201) return;
  const intentId = created.body.id as string;
  const methods = await run.send(session, 'methods', 'GET', `/payment-intents/${intentId}/methods`);
  if (methods?.status !== 200) return;

  const card = (methods.body.cards as { id: string; available: boolean }[]).find((c) => c.available);
  const pointsCash = methods.body.pointsCash as { allowed: boolean; minPoints: number; maxPoints: number; stepPoints: number };
  let body: { method: { kind: string; cardId?: string }; pointsToUse?: number };
  if (byCard && card) body = { method: { kind: 'card', cardId: card.id } };
  else if (methods.body.points.coversFullAmount && rng() < 0.3) body = { method: { kind: 'points' } };
  else body = { method: { kind: 'balance' } };
  if (body.method.kind !== 'points' && pointsCash.allowed && rng() < 0.3) {
    const steps = Math.floor((pointsCash.maxPoints - pointsCash.minPoints) / pointsCash.stepPoints);
    body.pointsToUse = pointsCash.minPoints + Math.floor(rng() * (steps + 1)) * pointsCash.stepPoints;
  }

  const path = `/payment-intents/${intentId}/confirm`;
  const send = (key: string, b: unknown = body) => run.send(session, 'confirm', 'POST', path, { key, body: b });
  const mode = rng();
  let answers: (JsonResponse | undefined)[];
  if (mode < 0.5) {
    run.groups.single += 1;
    answers = [await send(run.key(session))];
  } else if (mode < 0.75) {
    // A double tap plus retries: one key, 2–4 requests at once → one payment, identical answers.
    run.groups.duplicate += 1;
    const key = run.key(session);
    answers = await Promise.all(Array.from({ length: 2 + Math.floor(rng() * 3) }, () => send(key)));
    run.sameAnswer('confirm', key, answers);
  } else if (mode < 0.9) {
    // Two tabs: two keys for one intent at once → at most one non-failed payment (the other a 409
    // INTENT_NOT_PAYABLE, or the same decline); acknowledge() flags a second charge.
    run.groups.conflict += 1;
    answers = await Promise.all([send(run.key(session)), send(run.key(session))]);
  } else {
    // A key sent again with another body is refused and has no effect.
    const key = run.key(session);
    const first = await send(key);
    answers = [first];
    if (first && (first.status === 200 || first.body?.error?.type === 'declined')) {
      run.groups.reuse += 1;
      const other = body.method.kind === 'points' ? { method: { kind: 'balance' } } : { ...body, pointsToUse: (body.pointsToUse ?? 0) + 100 };
      const reused = await send(key, other);
      if (reused) {
        const refused = reused.status === 422 && reused.body?.error?.code === 'IDEMPOTENCY_KEY_REUSED';
        run.check(refused, () => `confirm key reuse: ${reused.status} ${reused.text.slice(0, 200)}`);
      }
    }
  }

  // Read your write: an acknowledged payment shows on the intent at once.
  const paid = answers.find((a) => a?.status === 200 && a.body.status !== 'failed');
  if (paid) {
    const intent = await run.send(session, 'readIntent', 'GET', `/payment-intents/${intentId}`);
    if (intent?.status === 200) {
      run.groups.readYourWrite += 1;
      run.check(
        ['succeeded', 'processing'].includes(intent.body.status) && intent.body.latestPaymentId === paid.body.id,
        () => `intent ${intentId} after payment ${paid.body.id}: ${intent.body.status}, latest ${intent.body.latestPaymentId}`,
      );
    }
  }
}

async function redeemJourney(run: LoadRun, session: Session): Promise<void> {
  const { rng } = session;
  // Like the widget: list the catalogue and mostly pick what it says is available; a member with
  // nothing affordable goes shopping instead (payments earn points).
  const catalogue = await run.send(session, 'catalogue', 'GET', '/rewards/catalogue');
  if (catalogue?.status !== 200) return;
  const available = (catalogue.body.items as { id: string; available: boolean }[]).filter((i) => i.available).map((i) => i.id);
  let itemId: string;
  if (rng() < 0.8) {
    if (available.length === 0) return payJourney(run, session);
    itemId = available[Math.floor(rng() * available.length)]!;
  } else {
    let pick = rng() * ITEMS.reduce((sum, [, weight]) => sum + weight, 0);
    itemId = ITEMS.find(([, weight]) => (pick -= weight) < 0)?.[0] ?? ITEMS[0]![0];
  }
  const body: { itemId: string; quantity?: number } = rng() < 0.1 ? { itemId, quantity: 2 } : { itemId };
  const send = (key: string, b: unknown = body) => run.send(session, 'redeem', 'POST', '/rewards/redemptions', { key, body: b });
  const mode = rng();
  let answers: (JsonResponse | undefined)[];
  if (mode < 0.6) {
    run.groups.single += 1;
    answers = [await send(run.key(session))];
  } else if (mode < 0.9) {
    run.groups.duplicate += 1;
    const key = run.key(session);
    answers = await Promise.all(Array.from({ length: 2 + Math.floor(rng() * 3) }, () => send(key)));
    run.sameAnswer('redeem', key, answers);
  } else {
    const key = run.key(session);
    const first = await send(key);
    answers = [first];
    if (first && (first.status === 201 || first.body?.error?.type === 'declined')) {
      run.groups.reuse += 1;
      const reused = await send(key, { itemId, quantity: (body.quantity ?? 1) + 1 });
      if (reused) {
        const refused = reused.status === 422 && reused.body?.error?.code === 'IDEMPOTENCY_KEY_REUSED';
        run.check(refused, () => `redeem key reuse: ${reused.status} ${reused.text.slice(0, 200)}`);
      }
    }
  }
  const redeemed = answers.find((a) => a?.status === 201);
  if (redeemed) {
    const read = await run.send(session, 'readRedemption', 'GET', `/rewards/redemptions/${redeemed.body.id}`);
    if (read?.status === 200) {
      run.groups.readYourWrite += 1;
      run.check(read.text === redeemed.text, () => `redemption ${redeemed.body.id} reads back as ${read.text.slice(0, 200)}`);
    }
  }
}

/** One client: journeys back to back until the time box ends or the process is killed. */
async function clientLoop(run: LoadRun, client: Session[], until: number): Promise<void> {
  await sleep((client[0]!.client * RAMP_MS) / CLIENTS);
  for (let turn = 0; !run.killed && performance.now() < until; turn += 1) {
    const session = client[turn % client.length]!;
    if (session.rng() < 0.5) await payJourney(run, session);
    else await redeemJourney(run, session);
  }
}

// ---------------------------------------------------------------------------------- checks

/**
 * Reads back acknowledged writes (all, or one generation's); returns how many were found intact.
 * Processing payments that are due settle on this read, which is why balances are checked after.
 * `complete`: every effect has been acknowledged by now, so a paid intent without an acknowledged
 * payment is a phantom charge (not so right after the kill, before cut writes are retried).
 */
async function readBack(run: LoadRun, generation?: number, complete = true): Promise<{ expected: number; present: number }> {
  const pick = <T extends { generation: number }>(items: Iterable<T>) => [...items].filter((i) => generation === undefined || i.generation === generation);
  const intents = pick(run.intents.values());
  const payments = pick(run.payments.values());
  const redemptions = pick(run.redemptions.values());
  let present = 0;
  const found = (ok: boolean, message: () => string) => {
    if (ok) present += 1;
    else run.violation(message());
  };
  await inPool(intents, CHECK_POOL, async (intent) => {
    const read = await call(run.api, 'GET', `/payment-intents/${intent.id}`, { token: intent.session.token });
    found(read.status === 200 && read.body.amount.amount === intent.amount, () => `intent ${intent.id}: ${read.status} ${read.text.slice(0, 200)}`);
    if (read.status !== 200 || !complete) return;
    const paid = ['succeeded', 'processing'].includes(read.body.status);
    const charges = [...(run.chargesByIntent.get(intent.id) ?? [])];
    run.check(paid === (charges.length > 0), () => `intent ${intent.id} is ${read.body.status}, acknowledged charges: ${charges.join(', ') || 'none'}`);
  });
  await inPool(payments, CHECK_POOL, async (payment) => {
    const read = await call(run.api, 'GET', `/payments/${payment.id}`, { token: payment.session.token });
    const body = read.body;
    const same =
      read.status === 200 &&
      body.intentId === payment.intentId &&
      body.amount.amount === payment.amount &&
      body.cashAmount.amount === payment.cash &&
      body.pointsUsed === payment.pointsUsed &&
      (body.status === payment.status || (payment.status === 'processing' && body.status === 'succeeded'));
    found(same, () => `payment ${payment.id} acknowledged ${payment.status}: ${read.status} ${read.text.slice(0, 200)}`);
    if (read.status === 200) {
      payment.settled = body.status;
      payment.pointsEarned = body.pointsEarned;
    }
  });
  await inPool(redemptions, CHECK_POOL, async (redemption) => {
    const read = await call(run.api, 'GET', `/rewards/redemptions/${redemption.id}`, { token: redemption.session.token });
    const same = read.status === 200 && JSON.stringify(read.body) === JSON.stringify(redemption.body);
    found(same, () => `redemption ${redemption.id}: ${read.status} ${read.text.slice(0, 200)}`);
  });
  return { expected: intents.length + payments.length + redemptions.length, present };
}

/** Waits until every acknowledged `processing` payment is due to settle. */
async function untilSettled(run: LoadRun): Promise<void> {
  const last = Math.max(0, ...[...run.payments.values()].filter((p) => p.status === 'processing').map((p) => p.ackedAt));
  const wait = last + PROCESSING_SETTLE_MS + 250 - Date.now();
  if (wait > 0) await sleep(wait);
}

/**
 * The exact accounting, per member: the store holds the seed rows plus the acknowledged writes
 * and nothing else, and points and cash moved by exactly what the acknowledged writes say.
 * Valid only when every effect has been acknowledged (no request in flight, cut ones retried).
 */
async function checkAccounts(run: LoadRun, everyone: Session[], initial: Map<string, StoreView>): Promise<number> {
  await untilSettled(run);
  await readBack(run);
  const members = [...initial.keys()];
  const { views, doubleCharged } = readStore(run.dataDir, members);
  run.check(doubleCharged.length === 0, () => `intents with two non-failed payments in the store: ${doubleCharged.join(', ')}`);
  const tokenOf = new Map(everyone.map((s) => [s.memberId, s.token]));
  const ofMember = <T extends { session: Session }>(items: Iterable<T>, member: string) => [...items].filter((i) => i.session.memberId === member);

  await inPool(members, CHECK_POOL, async (member) => {
    const before = initial.get(member)!;
    const now = views.get(member)!;
    const intents = ofMember(run.intents.values(), member);
    const payments = ofMember(run.payments.values(), member);
    const redemptions = ofMember(run.redemptions.values(), member);
    const same = (what: string, stored: Set<string>, seeded: Set<string>, acked: { id: string }[]) => {
      const expected = sortedIds(new Set([...seeded, ...acked.map((a) => a.id)]));
      const actual = sortedIds(stored);
      run.check(JSON.stringify(actual) === JSON.stringify(expected), () => {
        const extra = actual.filter((id) => !expected.includes(id));
        const missing = expected.filter((id) => !actual.includes(id));
        return `${member} ${what}: in the store but never acknowledged [${extra.join(', ')}], acknowledged but missing [${missing.join(', ')}]`;
      });
    };
    same('intents', now.intents, before.intents, intents);
    same('payments', now.payments, before.payments, payments);
    same('redemptions', now.redemptions, before.redemptions, redemptions);

    for (const p of payments) run.check(p.settled !== 'processing', () => `payment ${p.id} still processing after its settle time`);
    const succeeded = payments.filter((p) => p.settled === 'succeeded');
    const points =
      before.points +
      succeeded.reduce((sum, p) => sum + p.pointsEarned - p.pointsUsed, 0) -
      redemptions.reduce((sum, r) => sum + r.body.pointsSpent, 0);
    const cash = before.cash - succeeded.filter((p) => p.method === 'balance').reduce((sum, p) => sum + p.cash, 0);
    run.check(now.points === points, () => `${member}: store balance ${now.points} points, acknowledged writes give ${points}`);
    const moved = now.points - before.points;
    const posted = now.ledgerSum - before.ledgerSum;
    run.check(moved === posted, () => `${member}: balance moved ${moved}, ledger entries ${posted}`);
    run.check(now.cash === cash, () => `${member}: store cash ${now.cash}, acknowledged writes give ${cash}`);

    // The same through the API, as a bank's client would see it.
    const token = tokenOf.get(member)!;
    const account = await call(run.api, 'GET', '/rewards/account', { token });
    run.check(account.status === 200 && account.body.balance === points, () => `${member}: API balance ${account.status} ${account.body?.balance}, expected ${points}`);
    const anyIntent = intents[0];
    if (anyIntent) {
      const methods = await call(run.api, 'GET', `/payment-intents/${anyIntent.id}/methods`, { token });
      const available = methods.body?.balance?.available?.amount;
      run.check(methods.status === 200 && available === cash, () => `${member}: API cash ${methods.status} ${available}, expected ${cash}`);
    }
  });
  return members.length;
}

// ---------------------------------------------------------------------------------- the test

const dataDir = tempDir('banklet-load-');
const run = new LoadRun(dataDir);
/** Per client, the sessions it takes turns with. */
const clients: Session[][] = [];
const sessions = () => clients.flat();
let initial = new Map<string, StoreView>();
let server: { child: ChildProcess; url: string } | undefined;
const figures: Record<string, unknown> = {};

async function stop(): Promise<void> {
  const child = server?.child;
  if (child && child.exitCode === null && child.signalCode === null) await killHard(child);
}

before(async () => {
  // --faults: phase 2 drops a few answers after their commit (loopback-only admin API).
  server = await startCli(dataDir, ['--faults']);
  run.api = `${server.url}/v1`;
  // Tokens first (unknown ids are provisioned on first use), an hour long so the restart keeps them.
  await inPool(
    Array.from({ length: CLIENTS }, (_, i) => i),
    CHECK_POOL,
    async (client) => {
      // The client's sessions share one PRNG: its whole sequence of choices follows from the seed.
      const rng = prng(SEED + client);
      clients[client] = [];
      for (const memberId of membersFor(client)) {
        const issued = await call(run.api, 'POST', '/demo/tokens', { body: { memberId, ttlSeconds: 3_600 } });
        assert.equal(issued.status, 201, issued.text);
        clients[client]!.push({ client, memberId, token: issued.body.token, rng, seq: 0 });
      }
    },
  );
  initial = readStore(dataDir, [...new Set(sessions().map((s) => s.memberId))]).views;
});

after(async () => {
  await stop();
  const load = run.load;
  const seconds = Number(figures.loadSeconds ?? 0);
  const designed = (status: number) => load.designed.get(status) ?? 0;
  const kill = figures.kill as
    | { acked: number; present: number; cut: number; dropped: number; inFlight: number; replayed: number; ran: number; refused: number }
    | undefined;
  const summary =
    `load: ${CLIENTS} clients (${initial.size} members), ${load.requests} requests in ${seconds.toFixed(1)} s (${Math.round(load.requests / (seconds || 1))}/s), ` +
    `p50 ${round(percentile(load.latencies, 50))} ms, p99 ${round(percentile(load.latencies, 99))} ms` +
    `${phaseLatencies(figures.phase1, figures.phase2)}, ` +
    `2xx ${load.ok}, designed errors ${load.designedTotal} (409 ${designed(409)}, 422 ${designed(422)}, 429 ${designed(429)}), other ${load.other.length}` +
    (kill
      ? `; kill -9 after ${kill.acked} acknowledged writes (${kill.inFlight} requests in flight) → ${kill.present} present after restart; ` +
        `${kill.cut} cut writes (${kill.dropped} by answers dropped after commit) retried with their keys: ` +
        `${kill.replayed} replayed, ${kill.ran} ran once, ${kill.refused} refused as designed`
      : '') +
    `; violations ${run.violations.length} (load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`;
  console.log(summary);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(
    join(RESULTS_DIR, 'load.json'),
    `${JSON.stringify(
      {
        summary,
        node: process.version,
        // The machine is shared: latency figures mean little without what else was running.
        loadAverage1m: round(loadavg()[0]!),
        cores: cpus().length,
        clients: CLIENTS,
        members: initial.size,
        seed: SEED,
        ...figures,
        requests: load.requests,
        p50Ms: round(percentile(load.latencies, 50)),
        p99Ms: round(percentile(load.latencies, 99)),
        byOperation: Object.fromEntries(
          [...load.latenciesByOp].map(([op, list]) => [op, latencyFigures(list)]),
        ),
        ok: load.ok,
        designed: Object.fromEntries(load.designed),
        codes: Object.fromEntries([...load.codes].sort()),
        other: load.other.length,
        otherSamples: load.other.slice(0, 10),
        retryOther: run.retries.other.length,
        journeys: run.groups,
        acknowledged: { intents: run.intents.size, payments: run.payments.size, redemptions: run.redemptions.size },
        violations: run.violations.length,
        violationSamples: run.violations.slice(0, 10),
      },
      null,
      2,
    )}\n`,
  );
  rmSync(dataDir, { recursive: true, force: true });
});

const failures = (tally: Tally) => `${tally.other.length} unexpected answers:\n  ${tally.other.slice(0, 10).join('\n  ')}`;
const violations = (from = 0) => {
  const mine = run.violations.slice(from);
  return `${mine.length} violations:\n  ${mine.slice(0, 10).join('\n  ')}`;
};

test(`${CLIENTS} concurrent clients confirming and redeeming: only designed errors, no lost or doubled write`, { timeout: 45_000 }, async () => {
  const started = performance.now();
  await Promise.all(clients.map((client) => clientLoop(run, client, started + LOAD_MS)));
  figures.phase1Seconds = round((performance.now() - started) / 1000);
  figures.loadSeconds = figures.phase1Seconds;
  figures.phase1 = latencyFigures(run.load.latencies);

  assert.equal(run.load.other.length, 0, failures(run.load));
  const members = await checkAccounts(run, sessions(), initial);
  assert.deepEqual(run.violations, [], violations());
  // The load really ran every kind of journey (a quiet run must not pass for a good one).
  assert.ok(run.payments.size > 50 && run.redemptions.size > 50, `acknowledged ${run.payments.size} payments, ${run.redemptions.size} redemptions`);
  for (const [kind, n] of Object.entries(run.groups)) assert.ok(n > 10, `only ${n} ${kind} journeys ran`);
  assert.equal(members, new Set(sessions().map((s) => s.memberId)).size);
});

test('kill -9 mid-load: every acknowledged write survives the restart; retried keys never run twice', { timeout: 40_000 }, async () => {
  assert.ok(server, 'the first process is running');
  const earlier = run.violations.length;
  for (const route of ['confirmPaymentIntent', 'createRedemption']) {
    const rule = await call(server.url, 'POST', '/__sandbox/faults', { body: { route, dropAfterCommit: true, count: DROPS } });
    assert.equal(rule.status, 201, rule.text);
  }
  run.dropping = true;
  const started = performance.now();
  // The time box is a safety net: the kill ends the load long before it.
  const load = Promise.all(clients.map((client) => clientLoop(run, client, started + KILL_AFTER_MS + 5_000)));
  await sleep(KILL_AFTER_MS);
  // The drops come within the first second; waiting for their network errors keeps them apart
  // from the kill's (bounded: a missing one fails the count below).
  const droppedSoFar = () => run.cut.filter((w) => w.committed).length;
  for (let waited = 0; droppedSoFar() < 2 * DROPS && waited < 5_000; waited += 100) await sleep(100);
  const inFlight = run.inFlight;
  const cutBefore = run.load.cut;
  run.killed = true;
  await killHard(server.child);
  await load;
  const cutByKill = run.load.cut - cutBefore;
  figures.phase2Seconds = round((performance.now() - started) / 1000);
  figures.phase2 = latencyFigures(run.load.latencies.slice((figures.phase1 as { answered: number }).answered));
  figures.loadSeconds = round(Number(figures.phase1Seconds) + Number(figures.phase2Seconds));
  assert.equal(run.load.other.length, 0, failures(run.load));
  assert.ok(inFlight > 0 && cutByKill > 0, `the kill cut nothing (${inFlight} in flight)`);

  server = await startCli(dataDir);
  run.api = `${server.url}/v1`;
  run.generation = 2;
  run.killed = false;
  run.dropping = false;
  run.tally = run.retries;

  // Everything the first process acknowledged is there, before anything is retried.
  const { expected: acked, present } = await readBack(run, 1, false);

  // Retry what the kill cut off, with the same key and body: a replay if it had committed, one
  // run if it had not — the accounting below proves which, effect by effect.
  let replayed = 0;
  let ran = 0;
  let refused = 0;
  await inPool(run.cut, CHECK_POOL / 2, async (write) => {
    const answer = await run.send(write.session, write.op, 'POST', write.path, { key: write.key, body: write.body });
    if (!answer) return run.violation(`retry of ${write.op} ${write.path} got no answer`);
    const replay = answer.headers.get('idempotent-replayed') === 'true';
    if (replay) replayed += 1;
    else if (answer.status < 300) ran += 1;
    else refused += 1;
    // A dropped answer's request ran: its retry replays the stored outcome, unless the first try
    // was a refusal that is never stored (409, a reused key), which the retry then meets again.
    const refusedAgain = answer.status === 409 || answer.body?.error?.code === 'IDEMPOTENCY_KEY_REUSED';
    if (write.committed) {
      run.check(replay || refusedAgain, () => `retry of a committed ${write.op} (key ${write.key}) ran again: ${answer.status} ${answer.text.slice(0, 200)}`);
    }
  });
  const dropped = run.cut.filter((w) => w.committed).length;
  figures.kill = { acked, present, inFlight, cutByKill, cut: run.cut.length, dropped, replayed, ran, refused };

  assert.equal(present, acked, violations(earlier));
  assert.equal(dropped, 2 * DROPS, 'every answer dropped after commit surfaced as a network error before the kill');
  assert.equal(run.retries.other.length, 0, failures(run.retries));
  await checkAccounts(run, sessions(), initial);
  assert.deepEqual(run.violations.slice(earlier), [], violations(earlier));
});
