/**
 * The liaison's first five questions about a State, and whether its entry answers each:
 * whom to send to and how; in what language; by what channel, with the 24/7 point for
 * preservation; dual criminality and refusal grounds; preservation and urgent requests.
 *
 * Each answer is `documented`, `partial` (part of it is), `searched` (not documented, and
 * the entry records where it was searched for) or `gap`. Computed once per entry (in its
 * API record) and shown by /coverage/, the home page and `npm run stale`.
 */
import type { Answer } from '../parties.ts';
import type { Country } from '../schema/country.ts';
import type { ResearchTopicId } from '../vocabulary.ts';
import type { CountrySectionId } from '../contract/sections.ts';
import { current, hasCurrentContact, pointsOfContact247, preservationDocumented } from './derive.ts';

export const ANSWER_STATES = ['documented', 'partial', 'searched', 'gap'] as const;
export type AnswerState = (typeof ANSWER_STATES)[number];

export const ANSWER_STATE_LABELS: Record<AnswerState, string> = {
  documented: 'answered',
  partial: 'partly answered',
  searched: 'searched, not found',
  gap: 'not yet researched',
};

/** Channels that are an official way in for a request (as opposed to police or network channels). */
const INTAKE_CHANNELS = new Set(['central-authority', 'diplomatic', 'direct-judicial', 'online-service', 'email', 'post']);

export interface QuestionContext {
  /** Whether the Budapest Convention binds the State (src/lib/parties.ts); null when the portal has no entry for it. */
  budapest: Answer | null;
}

interface Question {
  id: 'send-to' | 'languages' | 'channels' | 'safeguards' | 'preservation';
  label: string;
  section: CountrySectionId;
  /** Research topics whose search notes count for this question. */
  topics: readonly ResearchTopicId[];
  /** The parts of the answer: all documented → documented; some → partial. */
  parts: (c: Country, q: QuestionContext) => boolean[];
}

export const FIRST_QUESTIONS: readonly Question[] = [
  {
    id: 'send-to',
    label: 'Whom to send to, and how to reach them',
    section: 'central-authority',
    topics: ['central-authority', 'contacts'],
    // A current contact, or an official intake route a source describes.
    parts: (c) => [hasCurrentContact(c) || (c.centralAuthority !== null && current(c.channels).some((ch) => INTAKE_CHANNELS.has(ch.type)))],
  },
  {
    id: 'languages',
    label: 'Accepted languages',
    section: 'languages',
    topics: ['languages'],
    parts: (c) => [c.languages.accepted.length > 0],
  },
  {
    id: 'channels',
    label: 'Channels, with the 24/7 point where the Budapest Convention binds',
    section: 'channels',
    topics: ['channels', '24-7-point-of-contact'],
    parts: (c, q) => [current(c.channels).length > 0, ...(q.budapest === 'yes' ? [pointsOfContact247(c).length > 0] : [])],
  },
  {
    id: 'safeguards',
    label: 'Dual criminality and refusal grounds',
    section: 'safeguards',
    topics: ['dual-criminality', 'refusal-grounds'],
    parts: (c) => [current(c.safeguards.dualCriminality).length > 0, current(c.safeguards.refusalGrounds).length > 0],
  },
  {
    id: 'preservation',
    label: 'Preservation and urgent requests',
    section: 'preservation',
    topics: ['preservation', 'urgent', '24-7-point-of-contact'],
    parts: (c) => [preservationDocumented(c), current(c.urgent).length > 0],
  },
];

export type QuestionId = Question['id'];
export type FirstAnswers = Record<QuestionId, AnswerState>;

export function firstAnswers(c: Country, q: QuestionContext): FirstAnswers {
  const out = {} as FirstAnswers;
  for (const question of FIRST_QUESTIONS) {
    const parts = question.parts(c, q);
    const done = parts.filter(Boolean).length;
    if (done === parts.length) out[question.id] = 'documented';
    else if (done > 0) out[question.id] = 'partial';
    else out[question.id] = c.searched.some((n) => n.topics.some((t) => question.topics.includes(t))) ? 'searched' : 'gap';
  }
  return out;
}

/** Per question, how many entries are in each state. */
export function answerCounts(all: readonly FirstAnswers[]): Record<QuestionId, Record<AnswerState, number>> {
  const out = {} as Record<QuestionId, Record<AnswerState, number>>;
  for (const question of FIRST_QUESTIONS) {
    out[question.id] = Object.fromEntries(ANSWER_STATES.map((s) => [s, all.filter((a) => a[question.id] === s).length])) as Record<AnswerState, number>;
  }
  return out;
}
