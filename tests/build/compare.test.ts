/**
 * The built /compare/ page and /compare/<field>/ tables list every entry, sorted by
 * name, with the values src/lib/compare/fields.ts computes from the published API records and
 * the CSV writes; the islands stay small and free of schemas and country-name tables.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_PAGES, buildComparison, localizeComparison, type CompareCell, type CompareContext, type CompareRecord, type InstrumentTitle } from '../../src/lib/compare/fields.ts';
import { defaultSelection } from '../../src/lib/compare/selection.ts';
import { formatDate, languageName } from '../../src/lib/format.ts';
import { i18n } from '../../src/lib/i18n/catalogues.ts';
import { VALUE_WORD_KEYS, pageValueWords, valueWordIn } from '../../src/lib/i18n/compare-words.ts';
import { DIST, contentIds, pageFile, readPage, requireDist } from '../helpers/dist.ts';
import { pageScripts } from '../helpers/islands.ts';

beforeAll(requireDist);

const codes = contentIds('countries');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(DIST, path), 'utf8')) as T;
const record = (code: string) => readJson<CompareRecord>(`/api/countries/${code}.json`);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a cell shows, item by item, as CompareCell.astro renders it. */
function cellParts(cell: CompareCell): string[] {
  if (cell.values.length === 0) return [cell.gap];
  const values = cell.values.map((v) => squash(`${v.text}${v.meta ? ` (${v.meta})` : ''}`));
  return cell.prose ? [...values, cell.sourceLabel] : values;
}
/** The same, read from the built HTML: one part per list item, the source link after a list, or the whole cell. */
function shownParts(td: HTMLElement): string[] {
  const items = td.querySelectorAll('li');
  if (items.length === 0) return [squash(td.text)];
  const after = td.querySelector('a.compare-source');
  return [...items.map((li) => squash(li.text)), ...(after ? [squash(after.text)] : [])];
}
const cellLinks = (cell: CompareCell) => (cell.values.length === 0 || cell.prose ? [cell.href] : cell.values.map((v) => v.href ?? cell.href));
const linksIn = (el: HTMLElement) => el.querySelectorAll('a').map((a) => a.getAttribute('href'));

/** What the pages pass to compare.ts: format.ts, and the key instruments the form carries. */
function context(): CompareContext {
  const form = readPage('/compare/').querySelector('#compare-form');
  const instruments = JSON.parse(form?.getAttribute('data-instruments') ?? '[]') as InstrumentTitle[];
  return { format: { formatDate, languageName }, instruments };
}

/** A few real entries (or the fixtures' when the build used them). */
const sample = (
  ['ie', 'us', 'de', 'jp', 'br'].filter((c) => codes.includes(c)).length >= 2 ? ['ie', 'us', 'de', 'jp', 'br'].filter((c) => codes.includes(c)) : codes
).slice(0, 5);

