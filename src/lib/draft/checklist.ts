/**
 * The drafting checklist: what the requested State's entry and the instruments say the letter
 * must address, item by item, each with the cited statements it rests on and its place in the
 * portal. Built from planRoute's result (never re-derived) and the few parts of the entry the
 * route does not carry: the State's declarations under the bases, its domestic statute and its
 * own guides. An item without statements is a gap of the sources, shown as such.
 */
import { countryUrl } from '../contract/urls.ts';
import { current } from '../country/derive.ts';
import { languageName } from '../dates.ts';
import type { Country } from '../schema/country.ts';
import { fillLabel } from '../route/checklist.ts';
import { refs } from '../route/resolve.ts';
import type { FallbackHelp, LegalBasis, RouteFact, RouteResult } from '../route/types.ts';
import { CHANNEL_LABELS, CONTACT_LABELS, GROUND_LABELS } from '../vocabulary.ts';
import type { SectionId } from './sections.ts';

export interface DraftCheck {
  id: string;
  /** The letter section the item bears on; 'general' items concern the whole request. */
  section: SectionId | 'general';
  /** What to do or check, in the portal's words. */
  label: string;
  /**
   * requirement: the sources say it; check: possible only, verify before relying on it;
   * gap: the sources in the portal say nothing, ask the central authority.
   */
  kind: 'requirement' | 'check' | 'gap';
  facts: RouteFact[];
  /** Where in the portal the item lives (the requested State's section, or an instrument page). */
  href: string;
}

/**
 * The items' labels by id; `{name}` is the requested State. English here; the other
 * languages translate them in the catalogues as `vocab.draftCheck.<id>` and the island shows
 * those by the item's id. The measure and safeguard items take the route's labels.
 */
export const DRAFT_CHECK_LABELS = {
  requirements: 'What {name} asks of every request',
  templates: '{name}’s own guides and templates',
  addressee: 'Address it to the authority the entry names',
  channels: 'Send it by a channel the requested State accepts',
  'legal-basis': 'Name the convention or treaty relied on',
  'possible-bases': 'Possible bases: check the depositary before relying on one',
  declarations: '{name}’s declarations and reservations under those instruments',
  'domestic-law': '{name}’s law on mutual assistance',
  urgent: 'If it is urgent: the urgent procedure',
  'dual-criminality': 'Dual criminality: whether the conduct must be an offence in both States',
  'de-minimis': 'Threshold: minor matters (de minimis)',
  'refusal-grounds': 'Refusal grounds to address',
  preservation: 'Preserve the data first, and give the preservation reference',
  authorisation: 'Authorisation of coercive measures in the requested State',
  delays: 'Typical delays: plan the time limits with them',
  languages: 'Write in, or translate into, a language the requested State accepts',
} as const;

const label = (id: keyof typeof DRAFT_CHECK_LABELS, name = '') => fillLabel(DRAFT_CHECK_LABELS[id], { name });

const CHANNELS: Record<string, string> = CHANNEL_LABELS;
const GROUNDS: Record<string, string> = GROUND_LABELS;

const basisFact = (b: LegalBasis, words: string): RouteFact => ({ text: `${b.title}: ${words}`, sources: [], href: b.answer === 'yes' ? b.href : b.partiesHref });

function helpFor(route: RouteResult, need: FallbackHelp['need']): RouteFact[] {
  return route.fallbacks
    .filter((f) => f.need === need)
    .flatMap((f) => f.facts.map((fact) => ({ ...fact, text: `${f.instrument.title}${f.instrument.answer === 'yes' ? '' : ' (if it binds the State)'}: ${fact.text}` })));
}

