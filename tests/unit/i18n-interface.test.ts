/**
 * Interface strings that come from src/lib tables (draft assistant, route checklist,
 * compare) and the small message formatters the islands use: the plural subset of the
 * draft island gives what intl-messageformat gives, in every language; links inside a
 * sentence keep their text; and the tables are translated in every catalogue.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, i18n } from '../../src/lib/i18n/catalogues.ts';
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO } from '../../src/lib/i18n/locales.ts';
import { richParts } from '../../src/lib/i18n/rich.ts';
import { VOCABULARY, vocabKey, type VocabularyTable } from '../../src/lib/i18n/vocabulary.ts';
import { formatMessage } from '../../src/scripts/plurals.ts';
import { ROOT } from '../helpers/dist.ts';
import { REASON_KEYS, basisReasonIn, reasonIn } from '../../src/lib/i18n/reasons.ts';
import { CSV_COLUMN_KEYS, columnDescriptionIn } from '../../src/lib/i18n/data-columns.ts';
import { COUNTRY_CSV_COLUMNS } from '../../src/lib/publish/countries-csv.ts';
import { applies, appliesWhy, bound, boundWhy, reasonText, standing, stateBound, stateBoundWhy, type PartyContext } from '../../src/lib/parties.ts';
import { basisReason, legalBases } from '../../src/lib/route/legal-bases.ts';
import type { Instrument } from '../../src/lib/schema/instrument.ts';

const scripts = readdirSync(join(ROOT, 'src', 'scripts')).map((f) => readFileSync(join(ROOT, 'src', 'scripts', f), 'utf8'));
const countKeys = [...new Set(scripts.flatMap((text) => [...text.matchAll(/\bcount\(\s*'([^']+)'/g)].map((m) => m[1]!)))];

/** Each argument of a message with its kind: a number (plural, number) or the options of a select. */
function argumentKinds(source: string): Map<string, 'number' | 'text' | string[]> {
  const kinds = new Map<string, 'number' | 'text' | string[]>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument) kinds.set(el.value, kinds.get(el.value) ?? 'text');
      if (el.type === TYPE.number || el.type === TYPE.plural) kinds.set(el.value, 'number');
      if (el.type === TYPE.select) kinds.set(el.value, [...Object.keys(el.options), 'something-else']);
      if (el.type === TYPE.plural || el.type === TYPE.select) for (const o of Object.values(el.options)) walk(o.value);
    }
  };
  walk(parse(source, { ignoreTag: true }));
  return kinds;
}

const NUMBERS = [0, 1, 2, 3, 5, 11, 21, 22, 101, 1000, 0.25];

describe('the ICU subset the islands format without intl-messageformat (src/scripts/plurals.ts)', () => {
  it('islands use it, and no island bundle imports intl-messageformat', () => {
    expect(countKeys.length).toBeGreaterThanOrEqual(2);
    for (const text of scripts) expect(text).not.toMatch(/from 'intl-messageformat'/);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every message of the catalogue formats as intl-messageformat formats it, for every plural form and select branch`, () => {
      let checked = 0;
      for (const [key, source] of Object.entries(CATALOGUES[locale].messages)) {
        const kinds = argumentKinds(source);
        const rounds = Math.max(NUMBERS.length, ...[...kinds.values()].map((k) => (Array.isArray(k) ? k.length : 1)));
        for (let r = 0; r < rounds; r++) {
          const values = Object.fromEntries(
            [...kinds].map(([name, kind], i) => [name, kind === 'number' ? NUMBERS[(r + i) % NUMBERS.length]! : kind === 'text' ? `Irlande #${r} {x}` : kind[(r + i) % kind.length]!]),
          );
          const expected = new IntlMessageFormat(source, LOCALE_INFO[locale].intl, undefined, { ignoreTag: true }).format(values);
          expect(formatMessage(source, values, LOCALE_INFO[locale].intl), `${locale} ${key} ${JSON.stringify(values)}`).toBe(Array.isArray(expected) ? expected.join('') : String(expected));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(Object.keys(CATALOGUES[locale].messages).length);
    });
  }

  it('picks plural forms by the language (#, =N, Russian and Arabic forms) and select branches', () => {
    expect(formatMessage('{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 }, 'en')).toBe('none');
    expect(formatMessage('{n, plural, =0 {none} one {# item} other {# items}}', { n: 1000 }, 'en')).toBe('1,000 items');
    expect(formatMessage('{q, select, yes {for {name}} other {}}!', { q: 'yes', name: 'C#' }, 'en')).toBe('for C#!');
    expect(formatMessage('{n, plural, other {# and {q, select, yes {#} other {}}}}', { n: 2, q: 'yes' }, 'en')).toBe('2 and #');
    expect(formatMessage('{p, number, percent}', { p: 0.57 }, 'fr')).toMatch(/^57\s%$/u);
    const ru = CATALOGUES.ru.messages['draft.ui.ready']!;
    expect(formatMessage(ru, { sections: 17, items: 3, name: 'Ирландия', gaps: 1, bases: 5 }, 'ru')).toContain('17 разделов, 3 пункта контрольного списка');
    expect(formatMessage(CATALOGUES.ar.messages['draft.ui.ready']!, { sections: 2, items: 1, name: 'x', gaps: 0, bases: 1 }, 'ar')).toContain('قسمان');
  });
});

