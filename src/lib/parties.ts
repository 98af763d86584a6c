/**
 * Party status: the one place that says whether a State is bound by an instrument, and
 * whether an instrument links two States. Every page, the route planner, the matrix, the
 * maps, compare, the CSV and the API ask here, so they cannot disagree.
 *
 * Three answers, never two: `yes` (the cited sources show the State bound, in force for it
 * on the date), `no` (a source says it is not: a listed non-party, a signature with no
 * ratification shown, not in force yet, excepted from a membership rule, or absent from a
 * list marked complete) and `unknown` (absent from a partial list, signed with ratification
 * unknown, status in doubt, or only presumed for a near-universal convention). Unknown is
 * never shown as "no".
 */
import type { Group, Member } from './schema/group.ts';
import type { Instrument, MembershipRule, NonParty, Party, Signatory, UnconfirmedParty } from './schema/instrument.ts';

export type Answer = 'yes' | 'no' | 'unknown';

/** How one State stands towards one instrument, as the sources put it. */
export type PartyStatus =
  /** Listed as a Party (ratified, accepted, approved or acceded). */
  | 'party'
  /** A member of a group the instrument binds (e.g. an EU Member State under an EU regulation). */
  | 'member'
  /** A member of that group that the instrument expressly does not bind (e.g. Denmark). */
  | 'excluded'
  /** Was a member of the group, and left it (e.g. the United Kingdom and the EU). */
  | 'former-member'
  /** Signed; the source shows no ratification as of its date. */
  | 'signatory'
  /** Signed; whether it ratified is not documented. */
  | 'signed'
  /** A source lists the State as a non-party. */
  | 'non-party'
  /** The sources leave the State's standing in doubt. */
  | 'unconfirmed'
  /** Absent from a list its sources give as complete. */
  | 'not-party'
  /** Near-universal convention, a UN Member State no source lists as a non-party: likely, not confirmed. */
  | 'presumed-party'
  /** Absent from a partial list. */
  | 'unknown';

export const PARTY_STATUSES: readonly PartyStatus[] = ['party', 'member', 'excluded', 'former-member', 'signatory', 'signed', 'non-party', 'unconfirmed', 'not-party', 'presumed-party', 'unknown'];

export interface Standing {
  status: PartyStatus;
  /** The party or signatory record, when the instrument lists the State. */
  record?: Party | Signatory | undefined;
  nonPartyRecord?: NonParty | undefined;
  unconfirmedRecord?: UnconfirmedParty | undefined;
  /** For member, excluded, former-member: the rule and the membership behind it. */
  rule?: MembershipRule | undefined;
  group?: Group | undefined;
  groupId?: string | undefined;
  member?: Member | undefined;
}

/** The groups (content/groups/) by id, for membership rules and the UN presumption. */
export interface PartyContext {
  groups: ReadonlyMap<string, Group>;
}

/** The group whose members may be presumed parties to near-universal UN conventions. */
export const UN_GROUP = 'un';

type StatusInstrument = Pick<Instrument, 'parties' | 'signatories' | 'nonParties' | 'unconfirmed' | 'partyList' | 'binds'>;

const isMemberOn = (m: Member, date: string) => (!m.joined || m.joined <= date) && (!m.left || m.left > date);

/** Where a State stands towards an instrument on `date`: explicit records first, then membership rules, then what the list's completeness implies. */
export function standing(instrument: StatusInstrument, code: string, ctx: PartyContext, date: string): Standing {
  const record = instrument.parties.find((p) => p.code === code);
  if (record) return { status: 'party', record };
  const signature = instrument.signatories.find((p) => p.code === code);
  if (signature) return { status: signature.ratification === 'unknown' ? 'signed' : 'signatory', record: signature };
  const non = instrument.nonParties.find((p) => p.code === code);
  if (non) return { status: 'non-party', nonPartyRecord: non };
  const doubt = (instrument.unconfirmed ?? []).find((p) => p.code === code);
  if (doubt) return { status: 'unconfirmed', unconfirmedRecord: doubt };
  for (const rule of instrument.binds ?? []) {
    const group = ctx.groups.get(rule.group);
    const member = group?.members.find((m) => m.code === code);
    if (!group || !member) continue;
    const base = { rule, group, groupId: rule.group, member };
    if (rule.except.includes(code)) return { status: 'excluded', ...base };
    if (member.left && member.left <= date) return { status: 'former-member', ...base };
    return { status: 'member', ...base };
  }
  if (instrument.partyList === 'near-universal') {
    const un = ctx.groups.get(UN_GROUP)?.members.find((m) => m.code === code);
    return un && isMemberOn(un, date) ? { status: 'presumed-party' } : { status: 'unknown' };
  }
  if (instrument.partyList === 'complete') return { status: 'not-party' };
  return { status: 'unknown' };
}

