/**
 * A country's procedure as ordered steps, derived from its entry: what happens from
 * preparing a request to getting the evidence back, with the documented facts for each
 * step and typical durations where a source gives them. Pure; the country page draws it
 * as a diagram and the route planner shows it for the requested State.
 */
import type { Fact } from '../schema/common.ts';
import type { Country } from '../schema/country.ts';
import { current } from './derive.ts';

export const PROCEDURE_STEPS = [
  { id: 'prepare', title: 'Prepare the request', section: 'requirements' },
  { id: 'transmit', title: 'Transmit it', section: 'channels' },
  { id: 'central-authority-review', title: 'Central authority review', section: 'central-authority' },
  { id: 'domestic-authorisation', title: 'Domestic authorisation', section: 'authorisation' },
  { id: 'execution', title: 'Execution', section: 'measures' },
  { id: 'return', title: 'Return of the evidence', section: 'speciality' },
] as const;

export type ProcedureStepId = (typeof PROCEDURE_STEPS)[number]['id'];

export interface ProcedureStep {
  id: ProcedureStepId;
  title: string;
  /** Section of the country page that holds the sourced facts. */
  section: string;
  /** Up to three facts that say what happens at this step. */
  facts: Fact[];
  /** How many more facts the section holds. */
  more: number;
  /** Durations a source gives for this step. */
  durations: Fact[];
}

function factsFor(c: Country, id: ProcedureStepId): Fact[] {
  switch (id) {
    case 'prepare':
      return [...current(c.requirements), ...current(c.languages.notes)];
    case 'transmit':
      return current(c.channels);
    case 'central-authority-review':
      return current(c.centralAuthority?.facts ?? []);
    case 'domestic-authorisation':
      return current(c.safeguards.authorisation);
    case 'execution':
      return Object.values(c.measures).flatMap((list) => current(list ?? []));
    case 'return':
      return current(c.safeguards.speciality);
  }
}

export function procedureSteps(c: Country): ProcedureStep[] {
  const timelines = current(c.timelines);
  return PROCEDURE_STEPS.map((step) => {
    const all = factsFor(c, step.id);
    const durations = timelines.filter((t) => t.step === step.id || (step.id === 'execution' && !t.step && t.measure !== undefined));
    return { id: step.id, title: step.title, section: step.section, facts: all.slice(0, 3), more: Math.max(0, all.length - 3), durations };
  });
}

/** Timelines that describe the procedure as a whole rather than one step. */
export function overallDurations(c: Country): Fact[] {
  return current(c.timelines).filter((t) => !t.step && t.measure === undefined);
}
