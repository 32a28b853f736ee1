/**
 * `dist/cdn/banklet.iife.js`, for pages without a module pipeline: defines `window.Banklet` at
 * once and loads `banklet.js` from the same folder as a module, so a classic-script page shares
 * the same code, chunks and lazy widgets as a module page (no second copy of Lit).
 *
 * `Banklet.configure({...})` may be called right after the script tag: calls made before the
 * module has loaded are kept and applied, in order, before any widget is defined. Everything
 * else `banklet.js` exports joins `window.Banklet` when it has loaded; `Banklet.ready` resolves
 * with it.
 */
import type * as BankletModule from './banklet.js';
import type { ConfigureOptions } from '../internal/config.js';
import { VERSION } from '../internal/version.js';

type Module = typeof BankletModule;

declare global {
  interface Window {
    Banklet?: Partial<Module> & { ready: Promise<Module>; VERSION: string };
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const moduleUrl = new URL('banklet.js', script?.src || document.baseURI).href;
const queued: ConfigureOptions[] = [];
let loaded: Module | undefined;

const ready = (import(moduleUrl) as Promise<Module>).then((module) => {
  for (const options of queued.splice(0)) module.configure(options);
  loaded = module;
  Object.assign(api, module);
  return module;
});

const api: NonNullable<Window['Banklet']> = {
  VERSION,
  ready,
  configure: (options: ConfigureOptions) => {
    if (loaded) return loaded.configure(options);
    queued.push(options);
    return undefined;
  },
  load: (tag: string) => ready.then((module) => module.load(tag)),
};

window.Banklet = api;
