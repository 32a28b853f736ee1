/**
 * Tags whose code loads the first time one appears on the page: the CDN's `banklet.js` registers
 * all four widgets this way, so one script tag offers every widget while a page downloads only
 * the ones it shows.
 *
 * Elements in the document are found as they are added (a MutationObserver on the whole
 * document). An element created inside another component's shadow root is invisible to it: call
 * `load(tag)` first (or `discover(shadowRoot)`), as with any autoloader.
 */
const loaders = new Map<string, () => Promise<unknown>>();
const loading = new Map<string, Promise<CustomElementConstructor>>();
let observer: MutationObserver | undefined;

/** Loads `tag`'s code (once) and resolves with its class once it is defined. */
export function load(tag: string): Promise<CustomElementConstructor> {
  const name = tag.toLowerCase();
  let pending = loading.get(name);
  if (!pending) {
    const loader = loaders.get(name);
    if (!loader) return Promise.reject(new TypeError(`Banklet: no widget called <${name}>.`));
    pending = loader().then(() => customElements.whenDefined(name));
    // A failed download (offline) is tried again the next time the tag is seen.
    pending.catch(() => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}

/** Loads the code of every registered tag used under `root` and not yet defined. */
export function discover(root: ParentNode): void {
  for (const tag of loaders.keys()) {
    if (!customElements.get(tag) && !loading.has(tag) && root.querySelector(tag)) void load(tag).catch(reportLoadFailure);
  }
}

function reportLoadFailure(error: unknown): void {
  console.warn('[Banklet BKL-LOAD] a widget could not be downloaded; it is tried again when it is added to the page again.', error);
}

/** Registers lazily loaded tags and starts watching the document for them. */
export function defineLazy(tags: Record<string, () => Promise<unknown>>): void {
  for (const [tag, loader] of Object.entries(tags)) if (!loaders.has(tag)) loaders.set(tag, loader);
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return;
  discover(document);
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        const element = node as Element;
        if (loaders.has(element.localName) && !customElements.get(element.localName)) void load(element.localName).catch(reportLoadFailure);
        if (element.firstElementChild) discover(element);
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
