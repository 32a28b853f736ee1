import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatDate, formatMoney, formatNumber, type Money } from '@banklet/sdk';
import { closestComposed } from './dom.js';
import { warnOnce } from './warn.js';

/**
 * Localization runtime.
 *
 * - A *catalogue* is one typed message interface (core strings, or one widget's strings) with a
 *   lazy loader per locale. Only the locale in use is loaded; a missing key is a type error
 *   because each locale file is typed as the interface.
 * - A `LocalizeController` resolves the language for its host element, in this order:
 *   the element's own `lang` attribute → the client/page configured `locale` → the nearest
 *   `[lang]` ancestor, crossing shadow roots (so a primitive inside a widget follows the widget)
 *   → `zh-CN`. It re-renders the host when any of those change. Nothing page-global is set:
 *   two widgets in two languages on one page is fine.
 * - Numbers, dates and money go through `Intl` in the resolved language.
 */

export const DEFAULT_LOCALE = 'zh-CN';

type Loader<T> = () => Promise<T | { default: T }>;

export interface Catalogue<T> {
  readonly name: string;
  readonly loaders: Map<string, Loader<T>>;
  readonly loaded: Map<string, T>;
  readonly pending: Map<string, Promise<T>>;
}

const catalogues = new Map<string, Catalogue<unknown>>();

export function defineCatalogue<T>(name: string, loaders: Record<string, Loader<T>>): Catalogue<T> {
  const catalogue: Catalogue<T> = { name, loaders: new Map(Object.entries(loaders)), loaded: new Map(), pending: new Map() };
  catalogues.set(name, catalogue as Catalogue<unknown>);
  return catalogue;
}

/**
 * Adds or replaces a locale at run time, without rebuilding Banklet:
 * `registerTranslations('ja', { core: () => import('./ja-core.js'), 'payment-sheet': … })`.
 * Messages for catalogues that have no loader in that locale fall back to zh-CN.
 */
export function registerTranslations(locale: string, loaders: Record<string, Loader<unknown>>): void {
  for (const [name, loader] of Object.entries(loaders)) {
    const catalogue = catalogues.get(name);
    if (!catalogue) {
      warnOnce('BKL-LOCALE', `registerTranslations: there is no catalogue named "${name}".`, name);
      continue;
    }
    catalogue.loaders.set(locale, loader);
    catalogue.loaded.delete(locale);
  }
  notifyAll();
}

/** Best available locale for a requested BCP 47 tag: exact, then same language, then zh-CN. */
export function matchLocale(requested: string, available: Iterable<string>): string {
  const wanted = requested.toLowerCase();
  const list = [...available];
  const exact = list.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  const sameLanguage = list.find((l) => l.toLowerCase().split('-')[0] === language);
  return sameLanguage ?? (list.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : list[0] ?? DEFAULT_LOCALE);
}

function load<T>(catalogue: Catalogue<T>, locale: string): Promise<T> {
  const done = catalogue.loaded.get(locale);
  if (done) return Promise.resolve(done);
  let pending = catalogue.pending.get(locale);
  if (!pending) {
    const loader = catalogue.loaders.get(locale)!;
    pending = loader().then(
      (module) => {
        const messages = (module && typeof module === 'object' && 'default' in module ? module.default : module) as T;
        catalogue.loaded.set(locale, messages);
        catalogue.pending.delete(locale);
        return messages;
      },
      (error: unknown) => {
        catalogue.pending.delete(locale);
        throw error;
      },
    );
    catalogue.pending.set(locale, pending);
  }
  return pending;
}

/**
 * The first `Intl` formatter a page builds costs tens of milliseconds on a mid-range phone (about
 * 55 ms at 4x CPU throttling, any kind of formatter: it loads the locale data), and every widget's
 * first render formats a number, an amount or a date. Built in the task after the texts were
 * requested (the widget's data requests are on their way too), it is paid while those download
 * instead of in the middle of the render they lead to. Once per language and page.
 */
const warmedLanguages = new Set<string>();
function warmIntl(lang: string): void {
  if (warmedLanguages.has(lang)) return;
  warmedLanguages.add(lang);
  setTimeout(() => formatNumber(0, lang));
}

/* One observer for the whole document: any `lang`/`dir` change re-resolves every controller. */
const controllers = new Set<LocalizeController<unknown>>();
let observer: MutationObserver | undefined;

