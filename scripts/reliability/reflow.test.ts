/**
 * Reflow and zoom (issue #12, WCAG 1.4.10 Reflow, 1.4.4 Resize text, 2.5.8 Target size minimum):
 * every widget in its main states, built as the CDN bundles a host page loads, against the real
 * sandbox, at 320 CSS px wide and at 1280 px with 200% zoom (a 640 CSS px viewport at device
 * scale factor 2, which is what a browser at 200% shows), each also in senior mode.
 *
 * In each state the page is checked programmatically for clipped content:
 * - no horizontal page overflow (the document is no wider than the viewport);
 * - no element in the widget's shadow roots (nested ones included) that cuts its content: overflow
 *   `hidden`/`clip` with `scrollWidth > clientWidth + 1` (or the same vertically) and no intended
 *   ellipsis;
 * - nothing scrolls sideways except what is meant to: the offer carousel's track (a scroll-snap
 *   row of slides, one per view at these widths) and the card comparison table (a data table,
 *   which 1.4.10 exempts);
 * - no interactive control smaller than 24 × 24 CSS px (disabled ones and links inside a
 *   sentence aside; no spacing exception taken: stricter than 2.5.8);
 * - nothing outside the viewport sideways (slides in the carousel track aside), and no dialog
 *   taller or wider than the viewport.
 * A screenshot of every check goes to .test-results/screenshots/reflow/ for a person to compare.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startSandbox, type Sandbox } from '../../packages/sandbox/src/index.js';
import { buildCdnInto } from '../lib/build-cdn.js';
import { chromiumArgs, chromiumPath } from '../lib/chromium.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const screenshots = join(root, '.test-results', 'screenshots', 'reflow');
let sandbox: Sandbox;
let browser: Browser;
let checks = 0;
const failures: string[] = [];
/** Text shortened with an intended ellipsis (allowed; printed so a person can judge it). */
const ellipses = new Set<string>();

/** A host page with nothing but the widget: the browser's default 8 px margin, the CDN build. */
const HARNESS = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Reflow harness</title>
    <style>body { margin: 8px; font-family: system-ui, sans-serif; }</style>
  </head>
  <body><main id="main"></main></body>
