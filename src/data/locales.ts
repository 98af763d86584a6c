/**
 * Which languages this build renders (MLAT_LOCALES, default all six) and the route
 * parameters of every page in each of them: English at the root, the others under their
 * prefix. Every page template under src/pages/[...locale]/ takes its paths from here.
 */
import { localeParam, selectLocales, type Locale } from '../lib/i18n/locales.ts';

export const BUILT_LOCALES: readonly Locale[] = selectLocales(process.env['MLAT_LOCALES']);

/** The paths of a page with no parameter of its own, once per language. */
export function localePaths() {
  return BUILT_LOCALES.map((locale) => ({ params: { locale: localeParam(locale) } }));
}

/** A template's own paths, once per language. */
export function withLocales<P extends Record<string, string>, T extends { params: P }>(paths: readonly T[]) {
  return BUILT_LOCALES.flatMap((locale) => paths.map((p) => ({ ...p, params: { ...p.params, locale: localeParam(locale) } })));
}