describe('links inside a sentence', () => {
  it('splits a message into text and numbered parts, in the translator’s order', () => {
    expect(richParts('plan with the <0>route planner</0> and read <1>the index</1>.')).toEqual([{ text: 'plan with the ' }, { index: 0, text: 'route planner' }, { text: ' and read ' }, { index: 1, text: 'the index' }, { text: '.' }]);
    expect(richParts('<1>b</1> then <0>a</0>')).toEqual([{ index: 1, text: 'b' }, { text: ' then ' }, { index: 0, text: 'a' }]);
    expect(richParts('no parts')).toEqual([{ text: 'no parts' }]);
  });
  it('every translation of a message with parts has the same parts', () => {
    const parts = (m: string) => richParts(m).flatMap((p) => ('index' in p ? [p.index] : [])).sort();
    for (const [key, en] of Object.entries(CATALOGUES.en.messages).filter(([, m]) => /<\d>/.test(m))) {
      for (const locale of LOCALES) expect(parts(CATALOGUES[locale].messages[key]!), `${locale} ${key}`).toEqual(parts(en));
    }
  });
});

describe('interface tables of src/lib in every language', () => {
  const tables: VocabularyTable[] = ['draftSection', 'draftGuidance', 'draftField', 'draftCheck', 'routeCheck', 'compareField', 'compareGroup', 'compareGap', 'comparePageTitle', 'comparePageColumn', 'comparePageIntro'];
  /** Glossary terms stay English until sourced (tests/unit/i18n.test.ts); a few words are spelt the same. */
  const terms = new Set(['24/7 point of contact', 'Central authority', 'Confidentiality', 'Data protection', 'De minimis', 'Dual criminality']);
  const sameWord: Partial<Record<string, string[]>> = { fr: ['Date', 'Signature'] };
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    it(`${locale} translates them (only glossary terms and words spelt the same stay English)`, () => {
      const keys = tables.flatMap((table) => Object.keys(VOCABULARY[table]).map((id) => vocabKey(table, id)));
      expect(keys.length).toBeGreaterThan(100);
      const same = keys.map((k) => CATALOGUES.en.messages[k]!).filter((en, i) => CATALOGUES[locale].messages[keys[i]!] === en);
      expect([...new Set(same.filter((en) => !terms.has(en)))].sort()).toEqual(sameWord[locale] ?? []);
    });
  }
  it('English is the words of the lib tables, unchanged', () => {
    expect(i18n('en').label('draftField', 'bank-records.accounts')).toBe('Account numbers and account holders, one per line');
    expect(i18n('en').t('vocab.draftCheck.requirements' as never, { name: 'Ireland' })).toBe('What Ireland asks of every request');
    expect(i18n('en').t('vocab.routeCheck.measure' as never, { measure: 'bank records' })).toBe('Rules for bank records');
  });
});

