/**
 * Issue 23 over the built site: on a translated page, the interface of the instrument,
 * module, coverage, safeguards, data, compare and draft pages is in the page's language.
 * For each page, a set of interface messages must appear in the language of the page and
 * their English text must not appear outside the parts marked lang="en" (entry text and
 * the technical documentation that stays English). The English pages keep the English.
 */
import { existsSync, readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES, i18n, type MessageKey } from '../../src/lib/i18n/catalogues.ts';
import { localizePath, type Locale } from '../../src/lib/i18n/locales.ts';
import { contentIds, pageFile, readPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

const module = contentIds('modules')[0];
const PAGES: [string, MessageKey[]][] = [
  ['/instruments/', ['instruments.maps', 'instruments.matrix', 'matrix.bound', 'instruments.col.parties', 'instruments.mapsLead']],
  ['/instruments/budapest/', ['instrument.covers', 'instrument.channels', 'instrument.contains', 'instrument.lacks', 'instrument.fallbacks', 'instrument.training', 'instrument.col.ratified']],
  ['/modules/', ['modules.all', 'modules.audienceHeading', 'modules.levelHeading']],
  ...(module ? ([[`/modules/${module}/`, ['module.objectives', 'module.referenced', 'module.col.sections', 'module.audience', 'module.duration']]] as [string, MessageKey[]][]) : []),
  ['/coverage/', ['coverage.firstQuestions', 'coverage.byField', 'coverage.byJurisdiction', 'coverage.col.missing', 'coverage.explain']],
  ['/safeguards/', ['safeguards.baseline', 'safeguards.byCountry', 'safeguards.byGround', 'safeguards.term.oversight', 'safeguards.necessity']],
  ['/data/', ['data.files', 'data.csv', 'data.fields', 'data.col.meaning', 'data.lead']],
  ['/compare/channels/', ['compare.page.sortHint', 'compare.page.others', 'compare.page.region']],
  ['/draft/', ['draft.lead', 'draft.about.summary', 'draft.form.submit', 'draft.about.sections']],
];

/** The page's main text without the parts marked as English. */
function interfaceText(path: string): string {
  const main = readPage(path).querySelector('main')!;
  for (const el of main.querySelectorAll('[lang="en"], script, style')) el.remove();
  return decodeHTML(main.textContent).replace(/\s+/g, ' ');
}

for (const locale of ['fr', 'zh', 'ar', 'ru', 'es'] satisfies Locale[]) {
  describe.skipIf(!existsSync(pageFile(`/${locale}/`)))(`/${locale}/: page interface in the page's language`, () => {
    const tr = i18n(locale);
    const en = i18n('en');
    for (const [path, keys] of PAGES) {
      it(`${localizePath(path, locale)} shows ${keys.length} interface messages in ${locale}, none in English`, () => {
        if (!existsSync(pageFile(localizePath(path, locale)))) return;
        const text = interfaceText(localizePath(path, locale));
        for (const key of keys) {
          expect(tr.t(key), key).not.toBe(en.t(key));
          expect(text, `${key} in ${locale}`).toContain(tr.t(key));
          expect(text, `${key} in English`).not.toContain(en.t(key));
        }
        // The English page shows the English words.
        const english = interfaceText(path);
        for (const key of keys) expect(english, key).toContain(en.t(key));
      });
    }
  });
}

describe.skipIf(!existsSync(pageFile('/fr/instruments/eu-eio/')))('party-status reasons in French', () => {
  const fr = i18n('fr').t;
  it('/fr/instruments/eu-eio/ says why a former member is not bound in French, not in English', () => {
    const text = interfaceText('/fr/instruments/eu-eio/');
    expect(text).toContain(fr('reason.former-member', { group: 'EU', date: '2020-01-31' }));
    expect(text).not.toContain('no longer bound: left the');
    expect(interfaceText('/instruments/eu-eio/')).toContain('no longer bound: left the EU on 2020-01-31');
  });
  it('/fr/countries/gb/ says why in French; /countries/gb/ keeps the English', () => {
    expect(interfaceText('/fr/countries/gb/')).toContain(fr('reason.former-member', { group: 'EU', date: '2020-01-31' }));
    expect(interfaceText('/fr/countries/gb/')).not.toContain('no longer bound: left the');
    expect(interfaceText('/countries/gb/')).toContain('no longer bound: left the EU on 2020-01-31');
  });
  it('/fr/route/ embeds the French reasons its island shows', () => {
    const html = decodeHTML(readFileSync(pageFile('/fr/route/'), 'utf8'));
    for (const key of ['reason.party', 'reason.former-member', 'reason.not-party', 'route.reasonSide', 'route.bothBound']) {
      const french = CATALOGUES.fr.messages[key]!;
      expect(french).not.toBe(CATALOGUES.en.messages[key]);
      expect(html).toContain(`${JSON.stringify(key)}:${JSON.stringify(french)}`);
    }
  });

  it('/fr/draft/ embeds the French reasons its island shows for possible bases; /draft/ embeds none', () => {
    const html = decodeHTML(readFileSync(pageFile('/fr/draft/'), 'utf8'));
    for (const key of ['reason.party', 'reason.unconfirmed', 'reason.not-party', 'reason.former-member', 'draft.ui.reasonSide', 'draft.ui.bothBound', 'draft.ui.basisConfirmed']) {
      const french = CATALOGUES.fr.messages[key]!;
      expect(html).toContain(`${JSON.stringify(key)}:${JSON.stringify(french)}`);
    }
    expect(CATALOGUES.fr.messages['reason.unconfirmed']).not.toBe(CATALOGUES.en.messages['reason.unconfirmed']);
    // English pages keep the lib's words and need no reason messages.
    expect(readFileSync(pageFile('/draft/'), 'utf8')).not.toContain('"reason.unconfirmed"');
  });
});

describe.skipIf(!existsSync(pageFile('/fr/data/')))('/data/ documentation and CSV columns in French', () => {
  const fr = (key: MessageKey, values: Record<string, string> = {}) => i18n('fr').t(key, values);

  it('/fr/data/ words the technical paragraphs and every CSV column description in French; only instrument titles stay marked English', () => {
    const main = readPage('/fr/data/').querySelector('main')!;
    const marked = main.querySelectorAll('[lang="en"]');
    expect(marked.length).toBeGreaterThan(0);
    for (const el of marked) expect(el.tagName, el.text).toBe('A');
    const text = decodeHTML(main.textContent).replace(/\s+/g, ' ');
    expect(text).toContain('Tous les fichiers sont statiques et servis par ce site');
    expect(text).toContain(fr('data.doc.sourcesTerms'));
    expect(text).toContain(fr('data.column.preservation_max_days'));
    expect(text).toContain('Si budapest lie l’État à la date de production du site');
    for (const english of ['All files are static', 'follows RFC 4180', 'Longest period, in days', 'Cite the entry you used', 'Not yet documented. They never mean']) expect(text, english).not.toContain(english);
    // Links and code inside the sentences survive translation.
    const csvRow = main.querySelectorAll('p').find((p) => p.text.includes('RFC 4180'))!;
    expect(csvRow.querySelector('a')?.getAttribute('href')).toBe('/api/countries.csv');
    expect(main.querySelector('a[rel="license"]')?.text).toContain('Creative Commons');
  });

  it('/data/ keeps its English documentation, unmarked', () => {
    const main = readPage('/data/').querySelector('main')!;
    expect(main.querySelectorAll('[lang="en"]')).toHaveLength(0);
    const text = decodeHTML(main.textContent).replace(/\s+/g, ' ');
    expect(text).toContain('All files are static and served from this site');
    expect(text).toContain('Longest period, in days, for which data is preserved on request');
    expect(main.querySelector('a[href="/api/countries.csv"] code')).not.toBeNull();
  });
});
