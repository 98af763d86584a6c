/**
 * Glossary terms in the six languages: on each language's glossary page a term's headword
 * is its equivalent from a UN convention text in that language (marked with that language),
 * or the English term when none is sourced; every page lists the sourced equivalents with
 * a citation that resolves to the source on the page.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/index.ts';
import { LOCALES, localizePath } from '../../src/lib/i18n/locales.ts';
import { equivalentsInOrder, headword } from '../../src/lib/terms.ts';
import { ROOT, pageFile, readPage } from '../helpers/dist.ts';

const { ctx } = checkContent({ root: ROOT, ...(process.env['MLAT_CONTENT_DIR'] ? { contentDir: process.env['MLAT_CONTENT_DIR'] } : {}) });
const terms = ctx.valid.glossary.map(({ file, data }) => ({ id: file.id, data }));
const built = LOCALES.filter((l) => existsSync(pageFile(localizePath('/glossary/', l))));

describe.skipIf(terms.length === 0)('glossary headwords per language', () => {
  it('the real glossary has sourced equivalents in at least four of the five other languages', () => {
    if (process.env['MLAT_CONTENT_DIR']) return;
    const langs = new Set(terms.flatMap((t) => t.data.equivalents.map((e) => e.lang)));
    expect(langs.size).toBeGreaterThanOrEqual(4);
  });

  for (const locale of built) {
    it(`/${locale === 'en' ? '' : `${locale}/`}glossary/: each headword is the sourced equivalent or the English term, and each equivalent is cited`, () => {
      const page = readPage(localizePath('/glossary/', locale));
      for (const t of terms) {
        const h3 = page.querySelector(`h3#${t.id}`);
        expect(h3, t.id).not.toBeNull();
        const head = headword(t.data.term, t.data.equivalents, locale);
        if (head.equivalent) {
          const word = h3!.querySelector(`span[lang="${locale}"]`);
          expect(word?.text, t.id).toBe(head.text);
          expect(h3!.querySelector('span[lang="en"]')?.text, t.id).toBe(`(${t.data.term})`);
        } else {
          expect(h3!.getAttribute('lang'), t.id).toBe('en');
          expect(h3!.text.trim(), t.id).toBe(t.data.term);
        }
        const listed = equivalentsInOrder(t.data.equivalents, LOCALES.filter((l) => l !== 'en'));
        const article = h3!.parentNode!;
        const line = article.querySelector('.term-equivalents');
        if (listed.length === 0) {
          expect(line, t.id).toBeNull();
          continue;
        }
        for (const e of listed) expect(line!.querySelector(`span[lang="${e.lang}"]`)?.text, `${t.id} ${e.lang}`).toBe(e.text);
        // Each equivalent's citation marks point at sources listed in the term's own source list.
        const marks = line!.querySelectorAll('sup.cite a').map((a) => a.getAttribute('href')!);
        expect(marks.length, t.id).toBeGreaterThanOrEqual(listed.length);
        for (const href of marks) expect(article.querySelector(href), `${t.id} ${href}`).not.toBeNull();
      }
    });
  }
});
