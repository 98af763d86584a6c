/**
 * A draft as the user saves it to a file (and, only if they opt in, to this browser's
 * storage): versioned JSON, read back by a hand-written validator that names the field at
 * fault. No schema library: the island must stay small, and a file from anywhere is
 * untrusted input, so every value is checked for its type, its size and its key.
 */
import { MEASURE_IDS, type MeasureId } from '../vocabulary.ts';
import { allFields } from './sections.ts';

export const DRAFT_FORMAT = 'mlat-navigator-draft';
export const DRAFT_VERSION = 1;

/** The user's draft: the route it follows and what they wrote. */
export interface Draft {
  /** Requesting and requested States (ISO codes, lower case) and the measure. */
  from: string;
  to: string;
  measure: MeasureId;
  /** Answers by field id (see sections.ts): text for text fields, true/false for checkboxes. */
  answers: Record<string, string | boolean>;
  /** Instruments the user names as the legal basis (ids). */
  bases: string[];
  /** Checklist items the user has ticked as dealt with (ids). */
  checked: string[];
  /** Add the checklist to the exports, as an annex for the drafter's file. */
  annex: boolean;
}

export interface DraftFile {
  format: typeof DRAFT_FORMAT;
  version: typeof DRAFT_VERSION;
  savedAt: string;
  draft: Draft;
}

export function emptyDraft(from = '', to = '', measure: MeasureId = 'subscriber-information'): Draft {
  return { from, to, measure, answers: {}, bases: [], checked: [], annex: true };
}

/** Is anything written or chosen beyond the route itself? */
export function isEmptyDraft(d: Draft): boolean {
  return Object.values(d.answers).every((v) => v === '' || v === false) && d.bases.length === 0 && d.checked.length === 0;
}

/** The longest text a field may hold, and the largest file the assistant opens. */
export const MAX_TEXT = 50_000;
export const MAX_FILE_BYTES = 2_000_000;

export const TOO_LARGE = `This file cannot be opened as a draft. It is larger than ${MAX_FILE_BYTES / 1_000_000} MB: it is not a draft saved by this assistant.`;

export function serialiseDraft(draft: Draft, savedAt: string): string {
  const answers = Object.fromEntries(Object.entries(draft.answers).filter(([, v]) => v !== '' && v !== false));
  const file: DraftFile = { format: DRAFT_FORMAT, version: DRAFT_VERSION, savedAt, draft: { ...draft, answers } };
  return JSON.stringify(file, null, 2);
}

export type ParseResult = { ok: true; draft: Draft; savedAt: string } | { ok: false; message: string };

class Invalid extends Error {}

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : typeof v === 'string' ? `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"` : String(v));

function fail(path: string, expected: string, found: unknown): never {
  throw new Invalid(`${path}: expected ${expected}, found ${kindOf(found)}.`);
}

function object(v: unknown, path: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail(path, 'an object', v);
  return v as Record<string, unknown>;
}

function only(o: Record<string, unknown>, keys: readonly string[], path: string): void {
  for (const k of Object.keys(o)) if (!keys.includes(k)) throw new Invalid(`${path}.${k}: not part of a draft file (expected only ${keys.join(', ')}).`);
}

function ids(v: unknown, path: string): string[] {
  if (!Array.isArray(v)) fail(path, 'a list of ids', v);
  if (v.length > 500) throw new Invalid(`${path}: at most 500 ids, found ${v.length}.`);
  return v.map((x, i) => (typeof x === 'string' && /^[a-z0-9][a-z0-9-]{0,99}$/.test(x) ? x : fail(`${path}[${i}]`, 'an id in lower case (letters, digits, hyphens)', x)));
}

/** Reads a saved draft; a file that is not one says which field is wrong and what was expected. */
export function parseDraftFile(text: string): ParseResult {
  try {
    if (text.length > MAX_FILE_BYTES) return { ok: false, message: TOO_LARGE };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new Invalid('The file is not JSON: open a draft saved with “Save as file”.');
    }
    const file = object(data, 'file');
    if (file['format'] !== DRAFT_FORMAT) fail('format', `"${DRAFT_FORMAT}"`, file['format']);
    if (file['version'] !== DRAFT_VERSION) fail('version', `${DRAFT_VERSION} (a newer version of the portal may have written it)`, file['version']);
    only(file, ['format', 'version', 'savedAt', 'draft'], 'file');
    const savedAt = typeof file['savedAt'] === 'string' && !Number.isNaN(Date.parse(file['savedAt'])) ? file['savedAt'] : fail('savedAt', 'a date and time', file['savedAt']);
    const d = object(file['draft'], 'draft');
    only(d, ['from', 'to', 'measure', 'answers', 'bases', 'checked', 'annex'], 'draft');
    const code = (k: 'from' | 'to') => {
      const v = d[k];
      return typeof v === 'string' && /^[a-z]{2}$/.test(v) ? v : fail(`draft.${k}`, 'a two-letter State code in lower case, such as "ie"', v);
    };
    const measure = (MEASURE_IDS as readonly unknown[]).includes(d['measure']) ? (d['measure'] as MeasureId) : fail('draft.measure', `one of ${MEASURE_IDS.join(', ')}`, d['measure']);
    const fields = allFields();
    const answers: Record<string, string | boolean> = {};
    for (const [key, value] of Object.entries(object(d['answers'], 'draft.answers'))) {
      const field = fields.get(key);
      if (!field) throw new Invalid(`draft.answers.${key}: not a field of the letter of request.`);
      if (field.kind === 'checkbox') answers[key] = typeof value === 'boolean' ? value : fail(`draft.answers.${key}`, 'true or false', value);
      else if (typeof value !== 'string') fail(`draft.answers.${key}`, 'text', value);
      else if (value.length > MAX_TEXT) throw new Invalid(`draft.answers.${key}: at most ${MAX_TEXT} characters, found ${value.length}.`);
      else answers[key] = value;
    }
    const annex = typeof d['annex'] === 'boolean' ? d['annex'] : fail('draft.annex', 'true or false', d['annex']);
    return { ok: true, savedAt, draft: { from: code('from'), to: code('to'), measure, answers, bases: ids(d['bases'], 'draft.bases'), checked: ids(d['checked'], 'draft.checked'), annex } };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, message: `This file cannot be opened as a draft. ${error.message}` };
    throw error;
  }
}

/** File name for a download: letter-of-request-de-ie-subscriber-information.docx */
export const exportName = (d: Pick<Draft, 'from' | 'to' | 'measure'>, ext: string, prefix = 'letter-of-request') => `${prefix}-${d.from}-${d.to}-${d.measure}.${ext}`;