export interface Verdict {
  answer: Answer;
  /** Why, in words for the page: "signed 23 Nov 2001, not ratified as of 2023", "excepted: …". */
  reason: string;
  /** Presumed for a near-universal convention: likely, not confirmed. */
  likely?: boolean;
  /** Date from which it binds the State, where a source gives it. */
  since?: string | null | undefined;
}

/** Why a verdict is what it is, as an id and its parameters: pages in other languages translate `reason.<id>` (src/lib/i18n/reasons.ts). */
export type ReasonId =
  | 'party' | 'party-from' | 'member' | 'member-from' | 'excluded' | 'excluded-rule' | 'former-member'
  | 'signatory' | 'signatory-dated' | 'signed' | 'signed-dated' | 'non-party' | 'non-party-dated'
  | 'unconfirmed' | 'not-party' | 'presumed-party' | 'unknown'
  | 'in-force' | 'in-force-from' | 'applies-from' | 'status-unknown' | 'not-in-force' | 'non-binding' | 'in-negotiation';

export interface Reason {
  id: ReasonId;
  params: Record<string, string>;
}

/** The English words of a reason (what `Verdict.reason` holds). */
export function reasonText(r: Reason): string {
  const p = r.params;
  switch (r.id) {
    case 'party': return 'Party';
    case 'party-from': return `in force for it only from ${p.date}`;
    case 'member': return `bound as a member of the ${p.group}`;
    case 'member-from': return `binds it only from ${p.date}`;
    case 'excluded': return `not bound: the instrument does not bind this member of the ${p.group}`;
    case 'excluded-rule': return `not bound: ${p.text}`;
    case 'former-member': return `no longer bound: left the ${p.group} on ${p.date}`;
    case 'signatory': return 'signed, not ratified according to the source';
    case 'signatory-dated': return `signed ${p.date}, not ratified according to the source`;
    case 'signed': return 'signed; ratification not documented';
    case 'signed-dated': return `signed ${p.date}; ratification not documented`;
    case 'non-party': return 'listed as a non-party';
    case 'non-party-dated': return `listed as a non-party (as of ${p.date})`;
    case 'unconfirmed': return 'status unconfirmed: check with the depositary';
    case 'not-party': return 'not on the list of Parties, which its sources give as complete';
    case 'presumed-party': return 'likely a Party (near-universal convention; not confirmed by a source)';
    case 'unknown': return 'not on the partial list of Parties: check the depositary';
    case 'in-force': return 'in force';
    case 'in-force-from': return `in force only from ${p.date}`;
    case 'applies-from': return `applies only from ${p.date}`;
    case 'status-unknown': return 'no source says whether it is in force';
    case 'not-in-force': return 'not in force';
    case 'non-binding': return 'a non-binding scheme, not a treaty';
    case 'in-negotiation': return 'still in negotiation';
  }
}

/** Reasons that only restate the status's own label ("Signatory, not ratified", "Not a party"), with at most the signature date. */
const STATUS_ONLY_REASONS: ReadonlySet<ReasonId> = new Set<ReasonId>(['party', 'signatory', 'signatory-dated', 'signed', 'signed-dated', 'non-party']);

/**
 * Does the reason say more than the status label and the signature date shown beside it
 * (`shownSigned`, null when none is shown)? A table that shows both need not print the rest.
 */
export function reasonAddsToStatus(r: Reason, shownSigned: string | null): boolean {
  if (!STATUS_ONLY_REASONS.has(r.id)) return true;
  return r.params['date'] !== undefined && r.params['date'] !== shownSigned;
}

const why = (id: ReasonId, params: Record<string, string> = {}): Reason => ({ id, params });

/** A verdict with its reason as an id and parameters rather than English words. */
export type VerdictWhy = Omit<Verdict, 'reason'> & { why: Reason };

