/**
 * The route planner: "how do I get this evidence from that country?" computed from a
 * requested State's entry and the instruments. Pure: the /route/ island and the tests
 * call the same function. Every statement it returns carries its sources.
 */
import { MEASURES, type MeasureId } from '../vocabulary.ts';
import { isBound, isLegalBasisBetween, stateStatus, type PartyStatus } from '../parties.ts';
import type { Fact, Source } from '../schema/common.ts';
import type { Authority, Contact, Country } from '../schema/country.ts';
import type { Instrument, Party } from '../schema/instrument.ts';

export interface SourceRef {
  title: string;
  url: string;
  date: string | null;
}

/** A statement ready to show: its text and the sources it cites, resolved. */
export interface RouteFact {
  text: string;
  asOf?: string | undefined;
  sources: SourceRef[];
  /** Where the statement lives in the portal (country section or instrument page). */
  href: string;
}

export interface State {
  code: string;
  name: string;
}

export interface LegalBasis {
  id: string;
  title: string;
  kind: Instrument['kind'];
  requesting: Party | null;
  requested: Party | null;
  /** Near-universal convention: both treated as parties because neither is listed as a non-party. */
  presumed: boolean;
  href: string;
}

export interface NotALegalBasis {
  id: string;
  title: string;
  reason: string;
  href: string;
}

export interface ChecklistItem {
  id: string;
  label: string;
  facts: RouteFact[];
}

export interface Alternative {
  id: 'police-cooperation' | '24-7-network' | 'cloud-act' | 'e-evidence' | 'voluntary-disclosure';
  title: string;
  available: 'yes' | 'no' | 'not documented';
  basis: string;
  facts: RouteFact[];
  /** Safeguards the route keeps or loses, from the instrument entries. */
  keeps: RouteFact[];
  loses: RouteFact[];
}

export interface RouteResult {
  requesting: State;
  requested: State;
  measure: { id: MeasureId; title: string; electronic: boolean };
  legalBases: LegalBasis[];
  notLegalBases: NotALegalBasis[];
  /** When no instrument is shared: what the requested State's law says about assistance without one. */
  withoutTreaty: RouteFact[];
  addressee: {
    authority: { name: string; unit?: string | undefined; href: string } | null;
    contacts: { type: Contact['type']; value: string; label?: string | undefined; asOf: string | null; sources: SourceRef[] }[];
    otherAuthorities: { name: string; scope?: string | undefined; roles: string[] }[];
    channels: (RouteFact & { type: string })[];
    languages: { accepted: string[]; sources: SourceRef[]; notes: RouteFact[] };
  };
  checklist: ChecklistItem[];
  refusalGrounds: (RouteFact & { ground: string })[];
  otherSafeguards: ChecklistItem[];
  preservation: null | {
    pointsOfContact: { name: string; href: string }[];
    maxDays: number | null;
    facts: RouteFact[];
    viaBudapest: boolean;
  };
  urgent: RouteFact[];
  delays: RouteFact[];
  alternatives: Alternative[];
  /** Labels of everything the sources leave undocumented for this route. */
  gaps: string[];
}

export interface RouteInput {
  requesting: State;
  requested: Country;
  instruments: Instrument[];
  measure: MeasureId;
  today: string;
}

const current = <T extends { status?: string }>(list: T[]): T[] => list.filter((f) => f.status !== 'historic');

function refs(ids: string[], sources: Source[]): SourceRef[] {
  return ids
    .map((id) => sources.find((s) => s.id === id))
    .filter((s): s is Source => s !== undefined)
    .map((s) => ({ title: s.title, url: s.url, date: s.date }));
}

function countryFacts(c: Country, facts: Fact[], section: string): RouteFact[] {
  return current(facts).map((f) => ({ text: f.text, asOf: f.asOf, sources: refs(f.cite, c.sources), href: `/countries/${c.code}/#${section}` }));
}

function instrumentFacts(i: Instrument, facts: Fact[], anchor = ''): RouteFact[] {
  return current(facts).map((f) => ({ text: f.text, asOf: f.asOf, sources: refs(f.cite, i.sources), href: `/instruments/${i.id}/${anchor}` }));
}

const STATUS_REASONS: Partial<Record<PartyStatus, string>> = {
  signatory: 'signed but not ratified',
  'non-party': 'listed as a non-party',
  'not-party': 'not a party',
  unknown: 'status not documented',
};

function bilateralFor(instruments: Instrument[], a: string, b: string): Instrument[] {
  return instruments.filter((i) => i.kind === 'bilateral' && [a, b].every((code) => [...i.parties, ...i.signatories].some((p) => p.code === code)));
}