function csvRows(): Map<string, Record<string, string>> {
  const rows = parseCsv(readFileSync(join(DIST, 'api', 'countries.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
  return new Map(rows.map((r) => [r['code']!, r]));
}

describe('/compare/', () => {
  it('has a GET form to /compare/ with four labelled country selectors, two of them optional', () => {
    const page = readPage('/compare/');
    const form = page.querySelector('form#compare-form')!;
    expect(form.getAttribute('method')).toBe('get');
    expect(form.getAttribute('action')).toBe('/compare/');
    const selects = form.querySelectorAll('select');
    expect(selects).toHaveLength(4);
    for (const s of selects) {
      expect(page.querySelector(`label[for="${s.id}"]`), s.id).not.toBeNull();
      expect(
        s
          .querySelectorAll('option[value]')
          .map((o) => o.getAttribute('value'))
          .filter(Boolean)
          .sort(),
      ).toEqual(codes);
    }
    expect(selects.map((s) => s.querySelector('option[value=""]') !== null)).toEqual([false, false, true, true]);
  });

  it('prerenders the default pair, exactly as compare.ts builds it from the published API files', () => {
    const page = readPage('/compare/');
    const byName = readJson<{ countries: { code: string }[] }>('/api/countries.json').countries.map((c) => c.code);
    const pair = defaultSelection(byName);
    const table = page.querySelector('#compare-result table')!;
    expect(table.getAttribute('data-countries')).toBe(pair.join(' '));
    expect(
      page
        .querySelectorAll('form#compare-form select')
        .slice(0, 2)
        .map((s) => s.querySelector('option[selected]')?.getAttribute('value')),
    ).toEqual(pair);
    const model = buildComparison(pair.map(record), context());
    expect(squash(table.querySelector('caption')!.text)).toBe(model.caption);
    expect(
      table
        .querySelectorAll('thead th[scope="col"]')
        .slice(1)
        .map((th) => squash(th.text)),
    ).toEqual(model.countries.map((c) => c.name));
    const rows = model.groups.flatMap((g) => g.rows);
    expect(table.querySelectorAll('tr[data-row]').map((tr) => tr.getAttribute('data-row'))).toEqual(rows.map((r) => r.id));
    for (const row of rows) {
      const tr = table.querySelector(`tr[data-row="${row.id}"]`)!;
      expect(squash(tr.querySelector('th')!.text)).toBe(row.label);
      const tds = tr.querySelectorAll('td');
      row.cells.forEach((cell, i) => {
        expect(shownParts(tds[i]!), `${row.id} / ${pair[i]}`).toEqual(cellParts(cell));
        expect(linksIn(tds[i]!), `${row.id} / ${pair[i]} links`).toEqual(cellLinks(cell));
      });
    }
  });

  it('says that choosing countries needs JavaScript, and links every field table', () => {
    const page = readPage('/compare/');
    expect(page.querySelector('#compare-status')!.text).toMatch(/needs JavaScript/);
    const links = page.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const f of FIELD_PAGES) expect(links).toContain(`/compare/${f.slug}/`);
  });
});

describe('/compare/<field>/', () => {
  it.each(FIELD_PAGES.map((f) => f.slug))('/compare/%s/ lists every entry once, sorted by name, in a captioned table with column headers', (slug) => {
    const page = readPage(`/compare/${slug}/`);
    const table = page.querySelector('table[data-sortable]')!;
    expect(table).not.toBeNull();
    expect(squash(table.querySelector('caption')?.text ?? '')).not.toBe('');
    const heads = table.querySelectorAll('thead th');
    expect(heads.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(heads[0]!.getAttribute('aria-sort')).toBe('ascending');
    const rows = table.querySelectorAll('tbody tr');
    expect(rows.map((r) => r.getAttribute('data-code')).sort()).toEqual(codes);
    const names = rows.map((r) => squash(r.querySelector('th[scope="row"]')!.text));
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('each cell shows, links and sorts by what compare.ts computes for the published record', () => {
    const ctx = context();
    for (const f of FIELD_PAGES) {
      const page = readPage(`/compare/${f.slug}/`);
      for (const code of sample) {
        const r = record(code);
        const tr = page.querySelector(`tbody tr[data-code="${code}"]`)!;
        const td = tr.querySelectorAll('td')[1]!;
        const cell = f.cell(r, ctx);
        expect(shownParts(td), `${f.slug} / ${code}`).toEqual(cellParts(cell));
        expect(linksIn(td), `${f.slug} / ${code} links`).toEqual(cellLinks(cell));
        const sort = f.sortValue(r, ctx);
        expect(td.getAttribute('data-sort'), `${f.slug} / ${code} sort key`).toBe(sort === null ? '' : String(sort));
      }
    }
  });

  it('agrees with the CSV for every entry: a gap is a gap in both, numbers and dates are equal', () => {
    const csv = csvRows();
    const empty = (v: string | undefined) => v === undefined || v === '' || v === 'undocumented' || v === 'unknown';
    for (const f of FIELD_PAGES) {
      const page = readPage(`/compare/${f.slug}/`);
      for (const tr of page.querySelectorAll('tbody tr')) {
        const code = tr.getAttribute('data-code')!;
        const value = csv.get(code)?.[f.csvColumn];
        const sort = tr.querySelectorAll('td')[1]!.getAttribute('data-sort');
        expect(sort === '', `${f.slug} / ${code}: gap on the page ⇔ gap in the CSV (${value})`).toBe(empty(value));
        if (['preservation_max_days', 'completeness_percent', 'last_verified', 'central_authority'].includes(f.csvColumn)) {
          expect(sort, `${f.slug} / ${code}`).toBe(value);
        }
      }
    }
  });

  it('is linked from /compare/ and links back to it', () => {
    for (const f of FIELD_PAGES)
      expect(
        readPage(`/compare/${f.slug}/`)
          .querySelectorAll('a')
          .map((a) => a.getAttribute('href')),
      ).toContain('/compare/');
  });
});

describe('the islands', () => {
  it.each(['/compare/', `/compare/${FIELD_PAGES[0]!.slug}/`])(
    '%s loads under 11 KB of gzipped JavaScript of its own, without Zod or country-name tables',
    (path) => {
      const scripts = pageScripts(path).map((s) => s.code);
      expect(scripts.length).toBeGreaterThan(0);
      const code = scripts.join('\n');
      // 10.4 KB on 2 December 2026: the value words' plural forms ("1 jour", "90 jours") bring the ICU
      // subset of src/scripts/plurals.ts (about 0.4 KB); Zod or the country-name tables would add far more.
      expect(gzipSync(code).length).toBeLessThan(11 * 1024);
      expect(code).not.toMatch(/ZodError|\$ZodType|safeParse/);
      expect(code).not.toMatch(/Afghanistan|registerLocale/);
    },
  );
});

describe.skipIf(!existsSync(pageFile('/fr/compare/')))('/fr/compare/: the values’ fixed words in French, the English pages unchanged', () => {
  const fr = i18n('fr');
  const words = pageValueWords(fr);
  const frContext = (): CompareContext => ({
    ...context(),
    format: { formatDate: (d) => (d ? fr.date(d) : formatDate(d)), languageName: (code) => fr.language(code), label: (table, id) => fr.label(table, id), word: (w) => valueWordIn(w, words) },
  });
  const frWords = { label: (kind: 'compareField' | 'compareGroup' | 'compareGap', id: string) => fr.label(kind, id), sources: (name: string, field: string) => fr.t('compare.sources', { name, field }), stateName: (code: string, name: string) => fr.stateName(code, name) };
  const valueCells = (path: string) =>
    readPage(path)
      .querySelectorAll('tbody tr')
      .map((tr) => tr.querySelectorAll('td')[1]!)
      .filter((td) => td.getAttribute('data-sort') !== '')
      .map((td) => squash(td.text));

  it('prerenders the default pair with every cell as compare.ts builds it in French', () => {
    const byName = readJson<{ countries: { code: string }[] }>('/api/countries.json').countries.map((c) => c.code);
    const pair = defaultSelection(byName);
    const model = localizeComparison(buildComparison(pair.map(record), frContext()), frWords);
    const table = readPage('/fr/compare/').querySelector('#compare-result table')!;
    for (const row of model.groups.flatMap((g) => g.rows)) {
      const tds = table.querySelector(`tr[data-row="${row.id}"]`)!.querySelectorAll('td');
      row.cells.forEach((cell, i) => expect(shownParts(tds[i]!), `${row.id} / ${pair[i]}`).toEqual(cellParts(cell)));
    }
    const text = squash(table.text);
    expect(text).not.toMatch(/\b(as of|undated source|in force \d|instrument not in force)\b/);
  });

  it('/fr/compare/preservation-period/ says “jours”, never “days”', () => {
    const cells = valueCells('/fr/compare/preservation-period/');
    expect(cells.length).toBeGreaterThan(0);
    // The value itself; what follows in brackets is the entry's own text, which stays English.
    for (const c of cells) expect(c.split(' (')[0]).toMatch(/^\d[\d\s\u00a0\u202f]* jours$/);
  });

  it('/fr/compare/electronic-submission/ says “Oui, par courriel ou service en ligne”, never “Yes” or “by email”', () => {
    const cells = valueCells('/fr/compare/electronic-submission/');
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c).toMatch(/^Oui \(par (courriel|service en ligne)( ou (courriel|service en ligne))?\)$/);
  });

  it('/fr/compare/last-verified/ and the contacts show French dates', () => {
    const cells = valueCells('/fr/compare/last-verified/');
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.some((c) => /\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/.test(c))).toBe(true);
    expect(cells.join(' ')).not.toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/);
  });

  it('the English pages keep the English words', () => {
    const days = valueCells('/compare/preservation-period/');
    for (const c of days) expect(c).toMatch(/^\d+ days\b/);
    for (const c of valueCells('/compare/electronic-submission/')) expect(c).toMatch(/^Yes \(by /);
    // The English island keeps the lib's words: it is sent none of the messages.
    expect(readPage('/compare/').querySelector('#island-messages')!.text).not.toContain('compare.value.');
  });

  it('/fr/compare/ embeds the messages its island renders the words with', () => {
    const block = JSON.parse(readPage('/fr/compare/').querySelector('#island-messages')!.text) as { messages: Record<string, string> };
    for (const key of [...Object.values(VALUE_WORD_KEYS), 'vocab.answer.unknown']) expect(block.messages[key], key).toBe(fr.raw(key as never));
  });
});
