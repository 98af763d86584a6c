/**
 * The letter of request as a document model, built from the route (planRoute), the section
 * table, the checklist and the user's answers; the warnings of what is still missing; and
 * the plain-text serialiser. The print view, the .docx writer and the text export all render
 * this one model, so the three outputs say the same thing. Pure: the island and the tests
 * call the same functions.
 */
import { countryUrl, moduleUrl } from '../contract/urls.ts';
import { languageName } from '../dates.ts';
import { planRoute, type RouteInput, type RouteResult, type SourceRef } from '../route/plan.ts';
import { draftChecklist, type DraftCheck } from './checklist.ts';
import type { Draft } from './file.ts';
import { LETTER_MODULE, MODEL_FORMS, basisDomId, checkDomId, draftSections, fieldDomId, modelFormName, type DraftField, type DraftSection, type SectionId } from './sections.ts';

/** What a chosen route gives the draft: computed once per selection, re-read on every keystroke. */
export interface DraftPlan {
  route: RouteResult;
  sections: DraftSection[];
  checklist: DraftCheck[];
  /** The addressee filled in from the entry until the user changes it. */
  addressee: string;
  /** Full titles of the instruments offered as bases, by id. */
  titles: Record<string, string>;
  /** The training module's sources the sections cite, by id (empty when the module is not built). */
  references: Record<string, SourceRef>;
}

export interface PlanInput extends RouteInput {
  references?: Record<string, SourceRef>;
}

export function planDraft(input: PlanInput): DraftPlan {
  const route = planRoute(input);
  const a = route.addressee;
  const postal = a.contacts.find((k) => k.type === 'postal')?.value;
  // A postal address that already names the authority stands alone, one line per part.
  const named = a.authority && postal?.toLowerCase().includes(a.authority.name.toLowerCase());
  const offered = new Set([...route.legalBases, ...route.possibleBases].map((b) => b.id));
  return {
    route,
    sections: draftSections(input.measure),
    checklist: draftChecklist(route, input.requested),
    addressee: a.authority ? (named ? postal!.split(/,\s*/).join('\n') : [a.authority.name, a.authority.unit, postal].filter(Boolean).join('\n')) : '',
    titles: Object.fromEntries(input.instruments.filter((i) => offered.has(i.id)).map((i) => [i.id, i.title])),
    references: input.references ?? {},
  };
}

/** The value of a field as the letter uses it: the user's answer, or what the entry fills in. */
export function answerOf(plan: DraftPlan, draft: Draft, field: string): string | boolean {
  const v = draft.answers[field];
  if (v !== undefined) return v;
  return field === 'addressee' ? plan.addressee : '';
}

const filled = (v: string | boolean) => (typeof v === 'string' ? v.trim() !== '' : v);

/** Is the field shown (and, if required, expected)? A field under a checkbox only when it is ticked. */
export const fieldShown = (plan: DraftPlan, draft: Draft, f: DraftField) => !f.when || answerOf(plan, draft, f.when) === true;

export interface DraftWarning {
  id: string;
  /** missing: an answer the letter needs; verify: a possible basis chosen; gap: the sources are silent; unchecked: a checklist item not ticked; language: no accepted language. */
  kind: 'missing' | 'verify' | 'gap' | 'unchecked' | 'language';
  message: string;
  /** Id of the form control that fixes it. */
  target: string;
  /** Where in the portal the underlying fact (or gap) lives. */
  href?: string;
}

const norm = (s: string) => s.trim().toLowerCase();

/** Does a language the user typed ("English", "en", "german") name one of the accepted codes? */
function accepted(typed: string, codes: readonly string[]): boolean {
  const t = norm(typed);
  return codes.some((c) => norm(c) === t || norm(languageName(c)) === t || t.split(/[\s,;/]+/).includes(norm(languageName(c))));
}

