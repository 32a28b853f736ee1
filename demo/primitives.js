// Demo page script (kept out of the HTML so the page works under a strict CSP).
import { configure } from '/dist/cdn/banklet.js';

const controls = document.getElementById('controls');
const stage = document.querySelector('main');
const sheet = document.getElementById('sheet');
const status = document.getElementById('status');

function apply() {
  const data = new FormData(controls);
  const dark = data.get('dark') === 'on';
  stage.lang = String(data.get('lang'));
  document.documentElement.lang = stage.lang;
  stage.dir = data.get('rtl') === 'on' ? 'rtl' : 'ltr';
  document.body.classList.toggle('dark', dark);
  configure({
    appearance: {
      colorScheme: dark ? 'dark' : 'light',
      senior: data.get('senior') === 'on',
      // The brand colour is for the light scheme; dark keeps its own accessible default.
      tokens: dark ? {} : { 'color-primary': String(data.get('primary')) },
    },
  });
}
controls.addEventListener('change', apply);
apply();

document.getElementById('open-sheet').addEventListener('click', () => sheet.show());
document.getElementById('confirm').addEventListener('click', () => {
  sheet.hide();
  status.announce(stage.lang === 'en' ? 'Payment confirmed' : '付款已确认', 'success');
});
document.getElementById('demo-form').addEventListener('submit', (event) => {
  event.preventDefault();
  status.announce(stage.lang === 'en' ? 'Form sent' : '表单已提交', 'success');
});
