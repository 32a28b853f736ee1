// One markdown table from the bytes and the timings, the targets of issue 11 checked against it,
// and the section of docs/performance.md that shows the latest run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { WIDGETS } from './banklet-sizes.mjs';
import { LEDGER_SCROLL, SLIDES } from './subjects.mjs';

const KB = 1024;
/** The anchor every ratio is taken against: the payment UI a bank's partner would otherwise embed. */
const REFERENCE = 'adyen-dropin';
/** "Well under" a payment anchor, made checkable: at most half its gzip bytes. */
const WELL_UNDER = 0.5;
const FULL_BANKLET_BUDGET = 45 * KB;

const kb = (n) => (n === undefined ? '' : (n / KB).toFixed(1));
const triple = (m) => (m ? `${kb(m.min)} / ${kb(m.gz)} / ${kb(m.br)}` : '');
const ms = (n) => (n === undefined ? '' : Math.round(n).toLocaleString('en'));
const times = (a, b) => (a === undefined || !b ? '' : `${(a / b).toFixed(2)}×`);
const longest = (n) => (n === undefined ? '' : n === 0 ? '< 50' : ms(n));

/**
 * Rows of the table, in sections. Each row: subject, bytes alone, bytes with imports, gzip ratio,
 * eval, first render, time ratio, longest task, total blocking time, notes.
 */
