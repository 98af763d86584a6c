/**
 * The published records, derived once per build and shared by every page and endpoint that
 * shows them: country pages, /api/, the CSV, compare, coverage and the feed all read these,
 * so a fact derived from an entry has one value everywhere.
 */
import { countries, instruments, partyContext } from './index.ts';
import { countryRecord, type Publication, type PublishContext } from '../lib/publish/api.ts';
import type { CountryFile } from '../lib/schema/api.ts';
import { todayIso } from '../lib/country/staleness.ts';
import { SITE } from '../site.config.ts';

export const PUBLICATION: Publication = { baseUrl: SITE.url, licence: SITE.contentLicence, siteName: SITE.name };

let publishing: Promise<PublishContext> | undefined;

/** Where the site lives, the groups, and the build date every status is computed for. */
export function publishContext(): Promise<PublishContext> {
  publishing ??= partyContext().then((parties) => ({ pub: PUBLICATION, parties, date: todayIso() }));
  return publishing;
}

let records: Promise<Map<string, CountryFile>> | undefined;

/** Every country's API record, by code, in the site's order (by name). */
export function countryRecords(): Promise<Map<string, CountryFile>> {
  records ??= (async () => {
    const [all, inst, ctx] = await Promise.all([countries(), instruments(), publishContext()]);
    const data = inst.map((i) => i.data);
    return new Map(all.map((e) => [e.id, countryRecord(e.data, data, ctx)]));
  })();
  return records;
}
