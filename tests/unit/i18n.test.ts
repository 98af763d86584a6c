/**
 * The message catalogues: every language has every key and no other, each message parses
 * as ICU MessageFormat with the same arguments as the English one, every key is used
 * somewhere in src/, every key used in src/ exists, the translation metadata is recorded,
 * and a message that is a glossary term stays English until an equivalent is sourced.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LAZY_MESSAGES } from '../../src/integrations/lazy-messages.ts';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, i18n } from '../../src/lib/i18n/catalogues.ts';
import { localizeLinks } from '../../src/lib/i18n/links.ts';
import { DEFAULT_LOCALE, LOCALES, alternates, localeFromPath, localeOfParam, localizePath, selectLocales, stripLocale } from '../../src/lib/i18n/locales.ts';
import { createTranslator, messageArguments } from '../../src/lib/i18n/translate.ts';
import { VOCABULARY, vocabKey } from '../../src/lib/i18n/vocabulary.ts';
import { ROOT } from '../helpers/dist.ts';

const en = CATALOGUES.en.messages;
const enKeys = Object.keys(en).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return full.includes(join('i18n', 'messages')) ? [] : sourceFiles(full);
    return /\.(ts|astro|js|mjs)$/.test(name) ? [full] : [];
  });
}
const sources = sourceFiles(join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');

describe('message catalogues', () => {
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    it(`${locale} has exactly the English keys`, () => {
      const keys = Object.keys(CATALOGUES[locale].messages).sort();
      expect({ missing: enKeys.filter((k) => !keys.includes(k)), unknown: keys.filter((k) => !enKeys.includes(k)) }).toEqual({ missing: [], unknown: [] });
    });
    it(`${locale}: every message parses, with the English arguments`, () => {
      const wrong = enKeys.filter((k) => {
        const source = CATALOGUES[locale].messages[k];
        return source === undefined || messageArguments(source).join() !== messageArguments(en[k]!).join();
      });
      expect(wrong).toEqual([]);
    });
    it(`${locale} records who translated it, when, and whether it was reviewed`, () => {
      const meta = CATALOGUES[locale].meta;
      expect(meta.locale).toBe(locale);
      expect(['machine-assisted', 'reviewed']).toContain(meta.status);
      expect(meta.translator.length).toBeGreaterThan(3);
      expect(meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (meta.status === 'reviewed') expect(meta.reviewer && meta.reviewed).toBeTruthy();
    });
  }

  it('every key is used in src/ (vocabulary keys by their tables)', () => {
    const vocab = new Set(Object.entries(VOCABULARY).flatMap(([table, labels]) => Object.keys(labels).map((id) => vocabKey(table as keyof typeof VOCABULARY, id))));
    const unused = enKeys.filter((k) => !vocab.has(k) && !sources.includes(`'${k}'`) && !sources.includes(`"${k}"`));
    expect(unused).toEqual([]);
  });

  it('every key used in src/ exists', () => {
    const used = [...sources.matchAll(/\b(?:t|m|raw|msg)\(\s*'([a-z][a-zA-Z0-9]*\.[a-zA-Z0-9.-]+)'/g)].map((x) => x[1]!);
    expect([...new Set(used)].filter((k) => !(k in en))).toEqual([]);
  });

  it('messages a script fills itself (the notices boot.ts shows) have plain arguments only', () => {
    const raw = [...LAZY_MESSAGES['notice-messages']];
    expect(raw.length).toBeGreaterThan(0);
    for (const k of raw) expect(sources, k).toContain(`msg('${k}'`);
    for (const locale of LOCALES) for (const k of raw) expect(CATALOGUES[locale].messages[k], `${locale} ${k}`).not.toMatch(/,\s*(plural|select|number)/);
  });

  it('islands without the ICU library (messages.ts) use plain messages only', () => {
    const plain = sourceFiles(join(ROOT, 'src', 'scripts'))
      .map((f) => readFileSync(f, 'utf8'))
      .filter((text) => /from '\.\/messages\.ts'/.test(text) && !/IntlMessageFormat/.test(text))
      .flatMap((text) => [...text.matchAll(/\b(?:t|msg)\(\s*'([^']+)'/g)].map((x) => x[1]!));
    expect(plain.length).toBeGreaterThan(5);
    for (const locale of LOCALES) for (const k of plain) expect(CATALOGUES[locale].messages[k], `${locale} ${k}`).not.toMatch(/,\s*(plural|select|selectordinal)/);
  });

  it('a message that is a glossary term stays the English term in every language (no sourced equivalent yet)', () => {
    const dir = join(ROOT, 'content', 'glossary');
    const terms = new Set(
      readdirSync(dir)
        .filter((n) => n.endsWith('.mdx'))
        .flatMap((n) => {
          const text = readFileSync(join(dir, n), 'utf8');
          const term = /^term:\s*["']?(.+?)["']?\s*$/m.exec(text)?.[1];
          return term ? [term.toLowerCase()] : [];
        }),
    );
    expect(terms.size).toBeGreaterThan(10);
    const bound = enKeys.filter((k) => terms.has(en[k]!.toLowerCase()));
    expect(bound.length).toBeGreaterThan(5);
    for (const locale of LOCALES) for (const k of bound) expect(CATALOGUES[locale].messages[k], `${locale} ${k}`).toBe(en[k]);
  });
});

describe('formatting', () => {
  it('plurals follow each language’s rules', () => {
    expect(i18n('en').t('common.days', { count: 1 })).toBe('1 day');
    expect(i18n('en').t('common.days', { count: 3 })).toBe('3 days');
    expect(i18n('ru').t('common.days', { count: 2 })).toBe('2 дня');
    expect(i18n('ru').t('common.days', { count: 5 })).toBe('5 дней');
    expect(i18n('ru').t('common.days', { count: 21 })).toBe('21 день');
    expect(i18n('fr').t('common.days', { count: 2 })).toBe('2 jours');
    expect(i18n('ar').t('common.days', { count: 2 })).toBe('يومان');
  });
  it('dates and numbers go through Intl; English keeps its house style', () => {
    expect(i18n('en').date('2015-03-09')).toBe('9 March 2015');
    expect(i18n('fr').date('2015-03-09')).toBe('9 mars 2015');
    expect(i18n('fr').date('2015-03')).toBe('mars 2015');
    expect(i18n('es').date('2015')).toBe('2015');
    expect(i18n('zh').date('2015-03-09')).toBe('2015年3月9日');
    expect(i18n('fr').number(12345)).toBe('12 345'.replace(' ', '\u202f'));
    expect(i18n('en').date(null)).toBe('undated');
  });
  it('State names come from the dataset in each language', () => {
    expect(i18n('fr').stateName('de', 'Germany')).toBe('Allemagne');
    expect(i18n('ru').stateName('de', 'Germany')).toBe('Германия');
    expect(i18n('es').stateName('de', 'Germany')).toBe('Alemania');
    expect(i18n('zh').stateName('de', 'Germany')).toBe('德国');
    expect(i18n('ar').stateName('de', 'Germany')).toBe('ألمانيا');
    expect(i18n('en').stateName('de', 'Germany')).toBe('Germany');
    expect(i18n('fr').stateName('eu')).toBe('Union européenne');
  });
  it('a missing key throws instead of printing the key', () => {
    expect(() => createTranslator('en', {})('nope')).toThrow(/No message "nope"/);
  });
});

describe('locales and paths', () => {
  it('English is the root, other languages a prefix; fragments and queries survive', () => {
    expect(localizePath('/countries/ie/#preservation', 'fr')).toBe('/fr/countries/ie/#preservation');
    expect(localizePath('/fr/route/?from=cn', 'zh')).toBe('/zh/route/?from=cn');
    expect(localizePath('/ar/', 'en')).toBe('/');
    expect(stripLocale('/ru/search/')).toBe('/search/');
    expect(localeFromPath('/zh/route/')).toBe('zh');
    expect(localeFromPath('/countries/fr/')).toBe('en');
    expect(localeFromPath('/en/')).toBe('en');
    expect(alternates('/countries/ie/').map((a) => a.path)).toEqual(['/ar/countries/ie/', '/zh/countries/ie/', '/countries/ie/', '/fr/countries/ie/', '/ru/countries/ie/', '/es/countries/ie/']);
    expect(localeOfParam(undefined)).toBe('en');
    expect(() => localeOfParam('de')).toThrow();
  });
  it('MLAT_LOCALES selects languages, English always included', () => {
    expect(selectLocales(undefined)).toEqual([...LOCALES]);
    expect(selectLocales('fr')).toEqual(['en', 'fr']);
    expect(() => selectLocales('de')).toThrow(/unknown language de/);
  });
  it('links in a translated page go to the same language, files and the switcher untouched', () => {
    const isPage = (p: string) => p.endsWith('/') && !p.startsWith('/api/');
    const html = '<a href="/countries/ie/#preservation">x</a><a href="/api/countries/ie.json">j</a><a href="/countries/ie/" hreflang="en">English</a><form action="/search/" method="get"></form><link rel="canonical" href="/x/"><a href="/fr/route/">r</a>';
    expect(localizeLinks(html, 'fr', isPage)).toBe(
      '<a href="/fr/countries/ie/#preservation">x</a><a href="/api/countries/ie.json">j</a><a href="/countries/ie/" hreflang="en">English</a><form action="/fr/search/" method="get"></form><link rel="canonical" href="/x/"><a href="/fr/route/">r</a>',
    );
    expect(localizeLinks(html, 'en', isPage)).toBe(html);
  });
});
