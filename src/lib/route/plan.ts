/**
 * The route planner: "how do I get this evidence from that State?", computed from the
 * requested State's entry, the instruments and the groups they bind. Pure: the /route/
 * island and the tests call the same function. Every statement it returns carries its
 * sources; every gap is named, and where the entry is silent the instruments' own rules
 * say what to do.
 */
import { countryUrl } from '../contract/urls.ts';
import { current, pointsOfContact247, preservationDocumented } from '../country/derive.ts';
import { basisBetween, type PartyContext } from '../parties.ts';
import type { Country } from '../schema/country.ts';
import type { FallbackRule, Instrument } from '../schema/instrument.ts';
import { MEASURES, type MeasureId } from '../vocabulary.ts';
import { addressee } from './addressee.ts';
import { alternatives } from './alternatives.ts';
import { checklist, otherSafeguards, refusalGrounds } from './checklist.ts';
import { fallbacks } from './fallbacks.ts';
import { legalBases } from './legal-bases.ts';
import { countryFacts } from './resolve.ts';
import type { RouteResult, State } from './types.ts';

export type * from './types.ts';

export interface RouteInput {
  requesting: State;
  requested: Country;
  instruments: readonly Instrument[];
  parties: PartyContext;
  measure: MeasureId;
  today: string;
}

export function planRoute({ requesting, requested: c, instruments, parties, measure, today }: RouteInput): RouteResult {
  const m = MEASURES.find((x) => x.id === measure)!;
  const gaps: string[] = [];
  const needs = new Set<FallbackRule['need']>();

  const bases = legalBases(instruments, requesting, { code: c.code, name: c.name }, parties, today);
  const withoutTreaty = bases.confirmed.length === 0 ? countryFacts(c, c.legalBases.reciprocity, 'legal-basis') : [];
  if (bases.confirmed.length === 0 && bases.possible.length === 0 && withoutTreaty.length === 0) gaps.push('A legal basis shared by both States, or assistance without a treaty');

  const to = addressee(c);
  if (!to.authority) {
    gaps.push('Central authority');
    needs.add('central-authority');
  }
  if (to.contacts.length === 0) {
    if (to.authority) gaps.push('Current contact details of the central authority');
    needs.add('contacts');
  }
  if (to.channels.length === 0) gaps.push('Channels');
  if (to.languages.accepted.length === 0) {
    gaps.push('Accepted languages');
    needs.add('languages');
  }

  const list = checklist(c, m);
  for (const item of list) if (item.facts.length === 0) gaps.push(item.label);
  if (list.find((i) => i.id === 'requirements')!.facts.length === 0) needs.add('requirements');
  const grounds = refusalGrounds(c);
  if (grounds.length === 0) {
    gaps.push('Refusal grounds');
    needs.add('refusal-grounds');
  }

  const budapest = instruments.find((i) => i.id === 'budapest');
  let preservation: RouteResult['preservation'] = null;
  if (m.electronic) {
    const points = pointsOfContact247(c);
    preservation = {
      pointsOfContact: points.map((p) => ({ name: p.name, href: countryUrl(c.code, 'central-authority') })),
      maxDays: c.preservation.maxDays?.days ?? null,
      facts: [...countryFacts(c, c.preservation.facts, 'preservation'), ...countryFacts(c, c.measures['expedited-preservation'] ?? [], 'measures')],
      budapest: budapest ? basisBetween(budapest, requesting.code, c.code, parties, today).answer : null,
    };
    if (points.length === 0) needs.add('24-7-point-of-contact');
    if (!preservationDocumented(c) && preservation.budapest !== 'yes') gaps.push('How to preserve data first');
  }

  const timelines = current(c.timelines);
  const delays = [...timelines.filter((t) => t.measure === measure), ...timelines.filter((t) => !t.measure)].map((t) => countryFacts(c, [t], 'timelines')[0]!);
  if (delays.length === 0) gaps.push('Typical delays');

  return {
    kind: 'route',
    requesting,
    requested: { code: c.code, name: c.name },
    measure: { id: m.id, title: m.title, electronic: m.electronic },
    legalBases: bases.confirmed,
    possibleBases: bases.possible,
    notLegalBases: bases.not,
    withoutTreaty,
    addressee: to,
    checklist: list,
    refusalGrounds: grounds,
    otherSafeguards: otherSafeguards(c),
    preservation,
    urgent: countryFacts(c, c.urgent, 'urgent'),
    delays,
    alternatives: alternatives({ requesting, requested: c, instruments, parties, date: today }, m.electronic),
    fallbacks: fallbacks(instruments, c.code, needs, parties, today),
    gaps,
  };
}
