/**
 * What the compare pages read (the leading underscore keeps Astro from routing it): the
 * same API records that /api/countries/<code>.json publishes, so the prerendered tables,
 * the island that fetches those files and the CSV agree.
 */
import { instruments } from '../../../data/index.ts';
import { countryRecords } from '../../../data/records.ts';
import { KEY_INSTRUMENTS } from '../../../lib/publish/api.ts';
import type { CompareContext, CompareRecord, InstrumentTitle } from '../../../lib/compare/fields.ts';
import { formatDate, languageName } from '../../../lib/format.ts';
import type { PageI18n } from '../../../lib/i18n/catalogues.ts';
import { pageValueWords, valueWordIn } from '../../../lib/i18n/compare-words.ts';

export interface CompareData {
  /** Every published entry, sorted by name. */
  records: CompareRecord[];
  ctx: CompareContext;
}

/** The context in the page's language: dates, language names, vocabulary labels and the values' fixed words (English keeps src/lib/format.ts and the lib's words). */
export function localContext(ctx: CompareContext, tr: PageI18n): CompareContext {
  if (tr.locale === 'en') return ctx;
  const words = pageValueWords(tr);
  return {
    ...ctx,
    format: { formatDate: (d) => (d ? tr.date(d) : formatDate(d)), languageName: (code) => tr.language(code), label: (table, id) => tr.label(table, id), word: (w) => valueWordIn(w, words) },
  };
}

let cached: Promise<CompareData> | null = null;

export function compareData(): Promise<CompareData> {
  cached ??= (async () => {
    const inst = (await instruments()).map((i) => i.data);
    const records = [...(await countryRecords()).values()];
    const titles: InstrumentTitle[] = KEY_INSTRUMENTS.flatMap((id) => {
      const found = inst.find((i) => i.id === id);
      return found ? [{ id, shortTitle: found.shortTitle }] : [];
    });
    return { records, ctx: { format: { formatDate, languageName }, instruments: titles } };
  })();
  return cached;
}