</html>`;

interface Mode {
  name: string;
  width: number;
  height: number;
  scale: number;
  lang: string;
  senior: boolean;
}

/** 320 px (a phone, and 1280 px at 400%); 640 px at scale 2 (1280 × 900 at 200%). */
const MODES: Mode[] = [
  { name: '320px', width: 320, height: 640, scale: 1, lang: 'zh-CN', senior: false },
  { name: '320px-en', width: 320, height: 640, scale: 1, lang: 'en', senior: false },
  { name: '320px-senior', width: 320, height: 640, scale: 1, lang: 'zh-CN', senior: true },
  { name: 'zoom200', width: 640, height: 450, scale: 2, lang: 'en', senior: false },
  { name: 'zoom200-senior', width: 640, height: 450, scale: 2, lang: 'zh-CN', senior: true },
];

before(async () => {
  const cdn = await buildCdnInto();
  const harness = mkdtempSync(join(tmpdir(), 'banklet-reflow-'));
  writeFileSync(join(harness, 'index.html'), HARNESS);
  sandbox = await startSandbox({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'banklet-reflow-data-')),
    staticDirs: { '/': join(root, 'demo'), '/dist/': dirname(cdn), '/reflow/': harness },
  });
  browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs() });
  mkdirSync(screenshots, { recursive: true });
});

after(async () => {
  console.log(`reflow: ${checks} (page, width/zoom, state) checks, ${failures.length} with clipped content${failures.map((f) => `\n  ${f}`).join('')}`);
  console.log(`reflow: ${ellipses.size} texts shortened with an intended ellipsis${[...ellipses].map((e) => `\n  ${e}`).join('')}`);
  await browser?.close();
  await sandbox?.close();
});

// ─── In the page ──────────────────────────────────────────────────────────────────────────────
// Everything below runs in the browser (page.evaluate); it is written as TypeScript so it is
// read and checked with the rest, and reaches the page as the function's source.

type Widget = HTMLElement & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Harness {
  mount(tag: string, options: { member: string; lang: string; senior: boolean; props?: Record<string, unknown>; attrs?: Record<string, string> }): Promise<void>;
  until(check: () => unknown, what: string, timeoutMs?: number): Promise<void>;
  widget(): Widget;
  $(selector: string): HTMLElement | null;
  $$(selector: string): HTMLElement[];
  press(button: Element | null): void;
  typeInto(id: string, text: string): Promise<void>;
  answerUntil(target: string, answers: Record<string, string>): Promise<void>;
  answerScreen(answers: Record<string, string>): Promise<void>;
  demoIntent(member: string, amount: number): Promise<string>;
  methodsOf(member: string, intent: string): Promise<{ cards: { kind: string; available: boolean }[] }>;
  pinKey(): Promise<string>;
  submitApplication(member: string, options: { mobile: string; idNumber: string }): Promise<string>;
  check(allowedScrollers: string[]): { problems: string[]; truncated: string[] };
  dialogOpen(): boolean;
  adopt(el: Element): void;
}

declare global {
  interface Window {
    harness: Harness;
  }
}

/** Installs `window.harness` in the page: mounting, driving and the clipping checks. */
async function installHarness(): Promise<void> {
  const { createClient, load } = (await import('/dist/cdn/banklet.js' as string)) as {
    createClient(config: Record<string, unknown>): unknown;
    load(tag: string): Promise<void>;
  };
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  let current: Widget | undefined;
  const widget = () => current!;
  const $ = (selector: string) => widget().shadowRoot!.querySelector<HTMLElement>(selector);
  const $$ = (selector: string) => [...widget().shadowRoot!.querySelectorAll<HTMLElement>(selector)];

  async function token(member: string): Promise<string> {
    const response = await fetch('/v1/demo/tokens', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ memberId: member }) });
    return ((await response.json()) as { token: string }).token;
  }
  const clientFor = (member: string) => createClient({ baseUrl: `${location.origin}/v1`, fetchToken: () => token(member), analytics: false }) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

  async function until(check: () => unknown, what: string, timeoutMs = 15_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${(current?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 300)}`);
      await sleep(25);
    }
  }

  function press(button: Element | null): void {
    if (!button) throw new Error('no such button');
    (button.shadowRoot?.querySelector('button') ?? (button as HTMLElement)).click();
  }

  async function typeInto(id: string, text: string): Promise<void> {
    const field = $(`banklet-field#${id}`) as Widget | null;
    if (!field) throw new Error(`no field ${id}`);
    await field.updateComplete;
    const input = field.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    input.blur();
    await field.updateComplete;
  }

  /** Answers what the card application's screen asks, then continues (as its test driver does). */
  async function answerScreen(answers: Record<string, string>): Promise<void> {
    await sleep(20);
    const radios = $$('input[type="radio"][name="productId"]') as HTMLInputElement[];
    if (radios.length && !radios.some((r) => r.checked)) radios[0]!.click();
    for (const field of $$('banklet-field') as Widget[]) {
      const value = answers[field.id];
      if (value !== undefined && field.value !== value) await typeInto(field.id, value);
    }
    if ($('#send-code') && !$('[part="verified"]')) {
      press($('#send-code'));
      await until(() => $('banklet-field#otp'), 'the SMS code field');
      await typeInto('otp', '246810');
    }
    const band = $(`input[name="incomeBand"][value="${answers.incomeBand}"]`) as HTMLInputElement | null;
    if (band && !band.checked) band.click();
    for (const box of $$('input[type="checkbox"][id^="consent-"]') as HTMLInputElement[]) if (!box.checked) box.click();
    await sleep(20);
    press($('[part="continue-button"]'));
  }

  async function answerUntil(target: string, answers: Record<string, string>): Promise<void> {
    for (let guard = 0; guard < 30; guard += 1) {
      await until(() => widget().currentStep && !$('[part="continue-button"][loading]') && $('#step-heading'), 'a screen');
      if (widget().currentStep === target) return;
      await answerScreen(answers);
      await sleep(50);
    }
    throw new Error(`never reached ${target}`);
  }

  async function mount(tag: string, options: { member: string; lang: string; senior: boolean; props?: Record<string, unknown>; attrs?: Record<string, string> }): Promise<void> {
    await load(tag);
    const main = document.getElementById('main')!;
    main.replaceChildren();
    main.lang = options.lang;
    const el = document.createElement(tag) as Widget;
    el.client = clientFor(options.member);
    el.senior = options.senior;
    for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
    Object.assign(el, options.props ?? {});
    main.append(el);
    current = el;
    await el.updateComplete;
  }

  async function demoIntent(member: string, amount: number): Promise<string> {
    const response = await fetch('/v1/demo/payment-intents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await token(member)}` },
      body: JSON.stringify({ merchantName: '悦行旅游 Joyway Travel', lines: [{ description: '上海 → 北京 高铁二等座 Shanghai → Beijing, 2nd class', quantity: 2, amount: { amount, currency: 'CNY' } }] }),
    });
    return ((await response.json()) as { id: string }).id;
  }

  async function methodsOf(member: string, intent: string) {
    return (await clientFor(member).payments.methods(intent)).data;
  }

  /** An RSA-OAEP key standing in for the bank's PIN key (the sandbox accepts any well-formed block). */
  async function pinKey(): Promise<string> {
    const pair = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
    return btoa(String.fromCharCode(...spki));
  }

  /** Submits an application through the API (SMS verified, every consent); returns its id. */
  async function submitApplication(member: string, { mobile, idNumber }: { mobile: string; idNumber: string }): Promise<string> {
    const client = clientFor(member);
    const challenge = (await client.otp.send({ mobile, purpose: 'card_application' })).data;
    const verification = (await client.otp.verify(challenge.challengeId, { code: '246810' })).data;
    const productId = (await client.cards.products()).data.items[0].id;
    const terms = (await client.cards.terms(productId)).data.items as { id: string; version: string }[];
    const result = await client.applications.submit({
      productId,
      applicant: { name: '欧阳娜娜', idNumber, mobile, email: 'ouyang.nana@example.com' },
      employment: { employer: '某某科技有限公司', occupation: '工程师', incomeBand: '10k_20k' },
      address: { province: '北京市', city: '北京市', line1: '建国路 88 号' },
      consents: terms.map((doc) => ({ documentId: doc.id, version: doc.version })),
      otpVerificationId: verification.verificationId,
      attribution: { channel: 'other' },
    });
    if (result.error) throw new Error(`submit: ${result.error.code}`);
    return result.data.id;
  }

  // ── The checks ──

  /** Every element in `root` and in the shadow roots below it. */
  function deepElements(rootNode: ParentNode, out: Element[] = []): Element[] {
    for (const el of rootNode.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) deepElements(el.shadowRoot, out);
    }
    return out;
  }

  /** "banklet-payment-sheet › banklet-sheet › dialog.sheet" */
  function path(el: Element): string {
    const name = (e: Element) =>
      e.localName + (e.id ? `#${e.id}` : '') + (e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : '') + (e.classList.length ? `.${[...e.classList].join('.')}` : '');
    const hosts: string[] = [];
    let node: Node = el;
    while (node.getRootNode() instanceof ShadowRoot) {
      node = (node.getRootNode() as ShadowRoot).host;
      hosts.unshift((node as Element).localName);
    }
    return [...hosts, name(el)].join(' › ');
  }

  /** The element's descendants as laid out: through shadow roots and into slotted content. */
  function flatDescendants(el: Element, out: Element[] = []): Element[] {
    const children = el.localName === 'slot' ? (el as HTMLSlotElement).assignedElements({ flatten: true }) : [...(el.shadowRoot ?? el).children];
    for (const child of children) {
      out.push(child);
      // What an inner scroller or clipper holds is its own business (checked on its own).
      const style = getComputedStyle(child);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') continue;
      flatDescendants(child, out);
    }
    return out;
  }

  /**
   * What is really cut: visible descendants reaching past the element's box. `scrollWidth` and
   * `scrollHeight` also count what nobody sees (a 1 px screen-reader-only status positioned
   * against the dialog, say), so they only say where to look.
   */
  function cutDescendants(el: Element, axis: 'x' | 'y'): Element[] {
    const box = el.getBoundingClientRect();
    return flatDescendants(el).filter((child) => {
      if (!visible(child)) return false;
      const r = child.getBoundingClientRect();
      return axis === 'x' ? r.right > box.right + 1 || r.left < box.left - 1 : r.bottom > box.bottom + 1 || r.top < box.top - 1;
    });
  }

  const measure = document.createElement('canvas').getContext('2d')!;

  /**
   * Latin words and numbers split over two lines although they would fit on one line of the
   * widget ("Fe / e wa / iver", "CN¥10, / 000.00"): the text is all there, but cut into pieces no
   * one reads. Words longer than the widget is wide (an e-mail address) may break, and so may a
   * reference at its hyphens (BKA-EM29- / Y6PN), as any text does.
   */
  function brokenWords(el: Element, room: number): string[] {
    const found: string[] = [];
    const style = getComputedStyle(el);
    if (style.hyphens === 'auto') return found;
    measure.font = style.font;
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      // Runs of Latin letters, digits and signs between spaces (CJK text may break anywhere).
      for (const run of (node.textContent ?? '').matchAll(/[A-Za-z0-9¥$€£+][^\s\u2e80-\u9fff\uff00-\uffef]*/g)) {
        if (measure.measureText(run[0]).width > room) continue;
        let offset = run.index!;
        for (const word of run[0].split(/(?<=-)/)) {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + word.length);
          offset += word.length;
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) found.push(word);
        }
      }
    }
    return found;
  }

  const sample = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);

  /** Shown to a sighted person: rendered, visible, and not a screen-reader-only text. */
  function visible(el: Element): boolean {
    if (!el.checkVisibility({ visibilityProperty: true })) return false;
    const box = el.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) return false;
    const style = getComputedStyle(el);
    return !(style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)');
  }

  function check(allowedScrollers: string[]): { problems: string[]; truncated: string[] } {
    const problems: string[] = [];
    const truncated: string[] = [];
    const viewport = document.documentElement.clientWidth;
    const viewportHeight = document.documentElement.clientHeight;
    const scrollWidth = document.documentElement.scrollWidth;
    const all = [current!, ...deepElements(current!.shadowRoot!), ...deepElements(current!)];
    const allowed = (el: Element) => allowedScrollers.some((selector) => el.matches(selector));
    const insideAllowed = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null)) {
        if (node !== el && allowed(node)) return true;
      }
      return false;
    };
    // A host that sizes by content (a grid track, a flex item, a table cell) gives the widget its
    // min-content width: above the viewport's, such a page scrolls sideways.
    const before = current!.style.inlineSize;
    current!.style.inlineSize = 'min-content';
    const smallest = current!.getBoundingClientRect().width;
    current!.style.inlineSize = before;
    if (smallest > viewport - 16) problems.push(`${current!.localName}: cannot get narrower than ${Math.round(smallest)}px (min-content), so a grid or flex host page scrolls sideways at ${viewport}px`);
    if (scrollWidth > viewport) {
      const widest = all.filter((el) => visible(el) && el.getBoundingClientRect().right > viewport + 1).slice(-3).map(path);
      problems.push(`page scrolls sideways: ${scrollWidth}px of content in a ${viewport}px viewport (${widest.join('; ')})`);
    }
    const room = current!.getBoundingClientRect().width;
    for (const el of all) {
      if (!visible(el)) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const broken = brokenWords(el, room);
      if (broken.length > 0) problems.push(`${path(el)}: words broken across lines: ${broken.slice(0, 4).join(', ')}`);
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      const scrollsX = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (clipsX && el.scrollWidth > el.clientWidth + 1 && style.textOverflow === 'ellipsis') truncated.push(`${path(el)}: one line shown with an ellipsis of "${sample(el)}"`);
      if (clipsX && el.scrollWidth > el.clientWidth + 1 && style.textOverflow !== 'ellipsis') {
        const cut = cutDescendants(el, 'x');
        // Text overflowing a leaf element has no descendant to show it: the element itself is cut.
        if (cut.length > 0 || el.children.length === 0) problems.push(`${path(el)}: content cut sideways (${el.scrollWidth}px in ${el.clientWidth}px) "${sample(cut[0] ?? el)}"`);
      }
      if (clipsY && el.scrollHeight > el.clientHeight + 1) {
        const cut = cutDescendants(el, 'y');
        // A line clamp is an intended ellipsis: allowed, but listed.
        if (style.webkitLineClamp !== 'none') truncated.push(`${path(el)}: ${style.webkitLineClamp} lines shown with an ellipsis of "${sample(el)}"`);
        else if (cut.length > 0 || el.children.length === 0) problems.push(`${path(el)}: content cut below (${el.scrollHeight}px in ${el.clientHeight}px) "${sample(cut[0] ?? el)}"`);
      }
      if (scrollsX && el.scrollWidth > el.clientWidth + 1 && !allowed(el)) {
        problems.push(`${path(el)}: scrolls sideways (${el.scrollWidth}px in ${el.clientWidth}px) "${sample(el)}"`);
      }
      if ((box.right > viewport + 1 || box.left < -1) && !insideAllowed(el)) {
        problems.push(`${path(el)}: outside the viewport (${Math.round(box.left)}…${Math.round(box.right)} of ${viewport}px) "${sample(el)}"`);
      }
      if (el.localName === 'dialog' && (box.top < -1 || box.bottom > viewportHeight + 1)) {
        problems.push(`${path(el)}: dialog taller than the viewport (${Math.round(box.top)}…${Math.round(box.bottom)} of ${viewportHeight}px)`);
      }
      // Targets: what a tap can land on. A native radio or checkbox inside a label is hit through the label.
      const interactive = el.matches('button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="link"]')
        || (el.hasAttribute('tabindex') && (el as HTMLElement).tabIndex >= 0 && !el.matches('[role="region"], [role="tabpanel"], [role="group"], section, dialog, [part="ledger"]'));
      if (!interactive || el.matches(':disabled, [aria-disabled="true"]') || insideAllowed(el) && box.right > viewport) continue;
      if (el.localName === 'a' && style.display === 'inline') continue; // a link in a sentence (2.5.8's inline exception)
      const target = el.matches('input[type="radio"], input[type="checkbox"]') ? (el.closest('label') ?? el) : el;
      const hit = target.getBoundingClientRect();
      if (hit.width < 23.5 || hit.height < 23.5) {
        problems.push(`${path(el)}: target ${Math.round(hit.width)}×${Math.round(hit.height)}px, under 24×24 "${sample(target) || el.getAttribute('aria-label') || ''}"`);
      }
    }
    return { problems: [...new Set(problems)], truncated: [...new Set(truncated)] };
  }

  /** A modal sheet is open (a full-page screenshot would restart its fade and lose the top layer). */
  const dialogOpen = () => deepElements(current!.shadowRoot!).some((el) => el.localName === 'dialog' && (el as HTMLDialogElement).open);

  /** Checks a page-made element instead of a widget (the checker's own test). */
  function adopt(el: Element): void {
    current = el as Widget;
  }

  window.harness = { mount, until, widget, $, $$, press, typeInto, answerUntil, answerScreen, demoIntent, methodsOf, pinKey, submitApplication, check, dialogOpen, adopt };
}