export function buildRows({ banklet, full, anchors, timings }) {
  const reference = anchors.find((a) => a.id === REFERENCE);
  const referenceEval = timings[`eval:${REFERENCE}`]?.median.eval;
  const rows = [];
  const section = (title) => rows.push({ section: title });
  const timed = (id) => timings[id];
  const failed = (...ids) => ids.map((id) => timings[id]?.error && `${id.split(':')[0]} failed: ${timings[id].error}`).filter(Boolean);

  section('Banklet, dist/cdn (rollup)');
  for (const entry of banklet) {
    if (!entry.built) {
      rows.push({ subject: entry.file, notes: ['not built (no such file in dist/cdn)'] });
      continue;
    }
    const evaluation = timed(`eval:${entry.file}`);
    const render = timed(`render:${entry.file}`);
    const notes = [];
    if (entry.file === 'ledger.worker.js') notes.push('web worker: not timed on the page');
    if (entry.file.endsWith('.iife.js')) notes.push('classic script; eval ends at its load event, before banklet.js it then imports');
    if (render) notes.push(`render: ${render.median.api !== undefined ? `${ms(render.median.api)} ms of it waiting on the API; ` : ''}${render.note ?? ''}`);
    notes.push(...failed(`eval:${entry.file}`, `render:${entry.file}`));
    const busiest = render ?? evaluation;
    rows.push({
      subject: entry.file,
      alone: triple(entry.alone),
      closure: `${triple(entry.closure)} (${entry.closure.files})`,
      gzRatio: times(entry.closure.gz, reference?.closure.gz),
      eval: ms(evaluation?.median.eval),
      render: ms(render?.median.render),
      timeRatio: times(render?.median.render ?? evaluation?.median.eval, referenceEval),
      longestTask: longest(busiest?.median.longestTask),
      blockingTime: ms(busiest?.median.blockingTime),
      notes,
    });
  }
  if (full) {
    rows.push({
      subject: '**full banklet.js** (+ every widget)',
      closure: `${triple(full)} (${full.files})`,
      gzRatio: times(full.gz, reference?.closure.gz),
      notes: [
        `what a page showing all ${full.widgets} built widgets downloads, each file once`,
        ...(full.lazy
          ? [`+ ${full.lazy.files} lazy chunks (${kb(full.lazy.gz)} KB gz) not counted, of which locale catalogues ${kb(full.lazy.locales.gz)} KB (a page loads one language's: core and each widget's)`]
          : []),
      ],
    });
  }

  section('Anchors, from npm (esbuild: bundle, minify, ESM, browser, code splitting)');
  for (const anchor of anchors) {
    const evaluation = timed(`eval:${anchor.id}`);
    const notes = [`${anchor.pkg}@${anchor.version} ${anchor.label}`];
    if (anchor.css) notes.push(`incl. required CSS ${kb(anchor.css.gz)} KB gz`);
    if (anchor.lazy) notes.push(`+ ${anchor.lazy.files} lazy chunks (${kb(anchor.lazy.gz)} KB gz) not counted`);
    notes.push(...failed(`eval:${anchor.id}`));
    rows.push({
      subject: anchor.id,
      alone: triple(anchor.alone),
      closure: `${triple(anchor.closure)} (${anchor.closure.files})`,
      gzRatio: times(anchor.closure.gz, reference?.closure.gz),
      eval: ms(evaluation?.median.eval),
      timeRatio: times(evaluation?.median.eval, referenceEval),
      longestTask: longest(evaluation?.median.longestTask),
      blockingTime: ms(evaluation?.median.blockingTime),
      notes,
    });
  }

  section(`Carousels: script start → ${SLIDES} slides painted`);
  const swiper = timed('carousel:swiper')?.median.render;
  for (const id of Object.keys(timings).filter((k) => k.startsWith('carousel:'))) {
    const t = timings[id];
    const notes = [];
    if (id === 'carousel:banklet') notes.push(`offer-carousel.js with the sandbox's offers repeated to ${SLIDES}, incl. fetching them`);
    if (id !== 'carousel:swiper' && swiper) notes.push(`${times(t.median.render, swiper)} swiper`);
    notes.push(...failed(id));
    rows.push({
      subject: id.replace('carousel:', '') + (id === 'carousel:banklet' ? ' (banklet-offer-carousel)' : ''),
      render: ms(t.median.render),
      timeRatio: times(t.median.render, referenceEval),
      longestTask: longest(t.median.longestTask),
      blockingTime: ms(t.median.blockingTime),
      notes,
    });
  }

  const ledger = timed('ledger');
  if (ledger) {
    section(`Rewards wallet: 100,000-entry ledger (m-ledger) scrolled at ${LEDGER_SCROLL.speed.toLocaleString('en')} px/s for ${LEDGER_SCROLL.seconds} s`);
    const m = ledger.median;
    rows.push({
      subject: 'rewards-wallet.js ledger',
      longestTask: longest(m.longestTask),
      blockingTime: ms(m.blockingTime),
      notes: [
        m.frames !== undefined && `${Math.round(m.frames / m.seconds)} frames/s`,
        m.loaded !== undefined && `${m.loaded.toLocaleString('en')} entries fetched`,
        m.behind > 1 && `fell ${ms(m.behind)} px behind the scroll`,
        ...failed('ledger'),
      ].filter(Boolean),
    });
  }
  return rows;
}

const COLUMNS = [
  ['subject', 'subject'],
  ['alone', 'alone KB min / gz / br'],
  ['closure', 'with imports KB min / gz / br (files)'],
  ['gzRatio', 'gz ÷ Drop-in'],
  ['eval', 'eval ms'],
  ['render', 'first render ms'],
  ['timeRatio', 'time ÷ Drop-in eval'],
  ['longestTask', 'longest task ms'],
  ['blockingTime', 'TBT ms'],
  ['notes', 'notes'],
];

