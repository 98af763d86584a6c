/** Shapes the route planner returns: every statement ready to show, with its sources resolved. */
import type { MeasureId } from '../vocabulary.ts';
import type { Answer } from '../parties.ts';
import type { Contact } from '../schema/country.ts';
import type { FallbackRule, Instrument, Party } from '../schema/instrument.ts';

export interface SourceRef {
  title: string;
  url: string;
  date: string | null;
  kind?: string | undefined;
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
  answer: Answer;
  /** Unknown only because a near-universal convention is presumed for both: likely, not confirmed. */
  likely: boolean;
  requesting: { record: Party | null; reason: string; answer: Answer; since?: string | null | undefined };
  requested: { record: Party | null; reason: string; answer: Answer; since?: string | null | undefined };
  /** Why it is not (or may not be) a basis, in words. */
  reason: string;
  /** Newest date among the sources of the instrument's party list: how recent the list is. */
  listDate: string | null;
  href: string;
  /** Where the party list and its depositary sources are. */
  partiesHref: string;
}

export interface ChecklistItem {
  id: string;
  label: string;
  facts: RouteFact[];
  /** Section anchor of the requested State's page where the item lives. */
  href: string;
}

export interface Alternative {
  id: 'police-cooperation' | '24-7-network' | 'cloud-act' | 'e-evidence' | 'voluntary-disclosure';
  title: string;
  available: 'yes' | 'no' | 'possible' | 'not documented';
  basis: string;
  facts: RouteFact[];
  /** Safeguards the route keeps or loses, from the instrument entries. */
  keeps: RouteFact[];
  loses: RouteFact[];
}

/** A rule of an instrument that binds (or may bind) the requested State and helps with a gap of its entry. */
export interface FallbackHelp {
  need: FallbackRule['need'];
  instrument: { id: string; title: string; answer: Answer };
  facts: RouteFact[];
}

export interface Addressee {
  authority: { name: string; unit?: string | undefined; href: string } | null;
  contacts: { type: Contact['type']; value: string; label?: string | undefined; asOf: string | null; sources: SourceRef[] }[];
  otherAuthorities: { name: string; scope?: string | undefined; roles: string[] }[];
  channels: (RouteFact & { type: string })[];
  languages: { accepted: string[]; sources: SourceRef[]; notes: RouteFact[] };
}

export interface RouteResult {
  kind: 'route';
  requesting: State;
  requested: State;
  measure: { id: MeasureId; title: string; electronic: boolean };
  /** Confirmed: both bound per the cited sources, in force for both on the date. */
  legalBases: LegalBasis[];
  /** Possible: neither State is known not to be bound, but at least one is unknown or only presumed. */
  possibleBases: LegalBasis[];
  /** Instruments that name both States but are no basis between them, with the reason. */
  notLegalBases: LegalBasis[];
  /** When nothing is confirmed: what the requested State's law says about assistance without one. */
  withoutTreaty: RouteFact[];
  addressee: Addressee;
  checklist: ChecklistItem[];
  refusalGrounds: (RouteFact & { ground: string })[];
  otherSafeguards: ChecklistItem[];
  preservation: null | {
    pointsOfContact: { name: string; href: string }[];
    maxDays: number | null;
    facts: RouteFact[];
    budapest: Answer | null;
  };
  urgent: RouteFact[];
  delays: RouteFact[];
  alternatives: Alternative[];
  /** Instrument rules that help where the requested State's entry is silent. */
  fallbacks: FallbackHelp[];
  /** Labels of everything the sources leave undocumented for this route. */
  gaps: string[];
}

/** The planner does not compute a route: the same State twice, a code that is not a State or jurisdiction. */
export interface RouteRefusal {
  kind: 'domestic' | 'unknown-code' | 'not-a-jurisdiction' | 'no-entry' | 'unknown-measure';
  message: string;
}
