/**
 * Everything a country page shows, computed once from the entry, the instruments and the
 * groups: the template only renders this. Unit-tested like the rest of src/lib.
 */
import { namesInLanguages, type LocalName } from './names.ts';
import { COUNTRY_SECTIONS, type CountrySectionId } from '../contract/sections.ts';
import { instrumentUrl, partyAnchor, type InstrumentAnchor } from '../contract/urls.ts';
import { instrumentsOfState, LISTED_STATUSES, type Answer, type PartyContext, type PartyStatus } from '../parties.ts';
import type { Country } from '../schema/country.ts';
import type { Instrument } from '../schema/instrument.ts';
import { MEASURES, RESEARCH_TOPICS, type ResearchTopicId } from '../vocabulary.ts';
import { completeness, COMPLETENESS_FIELDS } from './completeness.ts';
import { authorityNames, caveatsOf, changeLog, current, searchedFor, sourceNotes } from './derive.ts';
import { glance, type Glance } from './glance.ts';
import { trust, type Trust } from './trust.ts';

export interface Gap {
  topic: ResearchTopicId | null;
  label: string;
  /** What was searched for it, and when (research notes). */
  searched: { where: string; date: string }[];
}

export interface SectionView {
  id: CountrySectionId;
  title: string;
  /** Notes for users, shown in the section. */
  caveats: Country['caveats'];
  /** What this section lacks: one compact line on the page, in print and in search. */
  gaps: Gap[];
}

export interface InstrumentRow {
  instrument: Pick<Instrument, 'id' | 'shortTitle' | 'kind' | 'status'>;
  status: PartyStatus;
  answer: Answer;
  reason: string;
  likely: boolean;
  since: string | null;
  signed: string | null;
  ratified: string | null;
  href: string;
  notes: Country['legalBases']['instruments'];
}

export interface CountryView {
  trust: Trust;
  completenessPercent: number;
  glance: Glance;
  sections: Record<CountrySectionId, SectionView>;
  instruments: InstrumentRow[];
  /** Notes on instruments that list nothing about the State (declarations under an instrument it is not shown bound by). */
  notedOnly: string[];
  /** Instruments bound (yes) that document safeguards, for the safeguards section. */
  boundWithSafeguards: InstrumentRow[];
  /** Titles of non-bilateral instruments that bind the State (yes), for search filters. */
  boundTitles: string[];
  /** Its name in the UN languages, German and Portuguese, beyond its own name and aliases (for search and readers). */
  otherNames: LocalName[];
  /** Names and acronyms of its central authority, then of its other authorities, for search. */
  authorityNames: { central: string[]; other: string[] };
  boundCount: number;
  likelyCount: number;
  measures: { documented: (typeof MEASURES)[number][]; missing: (typeof MEASURES)[number][] };
  sourceNotes: Country['caveats'];
  changes: Country['changes'];
}

/** Which research topics each section answers (the gap line lists those the entry lacks). */
const SECTION_TOPICS: Partial<Record<CountrySectionId, ResearchTopicId[]>> = {
  'central-authority': ['central-authority', 'contacts'],
  'legal-basis': ['domestic-law'],
  channels: ['channels'],
  languages: ['languages'],
  measures: ['measures'],
  preservation: ['preservation', '24-7-point-of-contact'],
  urgent: ['urgent'],
  requirements: ['requirements'],
  safeguards: ['refusal-grounds', 'dual-criminality', 'de-minimis', 'authorisation', 'oversight'],
  timelines: ['timelines'],
  templates: ['templates'],
};

const label = (topic: ResearchTopicId) => RESEARCH_TOPICS.find((t) => t.id === topic)!.label;

/** Is the topic documented in the entry? Completeness fields decide where they exist; the rest are read here. */
function documented(c: Country, topic: ResearchTopicId, view: { glance: Glance }): boolean {
  const field = COMPLETENESS_FIELDS.find((f) => f.id === topic);
  if (field) return field.documented(c);
  switch (topic) {
    case '24-7-point-of-contact':
      return view.glance.preservation.pointsOfContact.length > 0;
    case 'de-minimis':
      return current(c.safeguards.deMinimis).length > 0;
    case 'oversight':
      return current(c.safeguards.oversight).length > 0;
    default:
      return false;
  }
}

export function countryView(c: Country, instruments: readonly Instrument[], parties: PartyContext, today: string): CountryView {
  const g = glance(c);
  const rows: InstrumentRow[] = instrumentsOfState(instruments, c.code, parties, today).map(({ instrument, standing, verdict }) => ({
    instrument,
    status: standing.status,
    answer: verdict.answer,
    reason: verdict.reason,
    likely: verdict.likely === true,
    since: verdict.since ?? null,
    signed: standing.record?.signed ?? null,
    ratified: standing.record?.ratified ?? null,
    href: instrumentUrl(instrument.id, (LISTED_STATUSES.has(standing.status) ? partyAnchor(c.code) : 'parties') as InstrumentAnchor),
    notes: c.legalBases.instruments.filter((n) => n.instrument === instrument.id),
  }));
  const shown = new Set(rows.map((r) => r.instrument.id));
  const sections = Object.fromEntries(
    COUNTRY_SECTIONS.map((s) => {
      const topics = SECTION_TOPICS[s.id] ?? [];
      const gaps: Gap[] = topics
        .filter((t) => !documented(c, t, { glance: g }))
        .map((t) => ({ topic: t, label: label(t), searched: searchedFor(c, t).map((n) => ({ where: n.where, date: n.date })) }));
      if (s.id === 'legal-basis' && rows.length === 0) gaps.unshift({ topic: null, label: 'treaty relations', searched: [] });
      return [s.id, { id: s.id, title: s.title, caveats: caveatsOf(c, s.id, 'users'), gaps }];
    }),
  ) as Record<CountrySectionId, SectionView>;
  const bound = rows.filter((r) => r.answer === 'yes');
  return {
    trust: trust(c, today),
    completenessPercent: Math.round(completeness(c).score * 100),
    glance: g,
    sections,
    instruments: rows,
    notedOnly: [...new Set(c.legalBases.instruments.map((n) => n.instrument))].filter((id) => !shown.has(id)),
    boundWithSafeguards: bound.filter((r) => {
      const i = instruments.find((x) => x.id === r.instrument.id)!;
      return i.safeguards.contains.length + i.safeguards.lacks.length > 0;
    }),
    otherNames: namesInLanguages(c.code, [c.name, ...(c.officialName ? [c.officialName] : []), ...c.aliases]),
    authorityNames: { central: c.centralAuthority ? authorityNames({ centralAuthority: c.centralAuthority, otherAuthorities: [] }) : [], other: authorityNames({ centralAuthority: null, otherAuthorities: c.otherAuthorities }) },
    boundTitles: bound.filter((r) => r.instrument.kind !== 'bilateral').map((r) => r.instrument.shortTitle),
    boundCount: bound.length,
    likelyCount: rows.filter((r) => r.likely).length,
    measures: {
      documented: MEASURES.filter((m) => current(c.measures[m.id] ?? []).length > 0),
      missing: MEASURES.filter((m) => current(c.measures[m.id] ?? []).length === 0),
    },
    sourceNotes: sourceNotes(c),
    changes: changeLog(c),
  };
}