// ─── In Node ──────────────────────────────────────────────────────────────────────────────────

/** Horizontal scrollers that are meant to scroll (see the header). */
const ALLOWED_SCROLLERS = ['banklet-offer-carousel [part="track"]', '[part="track"]', '[part="compare"]', '.compare-table'];

async function openHarness(mode: Mode): Promise<Page> {
  const page = await browser.newPage();
  // tsx keeps function names with a helper the page does not have; give it one.
  await page.evaluateOnNewDocument('globalThis.__name = (target) => target;');
  await page.setViewport({ width: mode.width, height: mode.height, deviceScaleFactor: mode.scale });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push((error as Error).message));
  await page.goto(`${sandbox.url}/reflow/index.html`, { waitUntil: 'load' });
  await page.evaluate(installHarness);
  return page;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Checks the page as it is now, saves its screenshot, and records the result under `name`. */
async function checkState(page: Page, widget: string, mode: Mode, state: string): Promise<string[]> {
  // Layout, fonts, the sheet's opening animation and ResizeObserver redraws settle.
  await sleep(400);
  const { problems, truncated } = await page.evaluate((allowed) => window.harness.check(allowed), ALLOWED_SCROLLERS);
  for (const note of truncated) ellipses.add(`${widget} ${mode.name} ${state}: ${note}`);
  const file = `${widget.replace(/^banklet-/, '')}-${state.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${mode.name}.png`;
  await page.screenshot({ path: join(screenshots, file), fullPage: !(await page.evaluate(() => window.harness.dialogOpen())) });
  checks += 1;
  if (problems.length) failures.push(`${widget} ${mode.name} ${state}: ${problems.length} problem(s) (${file})`);
  return problems;
}

