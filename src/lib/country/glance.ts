/** The at-a-glance card of a country page: what a liaison acts on without scrolling, derived from the entry. */
import type { Authority, Contact, Country } from '../schema/country.ts';
import { channelTypes, contactAsOf, current, namedRefusalGrounds, pointsOfContact247, preservationDocumented, type ChannelType } from './derive.ts';

export interface GlanceContact {
  type: Contact['type'];
  value: string;
  label?: string | undefined;
  asOf: string | null;
}

export interface Glance {
  sendTo: Authority | null;
  /** The central authority's first current email, phone and postal address, with the date of their source. */
  contacts: GlanceContact[];
  /** Channel types, in the order a requester would try them ("other" says nothing at a glance). */
  channels: ChannelType[];
  languages: string[];
  preservation: {
    pointsOfContact: Authority[];
    maxDays: number | null;
    documented: boolean;
  };
  delay: Country['timelines'][number] | null;
  /** Up to three grounds that name a ground. */
  refusalGrounds: Country['safeguards']['refusalGrounds'];
}

const GLANCE_CONTACT_TYPES: readonly Contact['type'][] = ['online-service', 'email', 'phone', 'postal'];

export function glance(c: Country): Glance {
  const contacts = current(c.centralAuthority?.contacts ?? []);
  return {
    sendTo: c.centralAuthority,
    contacts: GLANCE_CONTACT_TYPES.flatMap((type) => {
      const k = contacts.find((x) => x.type === type);
      return k ? [{ type, value: k.value, label: k.label, asOf: contactAsOf(k, c.sources) }] : [];
    }),
    // Channels come from channel statements only: a published email address does not mean a
    // request may be sent by email (the CSV and /compare/ apply the same rule).
    channels: channelTypes(c).filter((t) => t !== 'other'),
    languages: c.languages.accepted,
    preservation: {
      pointsOfContact: pointsOfContact247(c),
      maxDays: c.preservation.maxDays?.days ?? null,
      documented: preservationDocumented(c),
    },
    delay: current(c.timelines)[0] ?? null,
    refusalGrounds: namedRefusalGrounds(c),
  };
}