/** Everything still missing or unverified, in the order of the letter. Warnings never block an export. */
export function draftWarnings(plan: DraftPlan, draft: Draft): DraftWarning[] {
  const out: DraftWarning[] = [];
  const r = plan.route;
  const ticked = new Set(draft.checked);
  const checks = (section: SectionId | 'general') =>
    plan.checklist
      .filter((c) => c.section === section && !ticked.has(c.id))
      .filter((c) => c.id !== 'urgent' || answerOf(plan, draft, 'urgent') === true)
      .map(
        (c): DraftWarning => ({
          id: `check-${c.id}`,
          kind: c.kind === 'gap' ? 'gap' : 'unchecked',
          message: c.kind === 'gap' ? `${c.label}: not documented in the portal. Ask the central authority, then tick the item.` : `${c.label}: not yet ticked.`,
          target: checkDomId(c.id),
          href: c.href,
        }),
      );
  out.push(...checks('general'));
  for (const s of plan.sections) {
    for (const f of s.fields) {
      if (f.required && fieldShown(plan, draft, f) && !filled(answerOf(plan, draft, f.id))) out.push({ id: `field-${f.id}`, kind: 'missing', message: `${s.title}: ${lower(f.label)} is empty.`, target: fieldDomId(f.id) });
    }
    if (s.id === 'legal-basis') {
      const offered = [...r.legalBases, ...r.possibleBases];
      const chosen = offered.filter((b) => draft.bases.includes(b.id));
      if (chosen.length === 0 && !filled(answerOf(plan, draft, 'otherBasis'))) {
        out.push({ id: 'legal-basis', kind: 'missing', message: 'Legal basis: no instrument or other basis is named.', target: offered[0] ? basisDomId(offered[0].id) : fieldDomId('otherBasis') });
      }
      for (const b of r.possibleBases.filter((x) => draft.bases.includes(x.id))) {
        out.push({ id: `verify-${b.id}`, kind: 'verify', message: `${b.title} is only possibly a basis between ${r.requesting.name} and ${r.requested.name} (${b.reason}): check the depositary before relying on it.`, target: basisDomId(b.id), href: b.partiesHref });
      }
    }
    if (s.id === 'language') {
      const codes = r.addressee.languages.accepted;
      const written = answerOf(plan, draft, 'requestLanguage');
      const translated = answerOf(plan, draft, 'translation') === true;
      const into = answerOf(plan, draft, 'translationLanguage');
      if (codes.length && typeof written === 'string' && filled(written) && !accepted(written, codes) && !(translated && typeof into === 'string' && accepted(into, codes))) {
        out.push({
          id: 'language',
          kind: 'language',
          message: `${r.requested.name} accepts ${codes.map((l) => languageName(l)).join(', ')}; the request is in ${written.trim()} and no translation into one of those languages is attached.`,
          target: fieldDomId(translated ? 'translationLanguage' : 'translation'),
          href: countryUrl(r.requested.code, 'languages'),
        });
      }
    }
    out.push(...checks(s.id));
  }
  return out;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export interface DocBlock {
  label?: string;
  text: string;
  /** placeholder: still to be written; check: to verify before sending. */
  mark?: 'placeholder' | 'check';
  /** Smaller print under the block: sources, links. */
  note?: string;
}

export interface DocSection {
  id: string;
  title: string;
  blocks: DocBlock[];
}

export interface DraftDocument {
  title: string;
  subtitle: string;
  sections: DocSection[];
  /** The drafter's checklist, when the draft asks for it: not part of the request. */
  annex: { title: string; intro: string; sections: DocSection[] } | null;
}

export const LETTER_TITLE = 'Request for mutual legal assistance in criminal matters';
export const TO_COMPLETE = '[to be completed]';

function sourceNote(sources: readonly SourceRef[]): string {
  return sources.map((s) => `${s.title} (${s.date ?? 'undated'}) ${s.url}`).join('; ');
}

function letterSection(plan: DraftPlan, draft: Draft, s: DraftSection): DocBlock[] {
  const value = (id: string) => answerOf(plan, draft, id);
  if (s.id === 'legal-basis') {
    const blocks: DocBlock[] = [];
    for (const b of plan.route.legalBases.filter((x) => draft.bases.includes(x.id))) blocks.push({ text: plan.titles[b.id] ?? b.title });
    for (const b of plan.route.possibleBases.filter((x) => draft.bases.includes(x.id))) {
      blocks.push({ text: `${plan.titles[b.id] ?? b.title} [check: possible basis only, verify with the depositary before sending]`, mark: 'check' });
    }
    if (blocks.length) blocks.unshift({ text: 'This request is made under:' });
    const other = value('otherBasis');
    if (typeof other === 'string' && filled(other)) blocks.push({ text: other.trim() });
    return blocks.length ? blocks : [{ label: 'Legal basis', text: TO_COMPLETE, mark: 'placeholder' }];
  }
  if (s.id === 'attachments') {
    const list = String(value('attachments'))
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    return list.length ? list.map((text, i) => ({ text: `${i + 1}. ${text}` })) : [{ text: s.empty ?? 'None.' }];
  }
  if (s.id === 'assistance') {
    const head: DocBlock = { label: 'Measure', text: plan.route.measure.title };
    return [head, ...fieldBlocks(plan, draft, s)];
  }
  if (s.id === 'addressee') {
    const v = String(value('addressee')).trim();
    return [v ? { text: v } : { label: 'Addressee', text: TO_COMPLETE, mark: 'placeholder' }];
  }
  const blocks = fieldBlocks(plan, draft, s);
  return blocks.length ? blocks : [{ text: s.empty ?? TO_COMPLETE, ...(s.empty ? {} : { mark: 'placeholder' as const }) }];
}

function fieldBlocks(plan: DraftPlan, draft: Draft, s: DraftSection): DocBlock[] {
  const blocks: DocBlock[] = [];
  for (const f of s.fields) {
    if (!fieldShown(plan, draft, f)) continue;
    const v = answerOf(plan, draft, f.id);
    if (f.kind === 'checkbox') {
      if (v === true) blocks.push({ text: `${f.label}.` });
    } else if (typeof v === 'string' && filled(v)) blocks.push({ label: f.label, text: v.trim() });
    else if (f.required) blocks.push({ label: f.label, text: TO_COMPLETE, mark: 'placeholder' });
  }
  return blocks;
}

/** The document: the letter, then (if asked) the checklist with its cited facts and the warnings. */
export function buildDocument(plan: DraftPlan, draft: Draft, options: { site: string }): DraftDocument {
  const r = plan.route;
  const sections = plan.sections.map((s, i) => ({ id: s.id, title: `${i + 1}. ${s.title}`, blocks: letterSection(plan, draft, s) }));
  const doc: DraftDocument = { title: LETTER_TITLE, subtitle: `From ${r.requesting.name} to ${r.requested.name}: ${r.measure.title.toLowerCase()}`, sections, annex: null };
  if (!draft.annex) return doc;
  const abs = (href: string) => `${options.site}${href}`;
  const ticked = new Set(draft.checked);
  const items: DocSection[] = plan.checklist.map((c) => ({
    id: `check-${c.id}`,
    title: `${ticked.has(c.id) ? '[x]' : '[ ]'} ${c.label}`,
    blocks: c.facts.length
      ? c.facts.map((f) => ({ text: `${f.text}${f.asOf ? ` (as of ${f.asOf})` : ''}`, note: [f.sources.length ? `Source: ${sourceNote(f.sources)}` : '', `In the portal: ${abs(f.href)}`].filter(Boolean).join('. ') }))
      : [{ text: 'Not documented in the portal: ask the central authority.', mark: 'placeholder' as const, note: `In the portal: ${abs(c.href)}` }],
  }));
  const warnings = draftWarnings(plan, draft);
  const forms = plan.sections.map((s, i) => ({ text: `${i + 1}. ${s.title}: follows the structure of ${s.follows.map(modelFormName).join('; ')}.` }));
  const refs = plan.sections.flatMap((s) =>
    (s.references ?? [])
      .filter((x) => plan.references[x.source])
      .map((x) => ({ text: `${s.title}: ${x.text}`, note: `Source: ${sourceNote([plan.references[x.source]!])}. Training module: ${abs(moduleUrl(LETTER_MODULE, s.moduleAnchor))}` })),
  );
  doc.annex = {
    title: `Checklist for the drafter: ${r.requested.name} (not part of the request; remove it before sending)`,
    intro: `Computed by MLAT Navigator from the entry for ${r.requested.name} and the instruments in the portal (${abs(countryUrl(r.requested.code))}). Check each statement against its source before relying on it.`,
    sections: [
      ...items,
      { id: 'warnings', title: warnings.length ? `Still missing (${warnings.length})` : 'Still missing: nothing', blocks: warnings.map((w) => ({ text: w.message, ...(w.href ? { note: `In the portal: ${abs(w.href)}` } : {}) })) },
      { id: 'model-forms', title: 'Model forms the sections follow', blocks: [...forms, ...refs] },
    ],
  };
  return doc;
}

/** Plain text, for pasting into a letterhead or an email: headings in capitals, one blank line between blocks. */
export function plainText(doc: DraftDocument): string {
  const lines: string[] = [doc.title.toUpperCase(), doc.subtitle, ''];
  const section = (s: DocSection) => {
    lines.push(s.title.toUpperCase(), '');
    for (const b of s.blocks) {
      lines.push(b.label ? `${b.label}: ${b.text.includes('\n') ? `\n${b.text}` : b.text}` : b.text);
      if (b.note) lines.push(`    ${b.note}`);
      lines.push('');
    }
  };
  doc.sections.forEach(section);
  if (doc.annex) {
    lines.push('-'.repeat(72), '', doc.annex.title.toUpperCase(), '', doc.annex.intro, '');
    doc.annex.sections.forEach(section);
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Names of the model forms, for the page's list of what the sections follow. */
export const MODEL_FORM_NAMES = (Object.keys(MODEL_FORMS) as (keyof typeof MODEL_FORMS)[]).map((id) => ({ id, name: modelFormName(id) }));
