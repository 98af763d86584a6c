/** The at-a-glance card of a country page, derived from the entry. */
import { CHANNEL_PREFERENCE } from '../vocabulary.ts';
import type { Authority, Country } from '../schema/country.ts';

export interface Glance {
  sendTo: Authority | null;
  /** Channel types, in the order a requester would try them. */
  channels: Country['channels'][number]['type'][];
  languages: string[];
  preservation: {
    pointsOfContact: Authority[];
    maxDays: number | null;
    documented: boolean;
  };
  delay: Country['timelines'][number] | null;
  refusalGrounds: Country['safeguards']['refusalGrounds'];
}

export function glance(c: Country): Glance {
  const current = <T extends { status?: string }>(list: T[]) => list.filter((x) => x.status !== 'historic');
  // Channels come from channel statements only: a published email address does not mean a
  // request may be sent by email (the CSV and /compare/ apply the same rule).
  const types = new Set(current(c.channels).map((ch) => ch.type));
  const pointsOfContact = c.otherAuthorities.filter((a) => a.roles.includes('24-7-point-of-contact'));
  if (c.centralAuthority?.roles.includes('24-7-point-of-contact')) pointsOfContact.unshift(c.centralAuthority);
  return {
    sendTo: c.centralAuthority,
    // "Other" says nothing at a glance; the channels section lists those statements.
    channels: CHANNEL_PREFERENCE.filter((t) => t !== 'other' && types.has(t)),
    languages: c.languages.accepted,
    preservation: {
      pointsOfContact,
      maxDays: c.preservation.maxDays?.days ?? null,
      documented: pointsOfContact.length > 0 || c.preservation.maxDays !== undefined || current(c.preservation.facts).length > 0,
    },
    delay: current(c.timelines)[0] ?? null,
    refusalGrounds: current(c.safeguards.refusalGrounds).slice(0, 3),
  };
}