type Drive = (page: Page, mode: Mode, index: number) => Promise<void>;

/** One test per widget and mode; every state is checked even when an earlier one had problems. */
function reflowTest(widget: string, states: [string, Drive, ((mode: Mode) => boolean)?][]): void {
  MODES.forEach((mode, index) => {
    test(`${widget} reflows at ${mode.name} (${mode.width} CSS px${mode.scale > 1 ? ` at ${mode.scale}×` : ''}, ${mode.lang}${mode.senior ? ', senior' : ''})`, async () => {
      const page = await openHarness(mode);
      const found: string[] = [];
      try {
        for (const [state, drive, applies] of states) {
          if (applies && !applies(mode)) continue;
          await drive(page, mode, index);
          for (const problem of await checkState(page, widget, mode, state)) found.push(`[${state}] ${problem}`);
        }
      } finally {
        await page.close();
      }
      assert.deepEqual(found, [], `clipped content in ${widget} at ${mode.name}`);
    });
  });
}

const h = (page: Page) => ({
  mount: (tag: string, member: string, mode: Mode, props: Record<string, unknown> = {}, attrs: Record<string, string> = {}) =>
    page.evaluate((t, m, l, s, p, a) => window.harness.mount(t, { member: m, lang: l, senior: s, props: p, attrs: a }), tag, member, mode.lang, mode.senior, props, attrs),
  waitFor: (selector: string, what = selector, timeoutMs = 15_000) =>
    page.evaluate((sel, w, ms) => window.harness.until(() => window.harness.$(sel), w, ms), selector, what, timeoutMs),
  click: (selector: string) => page.evaluate((sel) => window.harness.$(sel)!.click(), selector),
  press: (selector: string) => page.evaluate((sel) => window.harness.press(window.harness.$(sel)), selector),
});

