/**
 * What the compare pages read (the leading underscore keeps Astro from routing it): the
 * same API records that /api/countries/<code>.json publishes, so the prerendered tables,
 * the island that fetches those files and the CSV agree. Built once per build.
 */
import { countries, instruments } from '../../data/index.ts';
import { KEY_INSTRUMENTS, countryRecord } from '../../lib/api.ts';
import type { CompareContext, CompareRecord, InstrumentTitle } from '../../lib/compare.ts';
import { formatDate, languageName } from '../../lib/format.ts';
import { PUBLICATION } from '../api/_publication.ts';

export interface CompareData {
  /** Every published entry, sorted by name. */
  records: CompareRecord[];
  ctx: CompareContext;
}

let cached: Promise<CompareData> | null = null;

export function compareData(): Promise<CompareData> {
  cached ??= (async () => {
    const inst = (await instruments()).map((i) => i.data);
    const records = (await countries()).map((e) => countryRecord(e.data, inst, PUBLICATION));
    const titles: InstrumentTitle[] = KEY_INSTRUMENTS.flatMap((id) => {
      const found = inst.find((i) => i.id === id);
      return found ? [{ id, shortTitle: found.shortTitle }] : [];
    });
    return { records, ctx: { format: { formatDate, languageName }, instruments: titles } };
  })();
  return cached;
}
