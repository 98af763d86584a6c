/**
 * Facts derived from a country entry, each computed here once. The page, the at-a-glance
 * card, the route planner, completeness, coverage, the API, the CSV, compare and search
 * all call these functions, so no two of them can derive the same fact differently.
 */
import type { CountrySectionId } from '../contract/sections.ts';
import type { ResearchTopicId } from '../vocabulary.ts';
import { CHANNEL_PREFERENCE } from '../vocabulary.ts';
import type { Source } from '../schema/common.ts';
import type { Authority, Contact, Country } from '../schema/country.ts';

/** Items still true according to their sources (not superseded). */
export function current<T extends { status?: string | undefined }>(list: readonly T[]): T[] {
  return list.filter((x) => x.status !== 'historic');
}

/** Superseded items, kept to show the change. */
export function historic<T extends { status?: string | undefined }>(list: readonly T[]): T[] {
  return list.filter((x) => x.status === 'historic');
}

/** The central authority first, then the other authorities. */
export function authorities(c: Pick<Country, 'centralAuthority' | 'otherAuthorities'>): Authority[] {
  return [...(c.centralAuthority ? [c.centralAuthority] : []), ...c.otherAuthorities];
}

/** Authorities documented as 24/7 points of contact (Budapest Art. 35 or similar), central authority first. */
/** The names people search for an entry's authorities by: each name and acronym, central authority first, once each. */
export function authorityNames(c: Pick<Country, 'centralAuthority' | 'otherAuthorities'>): string[] {
  return [...new Set(authorities(c).flatMap((a) => [a.name, a.acronym].filter((n): n is string => Boolean(n))))];
}

export function pointsOfContact247(c: Pick<Country, 'centralAuthority' | 'otherAuthorities'>): Authority[] {
  return authorities(c).filter((a) => a.roles.includes('24-7-point-of-contact'));
}

/** Is any current contact documented, for the central authority or another authority? */
export function hasCurrentContact(c: Pick<Country, 'centralAuthority' | 'otherAuthorities'>): boolean {
  return authorities(c).some((a) => current(a.contacts).length > 0);
}

/** The date shown next to a contact: its own, else the newest date among the sources it cites. */
export function contactAsOf(contact: Pick<Contact, 'asOf' | 'cite'>, sources: readonly Pick<Source, 'id' | 'date'>[]): string | null {
  if (contact.asOf) return contact.asOf;
  const dates = contact.cite.map((id) => sources.find((s) => s.id === id)?.date).filter((d): d is string => Boolean(d));
  return dates.sort().at(-1) ?? null;
}

/**
 * How old the sources behind the current contacts are: the newest date among them (null
 * when none is dated, or there is no current contact), and whether some contact rests only
 * on undated sources. This, not the date the entry was checked, drives the staleness badge.
 */
export function contactSourcesAge(c: Pick<Country, 'centralAuthority' | 'otherAuthorities' | 'sources'>): { newest: string | null; undated: boolean; count: number } {
  const contacts = authorities(c).flatMap((a) => current(a.contacts));
  const dates = contacts.map((k) => contactAsOf(k, c.sources));
  return {
    newest: dates.filter((d): d is string => d !== null).sort().at(-1) ?? null,
    undated: dates.some((d) => d === null),
    count: contacts.length,
  };
}

/** Is anything documented on preserving data before a request: a 24/7 point, a period, a statement or the measure? */
export function preservationDocumented(c: Pick<Country, 'centralAuthority' | 'otherAuthorities' | 'preservation' | 'measures'>): boolean {
  return (
    pointsOfContact247(c).length > 0 ||
    c.preservation.maxDays !== undefined ||
    current(c.preservation.facts).length > 0 ||
    current(c.measures['expedited-preservation'] ?? []).length > 0
  );
}

export type ChannelType = Country['channels'][number]['type'];

/** Types of the current channels, in the order a requester would try them, without repeats. */
export function channelTypes(c: Pick<Country, 'channels'>): ChannelType[] {
  const types = new Set(current(c.channels).map((ch) => ch.type));
  return CHANNEL_PREFERENCE.filter((t) => types.has(t));
}

/** A current online-service or email channel is documented. Undocumented never means refused. */
export function electronicSubmission(c: Pick<Country, 'channels'>): 'yes' | 'undocumented' {
  const types = channelTypes(c);
  return types.includes('online-service') || types.includes('email') ? 'yes' : 'undocumented';
}

export type Ground = Country['safeguards']['refusalGrounds'][number]['ground'];

/** Current refusal grounds, without repeats, most relevant first (the entry's order). */
export function refusalGrounds(c: Pick<Country, 'safeguards'>): Ground[] {
  return [...new Set(current(c.safeguards.refusalGrounds).map((g) => g.ground))];
}

/** The grounds that name a ground ("other" names none): what the at-a-glance card may show. */
export function namedRefusalGrounds(c: Pick<Country, 'safeguards'>, limit = 3): Country['safeguards']['refusalGrounds'] {
  return current(c.safeguards.refusalGrounds)
    .filter((g) => g.ground !== 'other')
    .slice(0, limit);
}

/** Caveats of one section for one audience (users: in the section; sources: in "About these sources"). */
export function caveatsOf(c: Pick<Country, 'caveats'>, section: CountrySectionId, audience: 'users' | 'sources' = 'users'): Country['caveats'] {
  return c.caveats.filter((k) => (k.section ?? 'at-a-glance') === section && (k.audience ?? 'users') === audience);
}

/** Every caveat about how the sources were read, whatever its section: the "About these sources" block. */
export function sourceNotes(c: Pick<Country, 'caveats'>): Country['caveats'] {
  return c.caveats.filter((k) => k.audience === 'sources');
}

/** The research notes (searches that found nothing) that cover a topic. */
export function searchedFor(c: Pick<Country, 'searched'>, topic: ResearchTopicId): Country['searched'] {
  return (c.searched ?? []).filter((n) => n.topics.includes(topic));
}

/** The entry's change log, newest first. */
export function changeLog(c: Pick<Country, 'changes'>): Country['changes'] {
  return [...(c.changes ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