const notSenior = (mode: Mode) => !mode.senior;

// A check that finds nothing proves nothing: first show it finds each kind of defect.
test('the clipping check finds cut text, sideways scrolling, small targets, content off screen and broken words', async () => {
  const page = await openHarness(MODES[0]!);
  try {
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = `
        <p id="cut" style="inline-size: 100px; overflow: hidden; white-space: nowrap">A sentence far too long for its box</p>
        <div id="short" style="block-size: 20px; overflow: hidden"><p>One<br>two<br>three</p></div>
        <div id="strip" style="inline-size: 100px; overflow-x: auto"><p style="inline-size: 300px">A strip</p></div>
        <button id="tiny" style="inline-size: 16px; block-size: 16px; padding: 0" aria-label="Tiny"></button>
        <p id="wide" style="inline-size: 600px">Wider than the phone</p>
        <p id="squeezed" style="inline-size: 40px; overflow-wrap: anywhere">Statement</p>`;
      document.getElementById('main')!.replaceChildren(host);
      window.harness.adopt(host);
    });
    const { problems } = await page.evaluate(() => window.harness.check([]));
    const found = (id: string, what: string) => assert.ok(problems.some((p) => p.includes(`#${id}`) && p.includes(what)), `${id}: ${what} in ${problems.join('\n')}`);
    assert.ok(problems.some((p) => p.startsWith('page scrolls sideways')), problems.join('\n'));
    found('cut', 'content cut sideways');
    found('short', 'content cut below');
    found('strip', 'scrolls sideways');
    found('tiny', 'under 24×24');
    found('wide', 'outside the viewport');
    found('squeezed', 'words broken across lines: Statement');
  } finally {
    await page.close();
  }
});

