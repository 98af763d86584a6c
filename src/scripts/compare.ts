/**
 * The compare island of /compare/: reads the States from the query (?c=ie&c=us), fetches
 * /api/countries/<code>.json for each, and renders them with the same model as the
 * prerendered table (src/lib/compare/fields.ts buildComparison). Choosing States updates the URL,
 * so a reload or a shared link reproduces the comparison. Imports no schema and no
 * country-name table: types only, plus compare.ts.
 */
import { apiCountryUrl } from '../lib/contract/urls.ts';
import { PLAIN_FORMAT, buildComparison, listNames, localizeComparison, type CompareCell, type CompareRecord, type ComparisonTable, type InstrumentTitle, type ValueWord } from '../lib/compare/fields.ts';
import { parseSelection, selectionParams, selectionQuery } from '../lib/compare/selection.ts';
import { date, intlLocale, label, list, locale, msg as t } from './messages.ts';
import { languageName } from '../lib/dates.ts';
import { valueWordIn, type ValueWordsIn } from '../lib/i18n/compare-words.ts';
import { t as icu } from './i18n.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const meta = (text: string | undefined) => (text ? [el('span', { class: 'meta' }, ` (${text})`)] : []);

/** Same markup as src/components/compare/CompareCell.astro. */
export function renderCell(cell: CompareCell): Node[] {
  if (cell.values.length === 0) return [el('a', { class: 'compare-gap', href: cell.href }, cell.gap)];
  if (cell.prose) {
    return [
      el('ul', { class: 'compare-values compare-prose' }, ...cell.values.map((v) => el('li', {}, v.text, ...meta(v.meta)))),
      el('a', { class: 'compare-source', href: cell.href }, cell.sourceLabel),
    ];
  }
  const link = (v: CompareCell['values'][number]) => el('a', { href: v.href ?? cell.href }, v.text);
  if (cell.values.length === 1) return [link(cell.values[0]!), ...meta(cell.values[0]!.meta)];
  return [el('ul', { class: 'compare-values' }, ...cell.values.map((v) => el('li', {}, link(v), ...meta(v.meta))))];
}

/** Same markup as src/components/compare/CompareTable.astro. */
export function renderComparison(table: ComparisonTable): Node[] {
  const span = String(table.countries.length + 1);
  const head = el(
    'thead',
    {},
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, t('compare.ui.field')),
      ...table.countries.map((c) => el('th', { scope: 'col', 'data-code': c.code }, el('a', { href: c.href }, c.name))),
    ),
  );
  const bodies = table.groups.map((g) =>
    el(
      'tbody',
      { 'data-group': g.id },
      el('tr', { class: 'compare-group' }, el('th', { scope: 'rowgroup', colspan: span }, g.label)),
      ...g.rows.map((row) =>
        el('tr', { 'data-row': row.id }, el('th', { scope: 'row' }, row.label), ...row.cells.map((cell) => el('td', {}, ...renderCell(cell)))),
      ),
    ),
  );
  const wrap = el(
    'section',
    { class: 'table-wrap compare-wrap', 'aria-labelledby': 'compare-caption', tabindex: '0' },
    el(
      'table',
      { class: 'compare-table', 'data-countries': table.countries.map((c) => c.code).join(' ') },
      el('caption', { id: 'compare-caption' }, table.caption),
      head,
      ...bodies,
    ),
  );
  const omitted = table.omittedInstruments.length
    ? [
        el(
          'p',
          { class: 'meta compare-omitted' },
          t('compare.omitted', { instruments: table.omittedInstruments.map((i) => i.shortTitle).join(', ') }),
        ),
      ]
    : [];
  return [wrap, ...omitted];
}

const cache = new Map<string, Promise<CompareRecord>>();

/** One API record; a failed fetch is forgotten so that a later attempt (back online) retries. */
function fetchRecord(code: string): Promise<CompareRecord> {
  let pending = cache.get(code);
  if (!pending) {
    pending = fetch(apiCountryUrl(code)).then(async (res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const record = (await res.json()) as CompareRecord;
      if (record?.code !== code || typeof record.comparison !== 'object') throw new Error('unexpected file');
      return record;
    });
    pending.catch(() => cache.delete(code));
    cache.set(code, pending);
  }
  return pending;
}