/** The checklist for a route, in the order of the letter. */
export function draftChecklist(route: RouteResult, entry: Country): DraftCheck[] {
  const code = route.requested.code;
  const name = route.requested.name;
  const items: DraftCheck[] = [];
  const add = (item: Omit<DraftCheck, 'kind'> & { kind?: DraftCheck['kind'] }) => items.push({ kind: item.facts.length ? 'requirement' : 'gap', ...item });
  const routeItem = (id: string) => route.checklist.find((i) => i.id === id)!;

  // Whole request: what the entry says every request must contain, and the State's own guides.
  const requirements = routeItem('requirements');
  add({ id: 'requirements', section: 'general', label: label('requirements', name), facts: [...requirements.facts, ...(requirements.facts.length ? [] : helpFor(route, 'requirements'))], href: requirements.href });
  const guides = current(entry.templates).map((t): RouteFact => ({ text: t.text ? `${t.title}: ${t.text}` : t.title, asOf: t.asOf, sources: refs(t.cite, entry.sources), href: countryUrl(code, 'templates') }));
  if (guides.length) add({ id: 'templates', section: 'general', label: label('templates', name), facts: guides, href: countryUrl(code, 'templates') });

  // Addressee and channel.
  const a = route.addressee;
  const authority: RouteFact[] = a.authority
    ? [{ text: `${a.authority.name}${a.authority.unit ? `, ${a.authority.unit}` : ''}`, sources: [], href: a.authority.href }, ...a.contacts.map((k) => ({ text: `${CONTACT_LABELS[k.type]}${k.label ? ` (${k.label})` : ''}: ${k.value}`, asOf: k.asOf ?? undefined, sources: k.sources, href: a.authority!.href }))]
    : [...helpFor(route, 'central-authority'), ...helpFor(route, 'contacts')];
  add({ id: 'addressee', section: 'addressee', label: label('addressee'), facts: authority, kind: a.authority ? 'requirement' : 'gap', href: countryUrl(code, 'central-authority') });
  add({ id: 'channels', section: 'addressee', label: label('channels'), facts: a.channels.map((c) => ({ ...c, text: `${CHANNELS[c.type] ?? c.type}: ${c.text}` })), href: countryUrl(code, 'channels') });

  // Legal basis: confirmed, possible (to check), or assistance without a treaty; the State's declarations under them.
  const confirmed = route.legalBases.map((b) => basisFact(b, 'both States bound according to the cited party lists'));
  add({
    id: 'legal-basis',
    section: 'legal-basis',
    label: label('legal-basis'),
    facts: confirmed.length ? confirmed : route.withoutTreaty,
    kind: confirmed.length || route.withoutTreaty.length ? 'requirement' : route.possibleBases.length ? 'check' : 'gap',
    href: countryUrl(code, 'legal-basis'),
  });
  if (route.possibleBases.length) {
    add({
      id: 'possible-bases',
      section: 'legal-basis',
      label: label('possible-bases'),
      facts: route.possibleBases.map((b) => basisFact(b, b.reason)),
      kind: 'check',
      href: countryUrl(code, 'legal-basis'),
    });
  }
  const bases = new Set([...route.legalBases, ...route.possibleBases].map((b) => b.id));
  const declarations = current(entry.legalBases.instruments)
    .filter((n) => bases.has(n.instrument))
    .map((n): RouteFact => ({ text: `${[...route.legalBases, ...route.possibleBases].find((b) => b.id === n.instrument)!.title}: ${n.text}`, asOf: n.asOf, sources: refs(n.cite, entry.sources), href: countryUrl(code, 'legal-basis') }));
  if (declarations.length) add({ id: 'declarations', section: 'legal-basis', label: label('declarations', name), facts: declarations, href: countryUrl(code, 'legal-basis') });
  const domestic = current(entry.legalBases.domestic).map((d): RouteFact => ({ text: d.text ? `${d.title}: ${d.text}` : d.title, sources: refs(d.cite, entry.sources), href: countryUrl(code, 'legal-basis') }));
  if (domestic.length) add({ id: 'domestic-law', section: 'legal-basis', label: label('domestic-law', name), facts: domestic, href: countryUrl(code, 'legal-basis') });

  // Urgency.
  add({ id: 'urgent', section: 'urgency', label: label('urgent'), facts: route.urgent, href: countryUrl(code, 'urgent') });

  // Offences: dual criminality and threshold; refusal grounds to address in the facts.
  for (const id of ['dual-criminality', 'de-minimis'] as const) {
    const item = routeItem(id);
    add({ id, section: 'offences', label: label(id), facts: item.facts, href: item.href });
  }
  add({
    id: 'refusal-grounds',
    section: 'facts',
    label: label('refusal-grounds'),
    facts: route.refusalGrounds.length ? route.refusalGrounds.map((g) => ({ ...g, text: `${GROUNDS[g.ground] ?? g.ground}: ${g.text}` })) : helpFor(route, 'refusal-grounds'),
    kind: route.refusalGrounds.length ? 'requirement' : 'gap',
    href: countryUrl(code, 'refusal-grounds'),
  });

  // The measure: its rules, preservation first for electronic evidence, authorisation of coercion.
  const measure = routeItem('measure');
  add({ id: 'measure', section: 'assistance', label: measure.label, facts: measure.facts, href: measure.href });
  if (route.preservation) {
    const p = route.preservation;
    const facts: RouteFact[] = [
      ...p.pointsOfContact.map((x) => ({ text: `24/7 point of contact: ${x.name}`, sources: [], href: x.href })),
      ...(p.maxDays ? [{ text: `Data can be kept for up to ${p.maxDays} days.`, sources: [], href: countryUrl(code, 'preservation') }] : []),
      ...p.facts,
      ...(p.pointsOfContact.length ? [] : helpFor(route, '24-7-point-of-contact')),
    ];
    add({ id: 'preservation', section: 'references', label: label('preservation'), facts, href: countryUrl(code, 'preservation') });
  }
  const authorisation = routeItem('authorisation');
  add({ id: 'authorisation', section: 'assistance', label: label('authorisation'), facts: authorisation.facts, href: authorisation.href });

  // Use of the evidence.
  for (const s of route.otherSafeguards.filter((x) => x.id === 'speciality' || x.id === 'data-protection')) {
    if (s.facts.length || s.id === 'speciality') add({ id: s.id, section: 'use-limitation', label: s.label, facts: s.facts, href: s.href });
  }

  // Time limits.
  add({ id: 'delays', section: 'time-limits', label: label('delays'), facts: route.delays, href: countryUrl(code, 'timelines') });

  // Language and translation.
  const langs = a.languages;
  add({
    id: 'languages',
    section: 'language',
    label: label('languages'),
    facts: langs.accepted.length ? [{ text: `Accepted languages: ${langs.accepted.map((l) => languageName(l)).join(', ')}`, sources: langs.sources, href: countryUrl(code, 'languages') }, ...langs.notes] : [...langs.notes, ...helpFor(route, 'languages')],
    kind: langs.accepted.length ? 'requirement' : 'gap',
    href: countryUrl(code, 'languages'),
  });
  return items;
}