// ─── The widgets ──────────────────────────────────────────────────────────────────────────────

reflowTest('banklet-offer-carousel', [
  ['offers', async (page, mode, index) => {
    await h(page).mount('banklet-offer-carousel', `m-reflow-offers-${index}`, mode, { placement: 'home', autoplay: 6_000 });
    await h(page).waitFor('.slide[data-offer]', 'the offers');
  }],
  ['claimed coupon', async (page) => {
    const offer = await page.evaluate(() => (window.harness.widget().visibleOffers as { id: string; claimed: boolean; cta: { kind: string } }[]).find((o) => o.cta.kind === 'claim' && !o.claimed)!.id);
    await h(page).click(`.slide[data-offer="${offer}"] banklet-button[part="cta"]`);
    await h(page).waitFor(`.slide[data-offer="${offer}"] .claimed`, 'the claimed coupon');
  }],
  ['link offer (checkout)', async (page, mode, index) => {
    await h(page).mount('banklet-offer-carousel', `m-reflow-offers-${index}`, mode, { placement: 'checkout' });
    await h(page).waitFor('.slide[data-offer]', 'the checkout offers');
  }],
]);

const walletView = (view: string, ready: string): Drive => async (page) => {
  await page.evaluate((v) => (window.harness.widget().view = v), view);
  await h(page).waitFor(ready, `the ${view} view`);
};

