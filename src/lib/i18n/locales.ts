/**
 * The portal's languages: the six official languages of the United Nations. English is
 * the source language and lives at the site root; every other language has the same pages
 * under its prefix (/fr/countries/ie/), with the same anchors (ids stay English).
 * Pure, no dependencies: the islands bundle it.
 */

/** In the UN's order (alphabetical in English): Arabic, Chinese, English, French, Russian, Spanish. */
export const LOCALES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface LocaleInfo {
  /** The language's name in itself, for the language switcher. */
  endonym: string;
  /** The language's name in English (title attribute, tests). */
  english: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** The tag given to Intl (dates, numbers, collation). */
  intl: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  ar: { endonym: 'العربية', english: 'Arabic', dir: 'rtl', intl: 'ar' },
  zh: { endonym: '中文', english: 'Chinese', dir: 'ltr', intl: 'zh-CN' },
  en: { endonym: 'English', english: 'English', dir: 'ltr', intl: 'en-GB' },
  fr: { endonym: 'Français', english: 'French', dir: 'ltr', intl: 'fr' },
  ru: { endonym: 'Русский', english: 'Russian', dir: 'ltr', intl: 'ru' },
  es: { endonym: 'Español', english: 'Spanish', dir: 'ltr', intl: 'es' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of a site path: its first segment when that is a language prefix, else English. */
export function localeFromPath(path: string): Locale {
  const first = path.split('/')[1] ?? '';
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** A site path without its language prefix: /fr/countries/ie/ → /countries/ie/. */
export function stripLocale(path: string): string {
  const locale = localeFromPath(path);
  if (locale === DEFAULT_LOCALE) return path;
  const rest = path.slice(locale.length + 1);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * The same page in another language: /countries/ie/#preservation → /fr/countries/ie/#preservation.
 * Query and fragment are kept; English has no prefix. Only for page paths (not /api/ or files).
 */
export function localizePath(path: string, locale: Locale): string {
  const bare = stripLocale(path);
  return locale === DEFAULT_LOCALE ? bare : `/${locale}${bare}`;
}

/** The `locale` route parameter of a page in that language: undefined for English (the root). */
export function localeParam(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}

/** The language of a route parameter (undefined is English); throws on an unknown prefix. */
export function localeOfParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  if (isLocale(param) && param !== DEFAULT_LOCALE) return param;
  throw new Error(`Unknown language prefix "${param}"`);
}

/** Every language version of a page, for hreflang alternates and the switcher. */
export function alternates(path: string): { locale: Locale; path: string }[] {
  return LOCALES.map((locale) => ({ locale, path: localizePath(path, locale) }));
}

/**
 * Which languages to build, from a comma-separated list (MLAT_LOCALES), English always
 * first: fixture builds in tests build English only. Unknown codes are an error.
 */
export function selectLocales(list: string | undefined): Locale[] {
  if (!list?.trim()) return [...LOCALES];
  const wanted = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = wanted.filter((l) => !isLocale(l));
  if (unknown.length) throw new Error(`MLAT_LOCALES: unknown language ${unknown.join(', ')} (known: ${LOCALES.join(', ')})`);
  return LOCALES.filter((l) => l === DEFAULT_LOCALE || wanted.includes(l));
}