export function markdownTable(rows) {
  const cell = (row, key) => (key === 'notes' ? (row.notes ?? []).join('; ') : row[key] ?? '');
  const lines = [
    `| ${COLUMNS.map(([, title]) => title).join(' | ')} |`,
    `|${COLUMNS.map(([key]) => (['subject', 'notes'].includes(key) ? '---' : '--:')).join('|')}|`,
  ];
  for (const row of rows) {
    if (row.section) lines.push(`| **${row.section}** |${' |'.repeat(COLUMNS.length - 1)}`);
    else lines.push(`| ${COLUMNS.map(([key]) => String(cell(row, key)).replaceAll('|', '\\|')).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The three targets of issue 11, each `{ text, met }` (met undefined when it could not be checked). */
export function checkTargets({ banklet, full, anchors, timings }) {
  const targets = [];
  const bankletJs = banklet.find((e) => e.file === 'banklet.js' && e.built);
  targets.push({
    text: `full banklet.js ≤ 45 KB gzip: ${full ? `${kb(full.gz)} KB with every built widget` : 'banklet.js not built'}${bankletJs ? ` (banklet.js with its static imports alone: ${kb(bankletJs.closure.gz)} KB)` : ''}`,
    met: full ? full.gz <= FULL_BANKLET_BUDGET : undefined,
  });

  const payments = anchors.filter((a) => a.payment);
  const smallest = payments.reduce((a, b) => (b.closure.gz < a.closure.gz ? b : a), payments[0]);
  const widgets = banklet.filter((e) => e.built && WIDGETS.some((w) => w.file === e.file));
  const missing = banklet.filter((e) => !e.built).map((e) => e.file);
  const worst = widgets.reduce((a, b) => (!a || b.closure.gz > a.closure.gz ? b : a), undefined);
  const share = worst && `${worst.file} at ${kb(worst.closure.gz)} KB gz with imports = ${((worst.closure.gz / smallest.closure.gz) * 100).toFixed(0)}%`;
  targets.push({
    text: `each widget entry well under (≤ ${WELL_UNDER * 100}% of) any payment anchor: ${share ? `largest is ${share}` : 'no widget built'} of the smallest, ${smallest.id} (${kb(smallest.closure.gz)} KB)${missing.length ? `; not built: ${missing.join(', ')}` : ''}`,
    met: worst ? worst.closure.gz <= smallest.closure.gz * WELL_UNDER : undefined,
  });

  const dropinEval = timings[`eval:${REFERENCE}`]?.median.eval;
  const renders = widgets.map((e) => [e.file, timings[`render:${e.file}`]?.median.render]).filter(([, t]) => t !== undefined);
  const slowest = renders.reduce((a, b) => (!a || b[1] > a[1] ? b : a), undefined);
  targets.push({
    text: `eval + first render of any widget < Adyen Drop-in's eval alone (${ms(dropinEval)} ms): ${slowest ? `slowest is ${slowest[0]} at ${ms(slowest[1])} ms (${times(slowest[1], dropinEval)})` : 'no widget rendered'}`,
    met: slowest && dropinEval ? slowest[1] < dropinEval : undefined,
  });
  return targets;
}

export const targetLines = (targets) => targets.map((t) => `- ${t.met === undefined ? '?' : t.met ? '✔ met' : '✖ not met'}: ${t.text}`).join('\n');

const START = '<!-- bench:start (written by `npm run bench`; edits between these lines are replaced) -->';
const END = '<!-- bench:end -->';

/** Replaces the generated section of docs/performance.md (or appends it), keeping the prose. */
export function writeDocsSection(file, { table, targets, environment, settings }) {
  const section = [
    START,
    `Measured ${environment.date} at commit ${environment.commit}${environment.uncommitted ? ' (with uncommitted changes to the sources)' : ''} on ${environment.cpu} (${environment.cores} cores, load average ${environment.loadavg.join(' / ')} at the start), ` +
      `Node ${environment.node}, Chromium ${environment.chromium}; ${settings.cpuSlowdown}× CPU throttling, ` +
      `median of ${settings.runs} interleaved runs after one warm-up pass; the whole run took ${environment.wallSeconds} s.`,
    '',
    table,
    '',
    'Targets (issue 11):',
    '',
    targetLines(targets),
    END,
  ].join('\n');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n\n';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next = start >= 0 && end > start
    ? current.slice(0, start) + section + current.slice(end + END.length)
    : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
