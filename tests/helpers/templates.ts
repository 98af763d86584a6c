/**
 * One built page per template, with what to wait for before checking it (an island's
 * result). Every built page must belong to a template of this list: `templateOf` says
 * which, and tests/quality/templates.test.ts fails for a page that belongs to none, so a
 * new kind of page cannot escape the axe, privacy and print checks.
 */
import { existsSync } from 'node:fs';
import { DEFAULT_LOCALE, LOCALES, localizePath, stripLocale, type Locale } from '../../src/lib/i18n/locales.ts';
import { contentIds, htmlPages, pageFile } from './dist.ts';

export interface Template {
  template: string;
  /** Site paths of the pages built from this template. */
  matches: RegExp;
  /** The page checked for the template. */
  path?: string | undefined;
  /** CSS selector, or a status text pattern, that says the page is ready. */
  ready?: { selector: string; text?: RegExp } | undefined;
}

const first = (collection: string, prefer?: string) => {
  const ids = contentIds(collection);
  return prefer && ids.includes(prefer) ? prefer : ids[0];
};

export function templates(): Template[] {
  const country = first('countries', 'ie');
  const instrument = first('instruments', 'budapest');
  const module = first('modules');
  return [
    { template: 'home', matches: /^\/$/, path: '/' },
    { template: 'countries index', matches: /^\/countries\/$/, path: '/countries/' },
    { template: 'country', matches: /^\/countries\/[a-z]{2}\/$/, path: country ? `/countries/${country}/` : undefined },
    { template: 'instruments index', matches: /^\/instruments\/$/, path: '/instruments/' },
    { template: 'instrument', matches: /^\/instruments\/[a-z0-9-]+\/$/, path: instrument ? `/instruments/${instrument}/` : undefined },
    { template: 'modules index', matches: /^\/modules\/$/, path: '/modules/' },
    { template: 'module', matches: /^\/modules\/[a-z0-9-]+\/$/, path: module ? `/modules/${module}/` : undefined },
    { template: 'glossary', matches: /^\/glossary\/$/, path: '/glossary/' },
    { template: 'safeguards', matches: /^\/safeguards\/$/, path: '/safeguards/' },
    { template: 'coverage', matches: /^\/coverage\/$/, path: '/coverage/' },
    { template: '404', matches: /^\/404\.html$/, path: '/404.html' },
    { template: 'not saved', matches: /^\/not-saved\/$/, path: '/not-saved/' },
    { template: 'search', matches: /^\/search\/$/, path: '/search/?q=ireland', ready: { selector: '#search-status', text: /result/i } },
    { template: 'offline', matches: /^\/offline\/$/, path: '/offline/' },
    { template: 'open data', matches: /^\/data\/$/, path: '/data/' },
    { template: 'schemas', matches: /^\/schema\/$/, path: '/schema/' },
    { template: 'compare', matches: /^\/compare\/$/, path: '/compare/' },
    { template: 'compare field', matches: /^\/compare\/[a-z0-9-]+\/$/, path: '/compare/completeness/' },
    { template: 'route planner', matches: /^\/route\/$/, path: '/route/?from=gb&to=us&measure=stored-content', ready: { selector: '#route-summary' } },
    { template: 'draft assistant', matches: /^\/draft\/$/, path: '/draft/?from=de&to=ie&measure=subscriber-information', ready: { selector: '#draft-status', text: /^Draft ready/ } },
  ];
}

/** The template a built page belongs to (in any language), or null. */
export function templateOf(path: string): Template | null {
  const bare = stripLocale(path);
  return templates().find((t) => t.matches.test(bare)) ?? null;
}

/** Templates built once, in English only (the host's 404 page and the offline fallback). */
export const ENGLISH_ONLY = new Set(['404', 'not saved']);

/** The languages other than English that this dist/ was built with. */
export function translatedLocales(): Locale[] {
  return LOCALES.filter((l) => l !== DEFAULT_LOCALE && existsSync(pageFile(`/${l}/`)));
}

/**
 * The page to check for each template in each translated language (the English list is
 * templatePages()): costly checks run on every English page and on this sample of the others.
 */
export function localizedTemplatePages(locales: readonly Locale[] = translatedLocales()): { template: string; locale: Locale; path: string; ready?: Template['ready'] }[] {
  return locales.flatMap((locale) =>
    templatePages()
      .filter((t) => !ENGLISH_ONLY.has(t.template))
      .map((t) => ({ template: t.template, locale, path: localizePath(t.path, locale), // The search status speaks the page's language: wait for a result instead.
      ready: t.template === 'search' ? { selector: '#search-results li' } : t.ready })),
  );
}

/** Every English page, and one page per template in each other language. */
export function sampledPages(): string[] {
  const sample = new Set(localizedTemplatePages().map((p) => p.path.split('?')[0]!));
  return htmlPages().filter((p) => p === stripLocale(p) || sample.has(p));
}

/** The page to check for each template that has one. */
export function templatePages(): { template: string; path: string; ready?: Template['ready'] }[] {
  return templates().flatMap((t) => (t.path ? [{ template: t.template, path: t.path, ready: t.ready }] : []));
}
