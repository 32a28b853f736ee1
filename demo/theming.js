// Theming playground: edits the `appearance` object and applies it live with
// Banklet.configure({ appearance }) — every widget on the page re-renders with it.
import { configure } from '/dist/cdn/banklet.js';
import { createDemoIntent, fetchDemoToken } from '/lib/demo-session.js';

/** The colour tokens offered for editing (docs/reference/tokens.md has them all). */
const COLORS = [
  ['color-primary', '主色', 'Primary'],
  ['color-on-primary', '主色上的文字', 'On primary'],
  ['color-surface', '表面', 'Surface'],
  ['color-on-surface', '表面上的文字', 'On surface'],
  ['color-surface-variant', '次级表面', 'Surface variant'],
  ['color-on-surface-variant', '次级表面上的文字', 'On surface variant'],
  ['color-outline', '描边', 'Outline'],
  ['color-focus', '焦点环', 'Focus ring'],
  ['color-success', '成功', 'Success'],
  ['color-error', '错误', 'Error'],
];
const SHAPES = [
  ['radius-md', '按钮与输入框', 'Buttons and fields', 24],
  ['radius-lg', '卡片与面板', 'Cards and sheets', 32],
];
/** Text on background pairs that must reach 4.5:1 (WCAG 2.2 AA, 1.4.3). */
const PAIRS = [
  ['color-on-primary', 'color-primary'],
  ['color-on-surface', 'color-surface'],
  ['color-on-surface-variant', 'color-surface-variant'],
];

const editor = document.getElementById('editor');
const preview = document.getElementById('preview');
const colors = document.getElementById('colors');
const shapes = document.getElementById('shapes');

/** What the widgets use when nothing is set, per scheme: read from a widget, never copied. */
const defaults = { light: {}, dark: {} };
/** Only what differs from the defaults: that is all an integrator needs to write. */
let edits = { light: {}, dark: {}, shape: {} };

configure({ baseUrl: `${location.origin}/v1`, fetchToken: () => fetchDemoToken('m-mid') });

const scheme = () => new FormData(editor).get('scheme');

/**
 * Reads the default token values from probe buttons (one per scheme) before any appearance
 * tokens exist, so the editor starts from what the widgets really show.
 */
async function readDefaults() {
  await customElements.whenDefined('banklet-button');
  for (const name of ['light', 'dark']) {
    const probe = document.createElement('banklet-button');
    probe.hidden = true;
    probe.setAttribute('color-scheme', name);
    document.body.append(probe);
    await probe.updateComplete;
    const style = getComputedStyle(probe);
    for (const [token] of [...COLORS, ...SHAPES]) defaults[name][token] = style.getPropertyValue(`--bk-${token}`).trim();
    probe.remove();
  }
}

function current(token) {
  return edits[scheme()][token] ?? defaults[scheme()][token];
}

function buildControls() {
  for (const [token, zh, en] of COLORS) {
    const label = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { type: 'color', name: token });
    input.addEventListener('input', () => {
      if (input.value === defaults[scheme()][token]) delete edits[scheme()][token];
      else edits[scheme()][token] = input.value;
      apply();
    });
    const name = document.createElement('span');
    const code = document.createElement('code');
    code.textContent = token;
    name.append(`${zh} ${en}`, code);
    label.append(input, name);
    colors.append(label);
  }
  for (const [token, zh, en, max] of SHAPES) {
    const label = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { type: 'range', name: token, min: '0', max: String(max), step: '1' });
    const output = document.createElement('output');
    input.addEventListener('input', () => {
      const value = `${input.value}px`;
      if (value === defaults.light[token]) delete edits.shape[token];
      else edits.shape[token] = value;
      apply();
    });
    const name = document.createElement('span');
    const code = document.createElement('code');
    code.textContent = token;
    name.append(`${zh} ${en}`, code);
    label.append(name, input, output);
    shapes.append(label);
  }
}

/** Shows the values in effect for the scheme being edited. */
function syncControls() {
  const dark = scheme() === 'dark';
  document.getElementById('colors-legend').textContent = dark ? '颜色（深色）Colours (dark)' : '颜色（浅色）Colours (light)';
  for (const [token] of COLORS) editor.elements[token].value = current(token);
  for (const [token] of SHAPES) {
    const value = edits.shape[token] ?? defaults.light[token];
    editor.elements[token].value = String(parseInt(value, 10));
    editor.elements[token].nextElementSibling.textContent = value;
  }
}

/**
 * The appearance object. `tokens` apply in both schemes and `darkTokens` only in the dark one;
 * light-scheme colours go to `tokens` only while the light scheme shows, so a brand colour picked
 * for white surfaces never lands on dark ones (the dark defaults stay until edited).
 */
function appearance() {
  const dark = scheme() === 'dark';
  const result = { colorScheme: scheme(), senior: editor.elements.senior.checked };
  const tokens = { ...edits.shape, ...(dark ? {} : edits.light) };
  if (Object.keys(tokens).length) result.tokens = tokens;
  if (Object.keys(edits.dark).length) result.darkTokens = { ...edits.dark };
  return result;
}

function apply() {
  const data = new FormData(editor);
  preview.lang = String(data.get('lang'));
  preview.dir = data.get('rtl') === 'on' ? 'rtl' : 'ltr';
  preview.classList.toggle('dark', scheme() === 'dark');
  const value = appearance();
  configure({ appearance: value });
  editor.querySelector('#appearance-json code').textContent = JSON.stringify(value, null, 2);
  syncControls();
  showContrast();
}

// ─── Contrast (WCAG relative luminance) ─────────────────────────────────────────────────────

function luminance(hex) {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function showContrast() {
  const list = document.createElement('ul');
  for (const [text, background] of PAIRS) {
    const ratio = contrast(current(text), current(background));
    const item = document.createElement('li');
    item.className = ratio >= 4.5 ? 'pass' : 'fail';
    const verdict = ratio >= 4.5 ? '✓ AA' : '✗ 低于 4.5:1 · below 4.5:1';
    item.textContent = `${text} / ${background}: ${ratio.toFixed(2)}:1 ${verdict}`;
    list.append(item);
  }
  document.getElementById('contrast').replaceChildren(list);
}

// ─── Wiring ─────────────────────────────────────────────────────────────────────────────────

editor.addEventListener('change', (event) => {
  // Colour and range inputs already applied on `input`.
  if (event.target.type !== 'color' && event.target.type !== 'range') apply();
});
editor.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('reset').addEventListener('click', () => {
  edits = { light: {}, dark: {}, shape: {} };
  apply();
});

const sheet = document.getElementById('sheet');
document.getElementById('open-sheet').addEventListener('click', async () => {
  sheet.intent = await createDemoIntent('m-mid', {
    merchantName: '主题实验室 Theming playground',
    lines: [{ description: '示例订单 Sample order', quantity: 1, amount: { amount: 3_600, currency: 'CNY' } }],
  });
  await sheet.show();
});

await readDefaults();
buildControls();
apply();