describe('party-status reasons (src/lib/parties.ts Reason, src/lib/i18n/reasons.ts)', () => {
  const eu = { id: 'eu', name: 'European Union', shortName: 'EU', members: [{ code: 'dk' }, { code: 'de' }, { code: 'gb', left: '2020-02-01' }] };
  const ctx = { groups: new Map([['eu', eu]]) } as unknown as PartyContext;
  const inst = { id: 'test', shortTitle: 'Test', kind: 'multilateral', sources: [], parties: [{ code: 'fr', cite: [] }], signatories: [{ code: 'it', signed: '2001-11-23', ratification: 'no', cite: [] }], nonParties: [{ code: 'ru', asOf: '2023-01-01', cite: [] }], unconfirmed: [{ code: 'so', cite: [] }], partyList: 'complete', binds: [{ group: 'eu', except: ['dk'] }], status: 'in-force', inForce: '2004-07-01', appliesFrom: null } as unknown as Instrument;
  const codes = ['fr', 'it', 'ru', 'so', 'dk', 'de', 'gb', 'nz'];

  it('English words are the lib’s own, for every standing and instrument status', () => {
    for (const code of codes) {
      const s = standing(inst, code, ctx, '2026-12-01');
      expect(reasonText(boundWhy(s, '2026-12-01').why)).toBe(bound(s, '2026-12-01').reason);
      expect(reasonIn('en', i18n('en').t, stateBoundWhy(inst, code, ctx, '2026-12-01'))).toBe(stateBound(inst, code, ctx, '2026-12-01').reason);
    }
    for (const status of ['in-force', 'unknown', 'not-in-force', 'non-binding', 'in-negotiation'] as const) {
      const i = { ...inst, status, inForce: '2030-01-01' };
      expect(reasonText(appliesWhy(i, '2026-12-01').why)).toBe(applies(i, '2026-12-01').reason);
    }
  });

  it('every reason id has its key in every catalogue, with the English arguments', () => {
    for (const locale of LOCALES) for (const key of Object.values(REASON_KEYS)) expect(CATALOGUES[locale].messages[key], `${locale} ${key}`).toBeTruthy();
  });

  it('French pages say why in French (instrument pages and the route planner)', () => {
    const fr = i18n('fr').t;
    expect(reasonIn('fr', fr, stateBoundWhy(inst, 'ru', ctx, '2026-12-01'))).toBe('inscrit comme non partie (au 2023-01-01)');
    expect(reasonIn('fr', fr, stateBoundWhy(inst, 'de', ctx, '2026-12-01'))).toBe('lié en tant que membre de : EU');
    const why = basisReason(inst, { code: 'fr', name: 'France' }, { code: 'gb', name: 'United Kingdom' }, ctx, '2026-12-01');
    expect(why).toEqual({ sides: [{ name: 'United Kingdom', why: { id: 'former-member', params: { group: 'EU', date: '2020-02-01' } } }] });
    expect(legalBases([inst], { code: 'fr', name: 'France' }, { code: 'gb', name: 'United Kingdom' }, ctx, '2026-12-01').not[0]?.reason).toBe('United Kingdom: no longer bound: left the EU on 2020-02-01');
  });

  describe('the draft assistant’s reasons for possible bases (src/scripts/draft.ts, basisReasonIn)', () => {
    const keys = { side: 'draft.ui.reasonSide', bothBound: 'draft.ui.bothBound' } as const;
    const fr = i18n('fr').t;
    const frIt = { code: 'fr', name: 'France' };

    it('French: each side that is not bound, in French, with the name the form gives', () => {
      const why = basisReason(inst, frIt, { code: 'so', name: 'Somalie' }, ctx, '2026-12-01');
      expect(basisReasonIn(why, fr, keys)).toBe('Somalie : situation non confirmée : vérifier auprès du dépositaire');
      const two = basisReason(inst, { code: 'so', name: 'Somalie' }, { code: 'nz', name: 'Nouvelle-Zélande' }, ctx, '2026-12-01');
      expect(basisReasonIn(two, fr, keys)).toBe('Somalie : situation non confirmée : vérifier auprès du dépositaire; Nouvelle-Zélande : absent de la liste des Parties, que ses sources donnent comme complète');
    });

    it('French: the instrument’s own reason, and “both bound” when nothing is missing', () => {
      const notInForce = { ...inst, status: 'not-in-force' } as unknown as Instrument;
      expect(basisReasonIn(basisReason(notInForce, frIt, { code: 'de', name: 'Allemagne' }, ctx, '2026-12-01'), fr, keys)).toBe('pas en vigueur');
      expect(basisReasonIn(basisReason(inst, frIt, { code: 'de', name: 'Allemagne' }, ctx, '2026-12-01'), fr, keys)).toBe('les deux liés');
    });

    it('English: the same words as the lib’s LegalBasis.reason for a possible basis', () => {
      const en = i18n('en').t;
      const result = legalBases([inst], frIt, { code: 'so', name: 'Somalia' }, ctx, '2026-12-01');
      expect(result.possible[0]?.reason).toBe(basisReasonIn(basisReason(inst, frIt, { code: 'so', name: 'Somalia' }, ctx, '2026-12-01'), en, keys));
    });

    it('every message the draft island formats with its plain msg() is plain in every catalogue', () => {
      const plain = [...Object.values(REASON_KEYS), keys.side, keys.bothBound, 'draft.ui.basisConfirmed'];
      for (const locale of LOCALES)
        for (const k of plain) {
          expect(CATALOGUES[locale].messages[k], `${locale} ${k}`).toBeTruthy();
          expect(CATALOGUES[locale].messages[k], `${locale} ${k}`).not.toMatch(/,\s*(plural|select|selectordinal)/);
        }
    });
  });
});

