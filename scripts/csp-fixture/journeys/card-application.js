// The card application from choosing a card to an activated virtual card: every form step typed
// in, the SMS code, a "reload" half-way that resumes from the encrypted draft (WebCrypto +
// IndexedDB), the terms, sending, the approved decision, the card PIN set twice on the PIN pad
// (encrypted on the device under an RSA key, as the bank's would be), and the virtual card.
import { $, $$, mount, record, sleep, step, tap, text, type, until } from '../driver.js';

/** The sandbox's SMS code (packages/sandbox/src/reference.ts). */
const SANDBOX_OTP = '246810';
const PIN = '481516';

/**
 * A resident ID whose 17th character is 3 (the sandbox approves it), with the right ISO 7064
 * MOD 11-2 check character (as packages/elements/src/card-application/testing/id-numbers.ts).
 */
function approvedIdNumber() {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = `11010519900307${String(10 + Math.floor(Math.random() * 90))}3`;
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return `${first17}${'10X98765432'[sum % 11]}`;
}

/** An RSA-OAEP public key standing in for the bank's PIN key (the sandbox takes any well-formed block). */
async function pinKey() {
  const pair = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey))));
}

/** The stored draft record as IndexedDB holds it (ciphertext), or undefined. */
async function storedDraft(draftId) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('banklet');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('drafts')) return undefined;
    return await new Promise((resolve, reject) => {
      const request = db.transaction('drafts').objectStore('drafts').get(`card-application:${draftId}`);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export async function cardApplication() {
  const draftId = `csp-${Date.now()}`;
  const answers = {
    name: '张三', idNumber: approvedIdNumber(), mobile: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`, email: 'zhang.san@example.com',
    employer: '某某科技有限公司', occupation: '工程师', province: '北京市', city: '北京市', district: '朝阳区', line1: '建国路 88 号 1 单元 101', postalCode: '100022',
  };
  const attributes = { channel: 'cdn_tag', 'draft-id': draftId, 'pin-key-id': 'sandbox-pin-key-1', 'pin-public-key': await pinKey() };
  // On the document: the first step is announced before the element says it is ready.
  const steps = record(document, 'banklet-step-change');
  const decisions = record(document, 'banklet-application-decision');
  const activations = record(document, 'banklet-card-activated');
  let app = await mount('banklet-card-application', attributes);

  const onStep = (name) =>
    until(() => app.currentStep === name && $(app, '#step-heading') && !$(app, '[part="continue-button"][loading]'), `the ${name} step (on ${app.currentStep})`);
  const answer = async (...fields) => {
    for (const field of fields) await type($(app, `banklet-field#${field}`), answers[field], field);
  };
  const next = () => tap($(app, '[part="continue-button"]'), 'continue');

  await onStep('product');
  tap($$(app, 'input[type="radio"][name="productId"]')[0], 'the first card');
  next();
  step('product');

  await onStep('identity');
  await answer('name', 'idNumber', 'mobile', 'email');
  tap($(app, '#send-code'), 'send the SMS code');
  await type(await until(() => $(app, 'banklet-field#otp'), 'the SMS code field'), SANDBOX_OTP, 'the SMS code');
  next();
  step('identity');

  await onStep('employment');
  await answer('employer', 'occupation');
  tap($(app, 'input[name="incomeBand"][value="10k_20k"]'), 'an income band');
  // Half-way, the page "reloads": a new element with the same draft id resumes where this one was.
  // Typing is saved after a 400 ms pause; the reload comes once that save has landed.
  await sleep(700);
  const saved = await until(() => storedDraft(draftId), 'the saved draft');
  app.remove();
  app = await mount('banklet-card-application', attributes);
  await onStep('employment');
  const resumed = { step: app.currentStep, employer: $(app, 'banklet-field#employer').value };
  const raw = JSON.stringify(await storedDraft(draftId), (_key, value) => (value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? new TextDecoder().decode(value) : value));
  const plaintextStored = [answers.name, answers.idNumber, answers.mobile, answers.employer].filter((secret) => raw.includes(secret));
  step('resumed from the encrypted draft');
  next();
  step('employment');

  await onStep('address');
  await answer('province', 'city', 'district', 'line1', 'postalCode');
  next();
  step('address');

  await onStep('consent');
  for (const box of $$(app, 'input[type="checkbox"][id^="consent-"]')) if (!box.checked) tap(box, 'a consent');
  next();
  step('consent');

  await onStep('review');
  const review = text(app.shadowRoot);
  next();
  await until(() => decisions.length > 0, 'the decision', 15_000);
  await onStep('decision');
  const limit = text($(app, '[part="credit-limit"]'));
  step('decision');

  tap($(app, '[part="decision"] banklet-button'), 'activate now');
  const pad = await until(() => $(app, 'banklet-pin-pad'), 'the PIN pad');
  await pad.updateComplete;
  const enterPin = () => {
    for (const digit of PIN) tap($$(pad, '[part="key"]').find((key) => key.textContent === digit), `key ${digit}`);
  };
  enterPin();
  await until(() => /再输入一次|again/i.test(text($(app, '#step-heading'))), 'the PIN confirmation');
  enterPin();
  await until(() => $(app, '[part="virtual-card"]'), 'the virtual card', 15_000);
  step('activated');

  return {
    steps: steps.map((each) => each.step),
    decisions: decisions.map((each) => each.status),
    limit,
    reviewHasName: review.includes(answers.name),
    resumed,
    draftSaved: Boolean(saved?.ciphertext),
    plaintextStored,
    draftAfterSubmit: (await storedDraft(draftId)) !== undefined,
    last4: activations.map((each) => each.last4),
    cardText: text($(app, '[part="last4"]')),
  };
}
