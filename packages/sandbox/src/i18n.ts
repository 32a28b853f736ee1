/**
 * Server texts (product names, offer titles, tier names) in the two shipped locales. The language
 * follows `Accept-Language`; zh-CN is the default because the bank's users are Chinese first.
 */
export type Locale = 'zh-CN' | 'en';
export type Text = Record<Locale, string>;

export function negotiateLocale(header: string | undefined): Locale {
  if (!header) return 'zh-CN';
  // The first language range with a non-zero quality decides; we only need to tell en from zh.
  const ranges = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranges) {
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('zh') || tag === '*') return 'zh-CN';
  }
  return 'zh-CN';
}

export const pick = (text: Text, locale: Locale): string => text[locale];

/** Parses a `texts` JSON column holding `{ field: { 'zh-CN': …, en: … } }`. */
export function localize<K extends string>(json: string, locale: Locale): Record<K, string> {
  const texts = JSON.parse(json) as Record<K, Text>;
  const out = {} as Record<K, string>;
  for (const key of Object.keys(texts) as K[]) out[key] = texts[key][locale];
  return out;
}
