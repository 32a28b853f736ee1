// Demo pages only: shows <banklet-card-application> where the CDN build has it.
//
// banklet.js registers every widget it ships and loads each on first use. The card application
// is not in the CDN build yet (its chunk is over its size budget, docs/widgets.md), so the pages
// ask banklet.js for the tag first: when it loads, the tag from the page's <template> is put in
// place; when this build does not have it, a note says so instead of an empty box.
import { load } from '/dist/cdn/banklet.js';

const TAG = 'banklet-card-application';

const TEXT = {
  'zh-CN': {
    missing: '即将上线：联名卡申请组件尚未收录进 CDN 构建（体积优化中）。',
    failed: '申请组件下载失败，请检查网络后重试。',
  },
  en: {
    missing: 'Coming soon: the card application is not in the CDN build yet (its size is being reduced).',
    failed: 'The application could not be downloaded. Check the connection and try again.',
  },
};

/**
 * Mounts the card application from `template` into `container`. Resolves with the element, or
 * with undefined when a note was shown instead.
 */
export async function mountCardApplication(container, template, lang = 'zh-CN') {
  const text = TEXT[lang === 'en' ? 'en' : 'zh-CN'];
  try {
    await load(TAG);
  } catch (error) {
    // load() refuses a tag banklet.js does not know without any download; anything else is a
    // download that failed (offline), which the next click tries again.
    const unknown = error instanceof TypeError && String(error.message).includes(`<${TAG}>`);
    container.replaceChildren(note(unknown ? text.missing : text.failed));
    return undefined;
  }
  const element = template.content.querySelector(TAG).cloneNode(true);
  // The sandbox does not decrypt PIN blocks, so any RSA key under its key id will do; a bank
  // serves its own public key here (docs/card-application.md, pin-key-id / pin-public-key).
  if (!element.hasAttribute('pin-public-key')) element.setAttribute('pin-public-key', await sandboxPinKey());
  container.replaceChildren(element);
  return element;
}

function note(message) {
  const p = document.createElement('p');
  p.className = 'note';
  p.setAttribute('role', 'status');
  p.textContent = message;
  return p;
}

let pinKey;
function sandboxPinKey() {
  pinKey ??= crypto.subtle
    .generateKey({ name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt'])
    .then((pair) => crypto.subtle.exportKey('spki', pair.publicKey))
    .then((spki) => btoa(String.fromCharCode(...new Uint8Array(spki))));
  return pinKey;
}