export function planRoute({ requesting, requested: c, instruments, measure, today }: RouteInput): RouteResult {
  const m = MEASURES.find((x) => x.id === measure)!;
  const a = requesting.code;
  const b = c.code;
  const gaps: string[] = [];

  // Legal bases: in force and binding both States. Everything else that connects them is listed with the reason it is not a basis.
  const legalBases: LegalBasis[] = [];
  const notLegalBases: NotALegalBasis[] = [];
  for (const i of instruments) {
    const sa = stateStatus(i, a);
    const sb = stateStatus(i, b);
    const href = `/instruments/${i.id}/`;
    if (isLegalBasisBetween(i, a, b, today)) {
      legalBases.push({ id: i.id, title: i.shortTitle, kind: i.kind, requesting: sa.record ?? null, requested: sb.record ?? null, presumed: sa.status === 'presumed-party' || sb.status === 'presumed-party', href });
      continue;
    }
    const involvesBoth = [sa, sb].every((s) => s.status !== 'unknown' && s.status !== 'not-party');
    const relevant = i.kind === 'bilateral' ? bilateralFor([i], a, b).length > 0 : involvesBoth;
    if (!relevant) continue;
    let reason: string;
    if (i.status === 'not-in-force') reason = 'not in force';
    else if (i.status === 'non-binding') reason = 'non-binding scheme';
    else if (i.status === 'unknown') reason = 'no source says it is in force';
    else if (i.inForce && i.inForce > today) reason = `applies only from ${i.inForce}`;
    else {
      const weak = [
        !isBound(i, a, today) ? `${requesting.name}: ${STATUS_REASONS[sa.status] ?? 'not yet in force for it'}` : null,
        !isBound(i, b, today) ? `${c.name}: ${STATUS_REASONS[sb.status] ?? 'not yet in force for it'}` : null,
      ].filter(Boolean);
      reason = weak.join('; ');
    }
    notLegalBases.push({ id: i.id, title: i.shortTitle, reason, href });
  }
  const withoutTreaty = legalBases.length === 0 ? [...countryFacts(c, c.legalBases.reciprocity, 'legal-basis')] : [];
  if (legalBases.length === 0 && withoutTreaty.length === 0) gaps.push('A legal basis shared by both States, or assistance without a treaty');

  // Where and how to send it.
  const authority = c.centralAuthority;
  if (!authority) gaps.push('Central authority');
  const contacts = (authority?.contacts ?? [])
    .filter((k) => k.status === 'current')
    .map((k) => ({
      type: k.type,
      value: k.value,
      label: k.label,
      asOf: k.asOf ?? k.cite.map((id) => c.sources.find((s) => s.id === id)?.date ?? null).filter((d): d is string => d !== null).sort().at(-1) ?? null,
      sources: refs(k.cite, c.sources),
    }));
  if (authority && contacts.length === 0) gaps.push('Current contact details of the central authority');
  const channels = current(c.channels).map((ch) => ({ ...countryFacts(c, [ch], 'channels')[0]!, type: ch.type }));
  if (channels.length === 0) gaps.push('Channels');
  const languages = { accepted: c.languages.accepted, sources: refs(c.languages.cite ?? [], c.sources), notes: countryFacts(c, c.languages.notes, 'languages') };
  if (languages.accepted.length === 0) gaps.push('Accepted languages');

  // What the request must show.
  const item = (id: string, label: string, facts: Fact[], section: string): ChecklistItem => {
    const list = countryFacts(c, facts, section);
    if (list.length === 0) gaps.push(label);
    return { id, label, facts: list };
  };
  const checklist = [
    item('measure', `Rules for ${m.title.toLowerCase()}`, c.measures[measure] ?? [], 'measures'),
    item('requirements', 'What every request must contain', c.requirements, 'requirements'),
    item('dual-criminality', 'Dual criminality', c.safeguards.dualCriminality, 'dual-criminality'),
    item('authorisation', 'Authorisation of coercive measures', c.safeguards.authorisation, 'authorisation'),
    item('de-minimis', 'Minor matters (de minimis)', c.safeguards.deMinimis, 'de-minimis'),
  ];
  const refusalGrounds = current(c.safeguards.refusalGrounds).map((g) => ({ ...countryFacts(c, [g], 'refusal-grounds')[0]!, ground: g.ground }));
  if (refusalGrounds.length === 0) gaps.push('Refusal grounds');
  const otherSafeguards = [
    { id: 'speciality', label: 'Speciality (use of the evidence)', facts: countryFacts(c, c.safeguards.speciality, 'speciality') },
    { id: 'data-protection', label: 'Data protection', facts: countryFacts(c, c.safeguards.dataProtection, 'data-protection') },
    { id: 'oversight', label: 'Oversight and review', facts: countryFacts(c, c.safeguards.oversight, 'oversight') },
  ];

  // Preservation first, for electronic evidence.
  const budapest = instruments.find((i) => i.id === 'budapest');
  const viaBudapest = budapest ? isLegalBasisBetween(budapest, a, b, today) : false;
  let preservation: RouteResult['preservation'] = null;
  if (m.electronic) {
    const points = [c.centralAuthority, ...c.otherAuthorities].filter((x): x is Authority => x !== null && x.roles.includes('24-7-point-of-contact'));
    preservation = {
      pointsOfContact: points.map((p) => ({ name: p.name, href: `/countries/${b}/#central-authority` })),
      maxDays: c.preservation.maxDays?.days ?? null,
      facts: [...countryFacts(c, c.preservation.facts, 'preservation'), ...countryFacts(c, c.measures['expedited-preservation'] ?? [], 'measures')],
      viaBudapest,
    };
    if (points.length === 0 && preservation.facts.length === 0 && !viaBudapest) gaps.push('How to preserve data first');
  }

  const timelines = current(c.timelines);
  const delays = [...timelines.filter((t) => t.measure === measure), ...timelines.filter((t) => !t.measure)].map((t) => countryFacts(c, [t], 'timelines')[0]!);
  if (delays.length === 0) gaps.push('Typical delays');
  const urgent = countryFacts(c, c.urgent, 'urgent');

  // Faster or alternative routes, each with the safeguards it keeps or loses.
  const alternatives: Alternative[] = [];
  const police = current(c.channels).filter((ch) => ch.type === 'police-cooperation');
  alternatives.push({
    id: 'police-cooperation',
    title: 'Police-to-police cooperation',
    available: police.length ? 'yes' : 'not documented',
    basis: police.length ? `${c.name}'s entry describes when police cooperation is used instead of a formal request.` : `${c.name}'s entry says nothing about police cooperation.`,
    facts: countryFacts(c, police, 'channels'),
    keeps: [],
    loses: [],
  });
  if (m.electronic) {
    alternatives.push({
      id: '24-7-network',
      title: '24/7 network (Budapest Convention)',
      available: viaBudapest ? 'yes' : budapest ? 'no' : 'not documented',
      basis: viaBudapest
        ? 'Both States are Parties to the Budapest Convention: a preservation request can go through the 24/7 points of contact, followed by a formal request for disclosure.'
        : 'The Budapest Convention does not bind both States according to the portal’s party list.',
      facts: budapest ? instrumentFacts(budapest, budapest.channels, '#channels') : [],
      keeps: budapest ? instrumentFacts(budapest, budapest.safeguards.contains, '#safeguards') : [],
      loses: budapest ? instrumentFacts(budapest, budapest.safeguards.lacks, '#safeguards') : [],
    });
    const agreements = instruments.filter((i) => i.id.startsWith('cloud-act-'));
    const cloud = agreements.find((i) => isLegalBasisBetween(i, a, b, today));
    alternatives.push({
      id: 'cloud-act',
      title: 'US CLOUD Act agreement',
      available: cloud ? 'yes' : 'no',
      basis: cloud
        ? `Both States are bound by the ${cloud.shortTitle}: orders may go directly to providers in the other State, within the agreement's limits.`
        : 'No CLOUD Act agreement in the portal binds both States.',
      facts: cloud ? instrumentFacts(cloud, [...cloud.coverage, ...cloud.channels]) : [],
      keeps: cloud ? instrumentFacts(cloud, cloud.safeguards.contains, '#safeguards') : [],
      loses: cloud ? instrumentFacts(cloud, cloud.safeguards.lacks, '#safeguards') : [],
    });
    const eEvidence = instruments.find((i) => i.id === 'eu-e-evidence-regulation');
    const eBound = eEvidence ? isLegalBasisBetween(eEvidence, a, b, today) : false;
    alternatives.push({
      id: 'e-evidence',
      title: 'EU e-Evidence orders (European Production and Preservation Orders)',
      available: eBound ? 'yes' : eEvidence ? 'no' : 'not documented',
      basis: eBound
        ? 'Both States are bound by the e-Evidence Regulation according to the portal’s party list: orders can go directly to service providers.'
        : 'The e-Evidence Regulation does not bind both States according to the portal’s party list (it binds EU Member States only, as its entry explains).',
      facts: eEvidence && eBound ? instrumentFacts(eEvidence, [...eEvidence.coverage, ...eEvidence.channels]) : [],
      keeps: eEvidence && eBound ? instrumentFacts(eEvidence, eEvidence.safeguards.contains, '#safeguards') : [],
      loses: eEvidence && eBound ? instrumentFacts(eEvidence, eEvidence.safeguards.lacks, '#safeguards') : [],
    });
    alternatives.push({
      id: 'voluntary-disclosure',
      title: 'Voluntary disclosure by a service provider',
      available: 'not documented',
      basis: 'Whether a provider may lawfully disclose data on request depends on the law where it holds the data; no entry in the portal documents it yet.',
      facts: [],
      keeps: [],
      loses: [],
    });
  }

  return {
    requesting,
    requested: { code: c.code, name: c.name },
    measure: { id: m.id, title: m.title, electronic: m.electronic },
    legalBases,
    notLegalBases,
    withoutTreaty,
    addressee: {
      authority: authority ? { name: authority.name, unit: authority.unit, href: `/countries/${b}/#central-authority` } : null,
      contacts,
      otherAuthorities: c.otherAuthorities.map((o) => ({ name: o.name, scope: o.scope, roles: o.roles })),
      channels,
      languages,
    },
    checklist,
    refusalGrounds,
    otherSafeguards,
    preservation,
    urgent,
    delays,
    alternatives,
    gaps,
  };
}