const verdictOf = ({ why: w, answer, ...rest }: VerdictWhy): Verdict => ({ answer, reason: reasonText(w), ...rest });

/** The structured verdict of `bound` (the same answer, the reason as an id). */
export function boundWhy(s: Standing, date: string, appliesFrom?: string | null): VerdictWhy {
  switch (s.status) {
    case 'party': {
      const inForce = s.record?.inForce ?? null;
      if (inForce && inForce > date) return { answer: 'no', why: why('party-from', { date: inForce }), since: inForce };
      return { answer: 'yes', why: why('party'), since: inForce };
    }
    case 'member': {
      const starts = [s.rule?.from ?? appliesFrom ?? null, s.member?.joined ?? null].filter((d): d is string => Boolean(d)).sort();
      const since = starts.at(-1) ?? null;
      if (since && since > date) return { answer: 'no', why: why('member-from', { date: since }), since };
      return { answer: 'yes', why: why('member', { group: `${s.group?.shortName ?? s.group?.name ?? s.groupId}` }), since };
    }
    case 'excluded':
      return { answer: 'no', why: s.rule?.text != null ? why('excluded-rule', { text: s.rule.text }) : why('excluded', { group: `${s.group?.shortName ?? s.groupId}` }) };
    case 'former-member':
      return { answer: 'no', why: why('former-member', { group: `${s.group?.shortName ?? s.groupId}`, date: `${s.member?.left}` }) };
    case 'signatory':
      return { answer: 'no', why: s.record?.signed ? why('signatory-dated', { date: s.record.signed }) : why('signatory') };
    case 'signed':
      return { answer: 'unknown', why: s.record?.signed ? why('signed-dated', { date: s.record.signed }) : why('signed') };
    case 'non-party':
      return { answer: 'no', why: s.nonPartyRecord?.asOf ? why('non-party-dated', { date: s.nonPartyRecord.asOf }) : why('non-party') };
    case 'unconfirmed':
      return { answer: 'unknown', why: why('unconfirmed') };
    case 'not-party':
      return { answer: 'no', why: why('not-party') };
    case 'presumed-party':
      return { answer: 'unknown', why: why('presumed-party'), likely: true };
    case 'unknown':
      return { answer: 'unknown', why: why('unknown') };
  }
}

/** Is the State bound on `date`, given its standing? */
export function bound(s: Standing, date: string, appliesFrom?: string | null): Verdict {
  return verdictOf(boundWhy(s, date, appliesFrom));
}

/** The structured verdict of `applies`. */
export function appliesWhy(instrument: Pick<Instrument, 'status' | 'inForce' | 'appliesFrom'>, date: string): VerdictWhy {
  switch (instrument.status) {
    case 'in-force': {
      const from = [instrument.inForce ?? null, instrument.appliesFrom ?? null].filter((d): d is string => Boolean(d)).sort().at(-1) ?? null;
      if (from && from > date) return { answer: 'no', why: why(instrument.appliesFrom && instrument.appliesFrom === from ? 'applies-from' : 'in-force-from', { date: from }) };
      return { answer: 'yes', why: why('in-force') };
    }
    case 'unknown':
      return { answer: 'unknown', why: why('status-unknown') };
    case 'not-in-force':
      return { answer: 'no', why: why('not-in-force') };
    case 'non-binding':
      return { answer: 'no', why: why('non-binding') };
    case 'in-negotiation':
      return { answer: 'no', why: why('in-negotiation') };
  }
}

/** Can the instrument be a legal basis at all on `date`? */
export function applies(instrument: Pick<Instrument, 'status' | 'inForce' | 'appliesFrom'>, date: string): Verdict {
  return verdictOf(appliesWhy(instrument, date));
}

/** The reason behind `stateBound`'s verdict, as an id and parameters. */
export function stateBoundWhy(instrument: Instrument, code: string, ctx: PartyContext, date: string): Reason {
  const s = standing(instrument, code, ctx, date);
  const inst = appliesWhy(instrument, date);
  const state = boundWhy(s, date, instrument.appliesFrom);
  if (inst.answer === 'no') return inst.why;
  if (inst.answer === 'unknown' && state.answer !== 'no') return inst.why;
  return state.why;
}