reflowTest('banklet-rewards-wallet', [
  ['summary', async (page, mode) => {
    await h(page).mount('banklet-rewards-wallet', 'm-mid', mode);
    await h(page).waitFor('[part="tier-progress"]', 'the summary');
  }],
  ['ledger', walletView('ledger', '[part="ledger-entry"]')],
  ['catalogue', walletView('catalogue', '[part="catalogue-item"]')],
  ['redeem confirm sheet', async (page) => {
    await h(page).click('[data-item="c-takeout"] [part="redeem-button"]');
    await page.evaluate(() => window.harness.until(() => (window.harness.$('banklet-sheet') as HTMLElement & { open: boolean } | null)?.open, 'the sheet'));
  }],
  ['engagement', async (page) => {
    await h(page).press('banklet-sheet [slot="footer"] banklet-button:not([autofocus])');
    await walletView('engagement', '[part="task"]')(page, MODES[0]!, 0);
  }],
]);

const sheetOpen = (page: Page) => page.evaluate(() => window.harness.until(() => (window.harness.$('banklet-sheet') as HTMLElement & { open: boolean } | null)?.open && window.harness.$$('input[name="method"]').length > 0, 'the methods'));

async function openSheet(page: Page, member: string, mode: Mode, amount: number): Promise<{ cards: { kind: string; available: boolean }[] }> {
  const intent = await page.evaluate((m, a) => window.harness.demoIntent(m, a), member, amount);
  await h(page).mount('banklet-payment-sheet', member, mode, { intent, rating: true });
  await page.evaluate(() => window.harness.widget().show());
  await sheetOpen(page);
  return page.evaluate((m, i) => window.harness.methodsOf(m, i), member, intent);
}

const chooseMethod = (page: Page, index: number) => page.evaluate((i) => window.harness.$$('input[name="method"]')[i]!.click(), index);
const payNow = (page: Page) => h(page).click('banklet-button[slot="footer"]');

reflowTest('banklet-payment-sheet', [
  ['method list', async (page, mode) => {
    await openSheet(page, 'm-high', mode, 1_288_00);
  }],
  ['points + cash and instalments', async (page, mode) => {
    const { cards } = await openSheet(page, 'm-high', mode, 1_288_00);
    await chooseMethod(page, cards.findIndex((card) => card.kind === 'credit' && card.available));
    await h(page).click('input[type="checkbox"]');
    await h(page).waitFor('.stepper', 'the points stepper');
    await page.evaluate(() => window.harness.$$('input[name="plan"]')[1]!.click());
  }, notSenior],
  ['PIN step-up', async (page, mode, index) => {
    const member = `m-reflow-pay-${index}`;
    const { cards } = await openSheet(page, member, mode, 300_00);
    await chooseMethod(page, cards.length);
    await payNow(page);
    await h(page).waitFor('banklet-pin-pad', 'the PIN pad');
  }],
  ['SMS code step-up', async (page) => {
    await h(page).click('button.link');
    await h(page).waitFor('form banklet-field', 'the SMS code form');
  }],
  ['succeeded receipt with rating', async (page) => {
    await page.evaluate(async () => {
      const field = window.harness.$('banklet-field') as HTMLElement & { value: string; updateComplete: Promise<unknown> };
      field.value = '246810';
      await field.updateComplete;
      (window.harness.$('form') as HTMLFormElement).requestSubmit();
    });
    await h(page).waitFor('dl.receipt', 'the receipt');
  }],
  ['failed', async (page, mode, index) => {
    await openSheet(page, `m-reflow-pay-${index}`, mode, 99);
    await chooseMethod(page, 0);
    await payNow(page);
    await h(page).waitFor('.outcome-icon.failed', 'the failure');
  }],
]);

