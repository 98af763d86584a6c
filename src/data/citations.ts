/**
 * The citation of a country or instrument entry, built once from the entry and the site's
 * name and licence: the "Cite this entry" block of its page and its CSL-JSON and BibTeX
 * files under /cite/ (src/pages/cite/*\/[id].csl.json.ts, [id].bib.ts) read the same input.
 */
import { countryUrl, instrumentUrl } from '../lib/contract/urls.ts';
import { versionDate, type CitationInput, type CitationKind } from '../lib/publish/citation-formats.ts';
import type { Country } from '../lib/schema/country.ts';
import type { Instrument } from '../lib/schema/instrument.ts';
import { SITE } from '../site.config.ts';

export function siteCitation(title: string, path: string, version: string | null, kind: CitationKind): CitationInput {
  return { title, url: new URL(path, SITE.url).toString(), versionDate: version, kind, siteName: SITE.name, licence: SITE.contentLicence };
}

export const countryCitation = (c: Pick<Country, 'name' | 'code' | 'lastVerified' | 'changes'>): CitationInput =>
  siteCitation(c.name, countryUrl(c.code), versionDate(c.lastVerified, c.changes), 'country');

export const instrumentCitation = (d: Pick<Instrument, 'shortTitle' | 'id' | 'changes'>): CitationInput =>
  siteCitation(d.shortTitle, instrumentUrl(d.id), versionDate(null, d.changes), 'instrument');