/** Is the State bound by the instrument on `date`? (The instrument in force, and the State bound.) */
export function stateBound(instrument: Instrument, code: string, ctx: PartyContext, date: string): Verdict & { standing: Standing } {
  const s = standing(instrument, code, ctx, date);
  const inst = applies(instrument, date);
  const state = bound(s, date, instrument.appliesFrom);
  if (inst.answer === 'no') return { ...inst, standing: s };
  if (inst.answer === 'unknown' && state.answer !== 'no') return { ...inst, standing: s };
  return { ...state, standing: s };
}

export interface Basis {
  answer: Answer;
  /** The answer is unknown only because a near-universal convention is presumed: likely, not confirmed. */
  likely: boolean;
  instrument: Verdict;
  requesting: Verdict & { standing: Standing };
  requested: Verdict & { standing: Standing };
}

const combine = (answers: Answer[]): Answer => (answers.includes('no') ? 'no' : answers.includes('unknown') ? 'unknown' : 'yes');

/** Does the instrument link the two States on `date`? */
export function basisBetween(instrument: Instrument, requesting: string, requested: string, ctx: PartyContext, date: string): Basis {
  const inst = applies(instrument, date);
  const verdict = (code: string) => {
    const s = standing(instrument, code, ctx, date);
    return { ...bound(s, date, instrument.appliesFrom), standing: s };
  };
  const a = verdict(requesting);
  const b = verdict(requested);
  const answer = combine([inst.answer, a.answer, b.answer]);
  const unknowns = [a, b].filter((v) => v.answer === 'unknown');
  const likely = answer === 'unknown' && inst.answer === 'yes' && unknowns.length > 0 && unknowns.every((v) => v.likely);
  return { answer, likely, instrument: inst, requesting: a, requested: b };
}

/** Statuses that say something about the State (everything but the silence of a list). */
export const NAMED_STATUSES: ReadonlySet<PartyStatus> = new Set(['party', 'member', 'excluded', 'former-member', 'signatory', 'signed', 'non-party', 'unconfirmed', 'presumed-party']);

/** Statuses that have a row, with its citation, on the instrument page (its #party-<code> anchor). */
export const LISTED_STATUSES: ReadonlySet<PartyStatus> = new Set(['party', 'member', 'excluded', 'former-member', 'signatory', 'signed', 'non-party', 'unconfirmed']);

const KIND_ORDER: Instrument['kind'][] = ['multilateral', 'regional', 'eu-law', 'agreement', 'scheme', 'bilateral'];

/** Every instrument that says something about the State, with its standing and verdict, in a stable order. */
export function instrumentsOfState<T extends Instrument>(instruments: readonly T[], code: string, ctx: PartyContext, date: string): { instrument: T; standing: Standing; verdict: Verdict }[] {
  return instruments
    .map((instrument) => {
      const v = stateBound(instrument, code, ctx, date);
      return { instrument, standing: v.standing, verdict: v as Verdict };
    })
    .filter(({ standing: s }) => NAMED_STATUSES.has(s.status))
    .sort((x, y) => KIND_ORDER.indexOf(x.instrument.kind) - KIND_ORDER.indexOf(y.instrument.kind) || x.instrument.shortTitle.localeCompare(y.instrument.shortTitle));
}

/** Every State the instrument says something about, by code: its own lists and the members of the groups it binds. */
export function namedStates(instrument: Instrument, ctx: PartyContext): string[] {
  const codes = new Set<string>();
  for (const list of [instrument.parties, instrument.signatories, instrument.nonParties, instrument.unconfirmed ?? []]) for (const p of list) codes.add(p.code);
  for (const rule of instrument.binds ?? []) for (const m of ctx.groups.get(rule.group)?.members ?? []) codes.add(m.code);
  return [...codes].sort();
}

/** The newest date among the sources that the instrument's party records cite: how recent its list is. */
export function newestListDate(instrument: Pick<Instrument, 'parties' | 'signatories' | 'nonParties' | 'unconfirmed' | 'sources'>): string | null {
  const cited = new Set([...instrument.parties, ...instrument.signatories, ...instrument.nonParties, ...(instrument.unconfirmed ?? [])].flatMap((p) => p.cite));
  return (
    instrument.sources
      .filter((s) => cited.has(s.id) && s.date)
      .map((s) => s.date!)
      .sort()
      .at(-1) ?? null
  );
}