describe('the CSV column descriptions on /data/ (src/lib/i18n/data-columns.ts)', () => {
  const idOf = (c: (typeof COUNTRY_CSV_COLUMNS)[number]) => c.about?.id ?? c.name;

  it('every column has its message in every catalogue', () => {
    for (const c of COUNTRY_CSV_COLUMNS) expect(CSV_COLUMN_KEYS[idOf(c)], c.name).toBeTruthy();
    for (const locale of LOCALES) for (const key of Object.values(CSV_COLUMN_KEYS)) expect(CATALOGUES[locale].messages[key], `${locale} ${key}`).toBeTruthy();
  });

  it('the English messages say exactly what the lib says (the English page keeps the lib’s words)', () => {
    const en = i18n('en');
    for (const c of COUNTRY_CSV_COLUMNS) {
      const params = c.about?.id === 'answers' ? { question: en.label('firstQuestion', c.about.params['question']!) } : (c.about?.params ?? {});
      expect(en.t(CSV_COLUMN_KEYS[idOf(c)]!, params), c.name).toBe(c.description);
      expect(columnDescriptionIn(en, c)).toBe(c.description);
    }
  });

  it('French describes every column in French, keeping column values and instrument ids as the file writes them', () => {
    const fr = i18n('fr');
    const by = (name: string) => columnDescriptionIn(fr, COUNTRY_CSV_COLUMNS.find((c) => c.name === name)!);
    expect(by('preservation_max_days')).toBe('Durée la plus longue, en jours, pendant laquelle les données sont conservées sur demande, lorsqu’une source l’indique. Vide : non documenté.');
    expect(by('bound_budapest')).toBe('Si budapest lie l’État à la date de production du site : yes, no ou unknown (unknown ne signifie jamais no). Vide lorsque le portail n’a pas de fiche pour cet instrument.');
    expect(by('status_budapest')).toContain('party, member');
    const answers = COUNTRY_CSV_COLUMNS.find((c) => c.about?.id === 'answers')!;
    expect(columnDescriptionIn(fr, answers)).toMatch(new RegExp(`^${fr.label('firstQuestion', answers.about!.params['question']!)} : documented, partial, searched`));
    for (const c of COUNTRY_CSV_COLUMNS) expect(columnDescriptionIn(fr, c), c.name).not.toBe(c.description);
  });

  it('a column the catalogues do not know yet stays English (null: the page marks it lang="en")', () => {
    expect(columnDescriptionIn(i18n('fr'), { name: 'new_column', description: 'A new column.', value: () => null })).toBeNull();
    expect(columnDescriptionIn(i18n('en'), { name: 'new_column', description: 'A new column.', value: () => null })).toBe('A new column.');
  });
});
