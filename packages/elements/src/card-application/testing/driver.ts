/**
 * Test driver for <banklet-card-application>: answers whatever the screen asks (so the same code
 * walks the normal and the one-question-per-screen senior layout) the way a person would — typing
 * into the inputs, pressing the real buttons.
 */
import { expect } from '@open-wc/testing';
import type { BankletClient } from '@banklet/sdk';
import type { BankletField } from '../../internal/field/field.js';
import type { BankletCardApplication } from '../card-application.js';
import type { StepName } from '../steps.js';
import { idNumber, uniqueMobile } from './id-numbers.js';

export const SANDBOX_OTP = '246810';

export interface Answers {
  productId?: string;
  name: string;
  idNumber: string;
  mobile: string;
  email: string;
  employer: string;
  occupation: string;
  incomeBand: string;
  province: string;
  city: string;
  district?: string;
  line1: string;
  postalCode?: string;
}

export function answers(overrides: Partial<Answers> = {}): Answers {
  return {
    name: '张三', idNumber: idNumber(), mobile: uniqueMobile(), email: 'zhang.san@example.com', employer: '某某科技有限公司', occupation: '工程师',
    incomeBand: '10k_20k', province: '北京市', city: '北京市', district: '朝阳区', line1: '建国路 88 号 1 单元 101', postalCode: '100022', ...overrides,
  };
}

export const shadow = (el: Element) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];

export async function settle(el: BankletCardApplication, rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 15));
    await el.updateComplete;
  }
}

export async function waitFor(el: BankletCardApplication, check: () => unknown, what: string, timeoutMs = 9_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; text: ${shadow(el).textContent?.replace(/\s+/g, ' ').slice(0, 400)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
    await el.updateComplete;
  }
}

/** Presses a `<banklet-button>` (its inner native button, as a tap would). */
export function press(button: Element | null): void {
  expect(button, 'button exists').to.exist;
  button!.shadowRoot!.querySelector('button')!.click();
}

/** Types into a field's input like a person: input events per change, then leaves the field. */
export async function type(el: BankletCardApplication, id: string, text: string): Promise<void> {
  const field = $<BankletField>(el, `banklet-field#${id}`);
  expect(field, `field ${id}`).to.exist;
  await field!.updateComplete;
  const input = field!.shadowRoot!.querySelector('input')!;
  input.focus();
  // A page without window focus gets no focus events; leave the field by hand then.
  const focused = field!.shadowRoot!.activeElement === input && document.hasFocus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  if (focused) input.blur();
  else input.dispatchEvent(new FocusEvent('blur'));
  await field!.updateComplete;
}

export const continueButton = (el: BankletCardApplication) => $(el, '[part="continue-button"]');

/** The step on screen. */
export const step = (el: BankletCardApplication): StepName | undefined => el.currentStep;

/** Answers everything on the current screen, then presses continue. */
export async function answerScreen(el: BankletCardApplication, a: Answers): Promise<void> {
  await settle(el, 1);
  const radios = $$<HTMLInputElement>(el, 'input[type="radio"][name="productId"]');
  if (radios.length) (radios.find((r) => r.value === a.productId) ?? radios[0]!).click();
  for (const field of $$<BankletField>(el, 'banklet-field')) {
    const value = (a as unknown as Record<string, string | undefined>)[field.id];
    if (value !== undefined && field.value !== value) await type(el, field.id, value);
  }
  if ($(el, '#send-code') && !$(el, '[part="verified"]')) {
    press($(el, '#send-code'));
    await waitFor(el, () => $(el, 'banklet-field#otp'), 'the SMS code field');
    await type(el, 'otp', SANDBOX_OTP);
  }
  const band = $<HTMLInputElement>(el, `input[name="incomeBand"][value="${a.incomeBand}"]`);
  if (band && !band.checked) band.click();
  for (const box of $$<HTMLInputElement>(el, 'input[type="checkbox"][id^="consent-"]')) if (!box.checked) box.click();
  await settle(el, 1);
  press(continueButton(el));
}

/** Answers screen after screen until `target` is on screen. */
export async function answerUntil(el: BankletCardApplication, a: Answers, target: StepName, onStep?: (step: StepName) => Promise<void>): Promise<void> {
  let last: StepName | undefined;
  for (let guard = 0; guard < 30; guard += 1) {
    await waitFor(el, () => el.currentStep && !$(el, '[part="continue-button"][loading]') && $(el, '#step-heading'), 'a screen');
    const now = el.currentStep!;
    if (now !== last) {
      last = now;
      if (onStep) await onStep(now);
    }
    if (now === target) return;
    await answerScreen(el, a);
    await settle(el, 2);
  }
  throw new Error(`never reached ${target}; stuck on ${el.currentStep}`);
}

/** Mounts in a fresh container and waits for `banklet-ready`. */
export async function mount(
  client: BankletClient,
  { draftId = `d-${Math.random().toString(36).slice(2)}`, lang = 'zh-CN', senior = false, scheme, attrs = {}, onCreate }: {
    draftId?: string; lang?: string; senior?: boolean; scheme?: 'dark'; attrs?: Record<string, string>;
    /** Runs before the element connects, e.g. to listen to its first events. */
    onCreate?: (el: BankletCardApplication) => void;
  } = {},
): Promise<BankletCardApplication> {
  const host = document.createElement('div');
  host.lang = lang;
  if (scheme === 'dark') host.style.background = '#1c1b1f';
  document.body.append(host);
  const el = document.createElement('banklet-card-application');
  el.client = client;
  el.draftId = draftId;
  if (senior) el.senior = true;
  if (scheme) el.colorScheme = scheme;
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  onCreate?.(el);
  const ready = new Promise((resolve) => el.addEventListener('banklet-ready', resolve, { once: true }));
  host.append(el);
  await ready;
  await settle(el);
  return el;
}

export function unmount(el: BankletCardApplication): void {
  el.parentElement?.remove();
}

/** Enters a PIN on the pad by pressing its keys. */
export async function enterPin(el: BankletCardApplication, pin: string): Promise<void> {
  const pad = $(el, 'banklet-pin-pad')!;
  await (pad as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  for (const digit of pin) {
    [...pad.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="key"]')].find((k) => k.textContent === digit)!.click();
  }
  await settle(el);
}

/** An RSA-OAEP key pair standing in for the bank's PIN key (the sandbox accepts any well-formed block). */
export async function pinKey(): Promise<string> {
  const pair = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return btoa(String.fromCharCode(...spki));
}

/** Every record of every IndexedDB database of this origin, as text (binary decoded as UTF-8). */
export async function dumpIndexedDb(): Promise<string> {
  const out: string[] = [];
  const text = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) => {
      if (v instanceof ArrayBuffer) return new TextDecoder().decode(v);
      if (ArrayBuffer.isView(v)) return new TextDecoder().decode(v as Uint8Array);
      return v;
    });
  for (const info of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(info.name!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const store of db.objectStoreNames) {
      const values = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      out.push(`${info.name}/${store}: ${values.map(text).join('\n')}`);
    }
    db.close();
  }
  return out.join('\n');
}

export { idNumber, uniqueMobile };