export function attachCompare(form: HTMLFormElement): void {
  const result = document.getElementById('compare-result');
  const status = document.getElementById('compare-status');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-country]')];
  if (!result || !status || selects.length === 0) return;
  const known = new Map([...selects[0]!.options].filter((o) => o.value).map((o) => [o.value, o.text]));
  const instruments = JSON.parse(form.dataset['instruments'] ?? '[]') as InstrumentTitle[];
  const siteName = document.title.split(' · ').at(-1) ?? '';
  const prerendered = (result.querySelector('table')?.dataset['countries'] ?? '').split(' ').filter(Boolean);
  let shown = prerendered;
  let generation = 0;

  // English keeps its house style for lists; other languages use Intl.ListFormat.
  // The values' fixed words ("90 days", "Yes", "as of …") from the page's messages.
  const valueWords: ValueWordsIn = {
    // Through the ICU subset: "1 jour", "90 jours" (a number of days is a plural).
    t: (key, values) => icu(key, values),
    date,
    label,
    list: (items, type) => new Intl.ListFormat(intlLocale(), { type }).format(items),
    stateName: (code, english) => known.get(code) ?? english,
  };
  const nameList = (codes: readonly string[]) => (locale() === 'en' ? listNames : list)(codes.map((c) => known.get(c) ?? c));
  const say = (text: string) => {
    status.textContent = text;
  };
  const choose = (codes: readonly string[]) => selects.forEach((s, i) => (s.value = codes[i] ?? ''));

  /** Shows the States named by `values`; `url` says whether to add a history entry, rewrite the current one (to the short form) or leave it. */
  async function show(values: readonly string[], url: 'push' | 'replace' | 'keep'): Promise<void> {
    const selection = parseSelection(values, known);
    if (!selection.ok) {
      say([...selection.problems, t('compare.ui.still', { names: nameList(shown) })].join(' '));
      return;
    }
    const mine = ++generation;
    const names = nameList(selection.codes);
    const address = `${location.pathname}${selectionQuery(selection.codes)}`;
    if (url === 'push') history.pushState(null, '', address);
    else if (url === 'replace') history.replaceState(null, '', `${address}${location.hash}`);
    choose(selection.codes);
    result!.setAttribute('aria-busy', 'true');
    say(t('compare.ui.loading', { names }));
    try {
      const records = await Promise.all(selection.codes.map(fetchRecord));
      if (mine !== generation) return;
      // In another language, dates, language names and vocabulary labels come from the page's messages.
      const format = locale() === 'en' ? PLAIN_FORMAT : { formatDate: (d: string | null | undefined) => (d ? date(d) : PLAIN_FORMAT.formatDate(d)), languageName: (code: string) => languageName(code, intlLocale()), label, word: (w: ValueWord) => valueWordIn(w, valueWords) };
      const table = buildComparison(records, { format, instruments });
      // English shows the table as built; another language gets its interface words from the page's messages.
      const words = { label, sources: (name: string, field: string) => t('compare.sources', { name, field }), stateName: (code: string, name: string) => known.get(code) ?? name };
      result!.replaceChildren(...renderComparison(locale() === 'en' ? table : { ...localizeComparison(table, words), caption: t('compare.caption', { names }) }));
      shown = selection.codes;
      document.title = `${t('compare.ui.title', { names })} · ${siteName}`;
      say([t('compare.ui.showing', { names }), ...selection.problems].join(' '));
    } catch {
      if (mine === generation) say(t('compare.ui.failed', { names, shown: nameList(shown) }));
    } finally {
      if (mine === generation) result!.removeAttribute('aria-busy');
    }
  }

  const fromUrl = () => selectionParams(new URLSearchParams(location.search));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show(
      selects.map((s) => s.value),
      'push',
    );
  });
  window.addEventListener('popstate', () => {
    const values = fromUrl();
    void show(values.length ? values : prerendered, 'keep');
  });

  const initial = fromUrl();
  if (initial.length) void show(initial, 'replace');
  else say(`${t('compare.ui.showing', { names: nameList(shown) })} ${t('compare.ui.choose')}`);
}
