/**
 * Faster or alternative routes, each with the safeguards it keeps or loses: a table of
 * alternatives, walked by one function. Availability between two States comes from the
 * same three answers as the legal bases (src/lib/parties.ts).
 */
import { basisBetween, type Answer, type PartyContext } from '../parties.ts';
import { current } from '../country/derive.ts';
import type { Country } from '../schema/country.ts';
import type { Instrument } from '../schema/instrument.ts';
import { ANSWER_LABELS } from '../vocabulary.ts';
import { countryFacts, instrumentFacts } from './resolve.ts';
import type { Alternative, State } from './types.ts';

interface Context {
  requesting: State;
  requested: Country;
  instruments: readonly Instrument[];
  parties: PartyContext;
  date: string;
}

interface InstrumentAlternative {
  id: Alternative['id'];
  title: string;
  /** Which instrument(s) carry it. */
  pick: (instruments: readonly Instrument[]) => Instrument[];
  /** Only for electronic evidence. */
  electronic: boolean;
  yes: (i: Instrument) => string;
  possible: (i: Instrument) => string;
  no: string;
  missing: string;
  /** What of the instrument to show when it is available. */
  facts: (i: Instrument) => Instrument['coverage'];
}

const AVAILABLE: Record<Answer, Alternative['available']> = { yes: 'yes', unknown: 'possible', no: 'no' };

const INSTRUMENT_ALTERNATIVES: readonly InstrumentAlternative[] = [
  {
    id: '24-7-network',
    title: '24/7 network (Budapest Convention)',
    pick: (all) => all.filter((i) => i.id === 'budapest'),
    electronic: true,
    yes: () => 'Both States are bound by the Budapest Convention: a preservation request can go through the 24/7 points of contact, followed by a formal request for disclosure.',
    possible: () => `The Budapest Convention may bind both States (${ANSWER_LABELS.unknown.toLowerCase()}): if it does, the 24/7 network is open for preservation.`,
    no: 'The Budapest Convention does not bind both States, according to its sources.',
    missing: 'The portal has no entry for the Budapest Convention.',
    facts: (i) => i.channels,
  },
  {
    id: 'cloud-act',
    title: 'US CLOUD Act agreement',
    pick: (all) => all.filter((i) => i.id.startsWith('cloud-act-')),
    electronic: true,
    yes: (i) => `Both States are bound by the ${i.shortTitle}: orders may go directly to providers in the other State, within the agreement's limits.`,
    possible: (i) => `The ${i.shortTitle} may apply between these States: check its status before relying on it.`,
    no: 'No CLOUD Act agreement in the portal binds both States.',
    missing: 'No CLOUD Act agreement in the portal binds both States.',
    facts: (i) => [...i.coverage, ...i.channels],
  },
  {
    id: 'e-evidence',
    title: 'EU e-Evidence orders (European Production and Preservation Orders)',
    pick: (all) => all.filter((i) => i.id === 'eu-e-evidence-regulation'),
    electronic: true,
    yes: () => 'Both States are bound by the e-Evidence Regulation: production and preservation orders can go directly to service providers.',
    possible: () => `The e-Evidence Regulation may bind both States (${ANSWER_LABELS.unknown.toLowerCase()}).`,
    no: 'The e-Evidence Regulation does not bind both States (it binds EU Member States, with the exceptions its entry names).',
    missing: 'The portal has no entry for the e-Evidence Regulation.',
    facts: (i) => [...i.coverage, ...i.channels],
  },
];

const RANK: Record<Answer, number> = { yes: 0, unknown: 1, no: 2 };

export function alternatives(ctx: Context, electronic: boolean): Alternative[] {
  const c = ctx.requested;
  const police = current(c.channels).filter((ch) => ch.type === 'police-cooperation');
  const out: Alternative[] = [
    {
      id: 'police-cooperation',
      title: 'Police-to-police cooperation',
      available: police.length ? 'yes' : 'not documented',
      basis: police.length ? `${c.name}'s entry describes when police cooperation is used instead of a formal request.` : `${c.name}'s entry says nothing about police cooperation.`,
      facts: countryFacts(c, police, 'channels'),
      keeps: [],
      loses: [],
    },
  ];
  for (const alt of INSTRUMENT_ALTERNATIVES) {
    if (alt.electronic && !electronic) continue;
    const candidates = alt.pick(ctx.instruments).map((i) => ({ i, b: basisBetween(i, ctx.requesting.code, c.code, ctx.parties, ctx.date) }));
    const best = candidates.sort((x, y) => RANK[x.b.answer] - RANK[y.b.answer])[0];
    if (!best) {
      out.push({ id: alt.id, title: alt.title, available: 'not documented', basis: alt.missing, facts: [], keeps: [], loses: [] });
      continue;
    }
    const shown = best.b.answer !== 'no';
    out.push({
      id: alt.id,
      title: alt.title,
      available: AVAILABLE[best.b.answer],
      basis: best.b.answer === 'yes' ? alt.yes(best.i) : best.b.answer === 'unknown' ? alt.possible(best.i) : alt.no,
      facts: shown ? instrumentFacts(best.i, alt.facts(best.i), 'channels') : [],
      keeps: shown ? instrumentFacts(best.i, best.i.safeguards.contains, 'safeguards') : [],
      loses: shown ? instrumentFacts(best.i, best.i.safeguards.lacks, 'safeguards') : [],
    });
  }
  if (electronic) {
    out.push({
      id: 'voluntary-disclosure',
      title: 'Voluntary disclosure by a service provider',
      available: 'not documented',
      basis: 'Whether a provider may lawfully disclose data on request depends on the law where it holds the data; no entry in the portal documents it yet.',
      facts: [],
      keeps: [],
      loses: [],
    });
  }
  return out;
}