/** Deterministic test identities per mode: a valid resident ID (17th digit = decision) and a mobile. */
function idNumber(sequence: number, decision: number): string {
  const first17 = `11010519900307${String(sequence).padStart(2, '0')}${decision}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}
const mobile = (sequence: number) => `1360000${String(sequence).padStart(4, '0')}`;

const cardAnswers = (index: number) => ({
  name: '欧阳娜娜', idNumber: idNumber(index * 2, 3), mobile: mobile(index * 2), email: 'ouyang.nana@example.com', employer: '北京某某国际旅行社有限责任公司',
  occupation: '高级软件工程师', incomeBand: '10k_20k', province: '北京市', city: '北京市', district: '朝阳区', line1: '建国路 88 号 SOHO 现代城 1 号楼 1 单元 1001 室', postalCode: '100022',
});
const stepOf = (target: string): Drive => async (page, _mode, index) => {
  await page.evaluate((t, a) => window.harness.answerUntil(t, a), target, cardAnswers(index));
};

reflowTest('banklet-card-application', [
  ['choose a card', async (page, mode, index) => {
    const key = await page.evaluate(() => window.harness.pinKey());
    await h(page).mount('banklet-card-application', `m-reflow-card-${index}`, mode, { draftId: `reflow-${index}` }, { 'pin-key-id': 'sandbox-pin-key-1', 'pin-public-key': key });
    await h(page).waitFor('input[name="productId"]', 'the cards');
  }],
  ['compare three cards', async (page) => {
    await page.evaluate(() => window.harness.$$('.compare input[type="checkbox"]').slice(0, 3).forEach((box) => box.click()));
    await h(page).waitFor('[part="compare"] table', 'the comparison table');
  }, notSenior],
  ['identity with errors', async (page, mode, index) => {
    await stepOf('identity')(page, mode, index);
    await h(page).press('[part="continue-button"]');
    await h(page).waitFor('[part="error-summary"]', 'the error summary');
  }],
  ['employment', stepOf('employment')],
  ['address', stepOf('address')],
  ['consents', stepOf('consent')],
  ['review', stepOf('review')],
  ['approved', async (page) => {
    await h(page).press('[part="continue-button"]');
    await h(page).waitFor('[part="credit-limit"]', 'the approval');
  }],
  ['activation PIN pad', async (page) => {
    await h(page).press('[part="decision"] banklet-button');
    await h(page).waitFor('banklet-pin-pad', 'the PIN pad');
  }],
  ['activated virtual card', async (page) => {
    for (let round = 0; round < 2; round += 1) {
      await page.evaluate(async () => {
        const pad = window.harness.$('banklet-pin-pad')!;
        await (pad as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        for (const digit of '481516') [...pad.shadowRoot!.querySelectorAll<HTMLElement>('[part="key"]')].find((k) => k.textContent === digit)!.click();
      });
      await sleep(300);
    }
    await h(page).waitFor('[part="virtual-card"]', 'the virtual card');
  }],
  ['referred (next steps)', async (page, mode, index) => {
    const member = `m-reflow-card-${index}`;
    const id = await page.evaluate((m, o) => window.harness.submitApplication(m, o), member, { mobile: mobile(index * 2 + 1), idNumber: idNumber(index * 2 + 1, 8) });
    await h(page).mount('banklet-card-application', member, mode, { applicationId: id });
    await h(page).waitFor('[part="decision"] [part="reason"]', 'the referral');
  }],
]);