function notifyAll(): void {
  for (const controller of controllers) controller.refresh();
}

/** The nearest non-empty `lang`/`dir` on the element or its composed ancestors. */
function closestAttribute(start: Element, attr: 'lang' | 'dir'): string | undefined {
  return closestComposed(start, (element) => !!element.getAttribute(attr))?.getAttribute(attr) ?? undefined;
}

export class LocalizeController<T> implements ReactiveController {
  /** Requested language (what Intl formats with), e.g. `en-GB`. */
  lang = DEFAULT_LOCALE;
  /** Catalogue locale in use, e.g. `en`. */
  locale = DEFAULT_LOCALE;
  dir: 'ltr' | 'rtl' = 'ltr';
  /** Set while the catalogue for a new locale is being fetched; the base element awaits it. */
  loading: Promise<void> | undefined;
  private messages: T | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly catalogue: Catalogue<T>,
    /** The configured locale, if any (from the element's client or Banklet.configure). */
    private readonly configured: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  /** Whether some messages are there to render with (none when every download failed). */
  get ready(): boolean {
    return this.messages !== undefined;
  }

  /** The messages of the resolved locale. Always defined once the host has rendered. */
  get msg(): T {
    if (!this.messages) throw new Error(`Banklet: catalogue "${this.catalogue.name}" read before it loaded.`);
    return this.messages;
  }

  hostConnected(): void {
    controllers.add(this as LocalizeController<unknown>);
    if (!observer && typeof MutationObserver !== 'undefined') {
      observer = new MutationObserver(notifyAll);
      observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this as LocalizeController<unknown>);
  }

  /** Re-resolves language and direction; loads the catalogue when the locale changed. */
  refresh(): void {
    const own = this.host.getAttribute('lang') || undefined;
    const lang = own ?? this.configured() ?? closestAttribute(this.host, 'lang') ?? DEFAULT_LOCALE;
    this.dir = closestAttribute(this.host, 'dir') === 'rtl' ? 'rtl' : 'ltr';
    const locale = matchLocale(lang, this.catalogue.loaders.keys());
    if (lang === this.lang && locale === this.locale && this.messages) {
      this.host.requestUpdate();
      return;
    }
    this.lang = isValidTag(lang) ? lang : locale;
    this.locale = locale;
    const cached = this.catalogue.loaded.get(locale);
    if (cached) {
      this.messages = cached;
      this.loading = undefined;
      this.host.requestUpdate();
      return;
    }
    warmIntl(this.lang);
    const loading = load(this.catalogue, locale).then(
      (messages) => {
        // A later refresh may have asked for another locale meanwhile; the last request wins.
        if (this.locale === locale) this.messages = messages;
      },
      (error: unknown) => {
        warnOnce('BKL-LOCALE', `Could not load "${this.catalogue.name}" messages for ${locale}: ${String(error)}`, `${this.catalogue.name}|${locale}`);
        if (locale !== DEFAULT_LOCALE) {
          this.locale = DEFAULT_LOCALE;
          // Offline with nothing cached: no texts at all; the host shows nothing and reports it.
          return load(this.catalogue, DEFAULT_LOCALE).then((m) => void (this.messages = m), () => undefined);
        }
        return undefined;
      },
    );
    this.loading = loading.then(() => {
      if (this.loading === wrapped) this.loading = undefined;
    });
    const wrapped = this.loading;
    void wrapped.then(() => this.host.requestUpdate());
  }

  formatMoney(money: Money, options?: Intl.NumberFormatOptions): string {
    return formatMoney(money, this.lang, options);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.lang, options);
  }

  formatDate(value: Date | number | string, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(value, this.lang, options);
  }

  /**
   * Sentences one after the other as the language writes them: "。" between Chinese ones, ". "
   * between others (not "加载失败. 服务…"); a sentence that already ends in a stop keeps its own.
   */
  sentences(...parts: string[]): string {
    const chinese = /^zh\b/i.test(this.lang);
    return parts.reduce((text, part) => {
      if (!text) return part;
      if (chinese) return /[。！？.!?]$/.test(text) ? text + part : `${text}。${part}`;
      return /[.!?。]$/.test(text) ? `${text} ${part}` : `${text}. ${part}`;
    }, '');
  }
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
