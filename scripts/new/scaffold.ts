/**
 * Templates for new entries (npm run new). Each writes a valid entry in which every
 * section is present and empty, so the page shows "not yet documented" until sourced.
 */
import { isIso2 } from '../../src/lib/schema/common.ts';
import { SOURCE_KINDS } from '../../src/lib/schema/common.ts';
import { CHANNEL_TYPES } from '../../src/lib/schema/country.ts';
import { INSTRUMENT_KINDS, INSTRUMENT_STATUSES, PARTY_LISTS } from '../../src/lib/schema/instrument.ts';
import { AUDIENCES, LEVELS } from '../../src/lib/schema/module.ts';
import { REGIONS } from '../../src/lib/vocabulary.ts';

export const SCAFFOLD_KINDS = ['country', 'instrument', 'module', 'term'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export const KIND_DIRS: Record<ScaffoldKind, string> = {
  country: 'countries',
  instrument: 'instruments',
  module: 'modules',
  term: 'glossary',
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why `key` cannot name a new entry of `kind`, or null when it can. */
export function invalidKey(kind: ScaffoldKind, key: string): string | null {
  if (kind === 'country') {
    if (!/^[a-z]{2}$/.test(key)) return `"${key}" is not an ISO 3166-1 alpha-2 code: expected two lower-case letters, e.g. "mt"`;
    if (!isIso2(key)) return `"${key}" is not an assigned ISO 3166-1 alpha-2 code (see https://www.iso.org/obp/ui/#search/code/)`;
    return null;
  }
  if (!SLUG.test(key)) return `"${key}" is not a valid ${kind} id: expected lower-case letters, digits and single hyphens, e.g. "my-new-${kind}"`;
  if (key.length > 60) return `"${key}" is too long: keep ids under 60 characters`;
  return null;
}

export function scaffold(kind: ScaffoldKind, key: string, name?: string): string {
  switch (kind) {
    case 'country':
      return countryTemplate(key, name);
    case 'instrument':
      return instrumentTemplate(key, name);
    case 'module':
      return moduleTemplate(key, name);
    case 'term':
      return termTemplate(key, name);
  }
}

const yamlString = (s: string) => JSON.stringify(s);

function countryTemplate(code: string, name = code.toUpperCase()): string {
  return `---
# Country entry. Field reference and sourcing rules: CONTRIBUTING.md. Editor schema: /schema/country.json
# Every fact is { text, cite: [source-id] } and every cited id is listed under sources at the end.
# An empty list means "not yet documented": the page says so and invites contributions.
code: ${code}                      # ISO 3166-1 alpha-2, lower case; must equal the file name
name: ${yamlString(name)}              # common English name
aliases: []                    # other names people search for: own-language names, ISO codes, acronyms
region: Europe                 # one of: ${REGIONS.join(', ')}
lastVerified: null             # "YYYY-MM-DD" once every fact has been checked against its source

# The central authority: { name, parent, unit, roles, cite, facts, contacts }. Keep null until sourced.
centralAuthority: null

# Sub-national authorities, 24/7 points of contact, treaty-designated authorities (same shape as above).
otherAuthorities: []

# How requests travel: { type, text, cite }; type is one of:
# ${CHANNEL_TYPES.join(', ')}.
channels: []

languages:
  accepted: []                 # ISO 639-1 codes of languages requests are accepted in (add cite when not empty)
  notes: []                    # facts on translation and certificates

legalBases:
  domestic: []                 # statutes: { title (exact), text, cite }
  instruments: []              # notes on declarations/reservations: { instrument: <id>, text, cite }
  reciprocity: []              # facts: assistance without a treaty
  notes: []

# Facts per measure: subscriber-information, traffic-data, stored-content, expedited-preservation,
# bank-records, witness-testimony, search-and-seizure, service-of-documents, freezing-confiscation.
measures: {}

preservation:
  facts: []                    # add maxDays: { days, cite } when a source gives the period

urgent: []                     # facts: how to mark and send urgent requests
requirements: []               # facts: what a request must contain or show

safeguards:
  refusalGrounds: []           # { ground, kind, text, cite }, most relevant first
  dualCriminality: []
  deMinimis: []
  authorisation: []            # who authorises coercive measures
  oversight: []                # review, appeal, oversight bodies
  speciality: []
  dataProtection: []

timelines: []                  # facts, optionally with measure and days: { min, max }
statistics: []                 # caseload figures, with asOf
templates: []                  # { title, url, languages, text, cite }
caveats: []                    # conflicts between sources, old data: { text, cite, section, audience: users | sources }
searched: []                   # searches that found nothing: { topics, where, date }
changes: []                    # { date: "YYYY-MM-DD", text } for readers, newest first

# Sources: { id, url, title, publisher, date ("YYYY", "YYYY-MM", "YYYY-MM-DD" or null), kind, note }
# kind: ${SOURCE_KINDS.join(', ')}
sources: []
---

{/* Narrative guidance goes in blocks, one per section, e.g.
<Guidance section="preservation">
Practical advice in your own words, with <Cite ids="source-id" /> after each claim.
</Guidance>
*/}
`;
}

function instrumentTemplate(id: string, name = id): string {
  return `---
# Instrument entry. Field reference: CONTRIBUTING.md ("Instruments"). Party status lives only here.
id: ${id}                      # must equal the file name
title: ${yamlString(name)}             # full official title
shortTitle: ${yamlString(name)}        # name used in tables and links
aliases: []
kind: multilateral             # one of: ${INSTRUMENT_KINDS.join(', ')}
status: unknown                # one of: ${INSTRUMENT_STATUSES.join(', ')}
partyList: partial             # one of: ${PARTY_LISTS.join(', ')} (partial: a State not listed is unknown, not a non-party)
summary: ${yamlString(`Not yet documented: what ${name} is for, in one or two sentences.`)}
coverage: []                   # facts: what it covers
channels: []                   # facts: channels it creates
safeguards:
  contains: []
  lacks: []
parties: []                    # { code, signed, ratified, inForce, note, cite }
signatories: []                # { code, signed, ratification: not-shown | unknown, note, cite }
nonParties: []                 # only where a source says so: { code, asOf, cite }
unconfirmed: []                # standing in doubt: { code, note, asOf, cite }
changes: []                    # { date: "YYYY-MM-DD", text } for readers, newest first
facts: []
caveats: []
sources: []
---
`;
}

function moduleTemplate(slug: string, name = slug.replace(/-/g, ' ')): string {
  const today = new Date().toISOString().slice(0, 10);
  return `---
# Training module. Link into entries with <Country code="ie" section="preservation" />, <Instrument id="budapest" />,
# <Term id="dual-criminality" /> and <Module slug="..." />: every link is checked at build time.
title: ${yamlString(name.charAt(0).toUpperCase() + name.slice(1))}
summary: "Not yet written: what the learner will be able to do after this module."
audience: [prosecutors]        # any of: ${AUDIENCES.join(', ')}
level: introductory            # one of: ${LEVELS.join(', ')}
durationMinutes: 45
objectives:
  - "Not yet written: one objective per line, starting with a verb."
prerequisites: []              # slugs of modules to take first
reviewed: "${today}"           # the date you last re-read every entry this module links to
authors: ["Your name"]
sources: []
---

Write the module here.
`;
}

function termTemplate(id: string, name = id.replace(/-/g, ' ')): string {
  return `---
# Glossary term. Define it in your own words; cite any specific legal fact.
term: ${yamlString(name.charAt(0).toUpperCase() + name.slice(1))}
aliases: []
short: "Not yet written: a one-sentence definition."
related: []                    # ids of related glossary terms
instruments: []                # ids of instruments that define or use the term
sources: []
---

Not yet written: explain the term for someone sending or executing a request.
`;
}
