/** Where and how to send the request: the authority, its current contacts with their dates, channels, languages. */
import { countryUrl } from '../contract/urls.ts';
import { contactAsOf, current } from '../country/derive.ts';
import type { Country } from '../schema/country.ts';
import { countryFacts, refs } from './resolve.ts';
import type { Addressee } from './types.ts';

export function addressee(c: Country): Addressee {
  const authority = c.centralAuthority;
  return {
    authority: authority ? { name: authority.name, unit: authority.unit, href: countryUrl(c.code, 'central-authority') } : null,
    contacts: current(authority?.contacts ?? []).map((k) => ({
      type: k.type,
      value: k.value,
      label: k.label,
      asOf: contactAsOf(k, c.sources),
      sources: refs(k.cite, c.sources),
    })),
    otherAuthorities: c.otherAuthorities.map((o) => ({ name: o.name, scope: o.scope, roles: o.roles })),
    channels: current(c.channels).map((ch) => ({ ...countryFacts(c, [ch], 'channels')[0]!, type: ch.type })),
    languages: { accepted: c.languages.accepted, sources: refs(c.languages.cite ?? [], c.sources), notes: countryFacts(c, c.languages.notes, 'languages') },
  };
}
