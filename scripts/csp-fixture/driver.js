// How the journeys drive a widget the way a person does: taps on the controls inside its shadow
// root, text typed character by character, arrow keys, choices in a select. Only functions and
// DOM calls: a string evaluated as code would itself be blocked by Trusted Types on this page.

/** `selector` inside `host`'s shadow root (or inside `host` itself when it has none). */
export const $ = (host, selector) => (host.shadowRoot ?? host).querySelector(selector);
export const $$ = (host, selector) => [...(host.shadowRoot ?? host).querySelectorAll(selector)];
export const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The digits of a formatted number ("12,345 积分" → 12345). */
export const digits = (node) => Number(text(node).replace(/[^\d]/g, ''));
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Milestones a journey passed, newest last: when one stalls, the failure names the last step
 * reached instead of "timed out".
 */
export const reached = [];
export function step(name) {
  reached.push(name);
}

/**
 * Waits until `check()` returns (or resolves to) something truthy and returns it, or fails naming
 * `what` (a function to describe the state at the time of failure).
 */
export async function until(check, what, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}`);
    await sleep(25);
  }
}

/** Taps a control: a `<banklet-button>` through its own native button, as a finger would. */
export function tap(control, what = 'a control') {
  if (!control) throw new Error(`nothing to tap: ${what} is not on screen`);
  const target = control.shadowRoot?.querySelector('button') ?? control;
  if (target.disabled) throw new Error(`${what} is disabled`);
  target.click();
}

/** Types `value` into a `<banklet-field>` (or an input), one character at a time, then leaves it. */
export async function type(field, value, what = 'a field') {
  if (!field) throw new Error(`nothing to type into: ${what} is not on screen`);
  await field.updateComplete;
  const input = field.shadowRoot?.querySelector('input, textarea') ?? field;
  input.focus();
  input.value = '';
  for (const character of value) {
    input.value += character;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: character, inputType: 'insertText' }));
  }
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  // A page without window focus gets no blur event from blur(): leave the field by hand then.
  if (!document.hasFocus()) input.dispatchEvent(new FocusEvent('blur'));
  await field.updateComplete;
}

/** Presses a key on `target` (focused first), as the keyboard would deliver it. */
export function press(target, key) {
  target.focus();
  const init = { key, bubbles: true, composed: true, cancelable: true };
  target.dispatchEvent(new KeyboardEvent('keydown', init));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
}

/** Picks an option of a native `<select>`. */
export function choose(select, value) {
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Every `detail` of `name` events reaching `target`, in order. */
export function record(target, name) {
  const seen = [];
  target.addEventListener(name, (event) => seen.push(event.detail));
  return seen;
}

/** Creates `tag` with `attributes` in `parent` and resolves once it says `banklet-ready`. */
export async function mount(tag, attributes = {}, parent = document.body) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const ready = new Promise((resolve) => element.addEventListener('banklet-ready', resolve, { once: true }));
  parent.append(element);
  await Promise.race([ready, sleep(15_000).then(() => Promise.reject(new Error(`<${tag}> never said banklet-ready`)))]);
  await element.updateComplete;
  return element;
}
