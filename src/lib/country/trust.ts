/**
 * Trust signals that mean what they say: when the entry was checked against its sources,
 * and how old the sources behind its contacts are. The badge follows the age of those
 * sources, not the check date: an entry checked this month can still rest on a 2014 table.
 */
import type { Country } from '../schema/country.ts';
import { contactSourcesAge } from './derive.ts';
import { STALE_AFTER_MONTHS, staleness, yearOf } from './staleness.ts';

/** Contacts from sources at most this many years old are "recent". */
export const RECENT_CONTACT_YEARS = 2;
/** Contacts from sources older than this many years need confirming before use. */
export const OLD_CONTACT_YEARS = 5;

export type ContactAge = 'recent' | 'aging' | 'old' | 'undated' | 'none';

export interface Trust {
  lastVerified: string | null;
  /** The entry's own check is older than STALE_AFTER_MONTHS, or it was never checked. */
  check: 'fresh' | 'stale' | 'unverified';
  /** Newest date among the sources of the current contacts. */
  contactsNewest: string | null;
  contactAge: ContactAge;
  /** Years between the newest contact source and today. */
  contactYears: number | null;
  /** The badge: its tone and words. */
  badge: { tone: 'fresh' | 'aging' | 'stale' | 'unverified'; text: string };
}

export function trust(c: Pick<Country, 'lastVerified' | 'centralAuthority' | 'otherAuthorities' | 'sources'>, today: string): Trust {
  const check = staleness(c.lastVerified, today).state;
  const age = contactSourcesAge(c);
  // Calendar years between the newest contact source and today (a source of 2024 is 2 years old in 2026).
  const years = age.newest ? yearOf(today)! - yearOf(age.newest)! : null;
  let contactAge: ContactAge;
  if (age.count === 0) contactAge = 'none';
  else if (!age.newest) contactAge = 'undated';
  else if (years! <= RECENT_CONTACT_YEARS) contactAge = 'recent';
  else if (years! <= OLD_CONTACT_YEARS) contactAge = 'aging';
  else contactAge = 'old';
  const year = age.newest?.slice(0, 4);
  const badge: Trust['badge'] =
    contactAge === 'none'
      ? { tone: 'unverified', text: 'No contact details documented' }
      : contactAge === 'undated'
        ? { tone: 'aging', text: 'Contacts rest on undated sources: confirm before use' }
        : contactAge === 'old'
          ? { tone: 'stale', text: `Contacts rest on sources from ${year}: confirm before use` }
          : contactAge === 'aging'
            ? { tone: 'aging', text: `Newest source for contacts: ${year}` }
            : { tone: 'fresh', text: `Newest source for contacts: ${year}` };
  return { lastVerified: c.lastVerified, check, contactsNewest: age.newest, contactAge, contactYears: years, badge };
}

export { STALE_AFTER_MONTHS };
