/** Publication contexts for tests: fixtures with a fixed date, and the real content as the build loads it. */
import { loadContent } from '../../src/lib/check/load.ts';
import type { PartyContext } from '../../src/lib/parties.ts';
import type { Publication, PublishContext } from '../../src/lib/publish/api.ts';
import { country, type Country } from '../../src/lib/schema/country.ts';
import { glossaryTerm, type GlossaryTerm } from '../../src/lib/schema/glossary.ts';
import { group, type Group } from '../../src/lib/schema/group.ts';
import { instrument, type Instrument } from '../../src/lib/schema/instrument.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ROOT } from './dist.ts';

export const PUB: Publication = { baseUrl: 'https://example.org', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, siteName: 'MLAT Navigator' };
export const DATE = '2026-12-01';

export function partyContext(groups: Record<string, Group> = {}): PartyContext {
  return { groups: new Map(Object.entries(groups)) };
}

export function publishContext(groups: Record<string, Group> = {}, date = DATE): PublishContext {
  return { pub: PUB, parties: partyContext(groups), date };
}

/** The real content, parsed as the build parses it (invalid files are the content checker's business). */
export function realContent(date = DATE) {
  const { files } = loadContent(ROOT, process.env['MLAT_CONTENT_DIR']);
  const parsed = <T>(collection: string, schema: { safeParse(d: unknown): { success: boolean; data?: T } }) =>
    files
      .filter((f) => f.collection === collection)
      .map((f) => ({ id: f.id, body: f.body, result: schema.safeParse(f.data) }))
      .filter((f) => f.result.success)
      .map((f) => ({ id: f.id, body: f.body, data: f.result.data as T }));
  const groups = parsed<Group>('groups', group);
  const ctx = publishContext(Object.fromEntries(groups.map((g) => [g.id, g.data])), date);
  return {
    countries: parsed<Country>('countries', country).map((f) => f.data),
    instruments: parsed<Instrument>('instruments', instrument).map((f) => f.data),
    glossary: parsed<GlossaryTerm>('glossary', glossaryTerm),
    groups,
    ctx,
  };
}

/** The date the built site in dist/ computed its statuses for (its mlat-build-date). */
export function buildDate(): string {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const date = /<meta name="mlat-build-date" content="(\d{4}-\d{2}-\d{2})T/.exec(html)?.[1];
  if (!date) throw new Error('dist/index.html has no mlat-build-date meta: rebuild the site');
  return date;
}

/** The real content with the context of the built site: what the build derived its pages from. */
export function builtContent() {
  return realContent(buildDate());
}
