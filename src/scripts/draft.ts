/**
 * The /draft/ island: the letter-of-request assistant. It reads from/to/measure from the URL
 * (or a draft the user chose to keep), loads the requested State's record and the
 * instruments from this site, runs planDraft (planRoute underneath, the same pure functions
 * the tests call) and renders the form, the checklist, the warnings and the letter. It only
 * renders and wires events: what the letter says is decided in src/lib/draft/.
 *
 * Privacy: after the two data files, nothing is requested while drafting; the .docx writer
 * is this site's own chunk, loaded on the first Word export. Nothing is stored unless the
 * user ticks "Keep this draft on this device".
 */
import { apiCountryUrl, countryUrl, draftUrl, moduleUrl, ROUTE_DATA_URL, routeUrl } from '../lib/contract/urls.ts';
import type { DraftCheck } from '../lib/draft/checklist.ts';
import { answerOf, buildDocument, draftWarnings, fieldShown, planDraft, plainText, type DocSection, type DraftDocument, type DraftPlan, type DraftWarning } from '../lib/draft/document.ts';
import { emptyDraft, exportName, isEmptyDraft, MAX_FILE_BYTES, parseDraftFile, serialiseDraft, TOO_LARGE, type Draft } from '../lib/draft/file.ts';
import { basisDomId, checkDomId, fieldDomId, LETTER_MODULE, modelFormName, sectionDomId, type DraftField, type DraftSection } from '../lib/draft/sections.ts';
import { languageName } from '../lib/dates.ts';
import { routeRequest } from '../lib/route/jurisdictions.ts';
import { basisReason } from '../lib/route/legal-bases.ts';
import { basisReasonIn } from '../lib/i18n/reasons.ts';
import type { PartyContext } from '../lib/parties.ts';
import type { LegalBasis, RouteResult, SourceRef } from '../lib/route/types.ts';
import type { Instrument } from '../lib/schema/instrument.ts';
import type { Country } from '../lib/schema/country.ts';
import type { MeasureId } from '../lib/vocabulary.ts';
import { factList, h, json, Notes, type RouteData } from './dom.ts';
import { date as localDate, intlLocale, L, label, locale, msg } from './messages.ts';
import { count } from './plurals.ts';

/** The one key the assistant may write, and only after the user opts in. */
export const STORAGE_KEY = 'mlat-navigator-draft';

interface PageData {
  references: Record<string, SourceRef>;
  module: { href: string; title: string } | null;
}

const WARNING_GROUPS: { title: string; kinds: DraftWarning['kind'][] }[] = [
  { title: 'draft.ui.group.missing', kinds: ['missing', 'language'] },
  { title: 'draft.ui.group.verify', kinds: ['verify'] },
  { title: 'draft.ui.group.gap', kinds: ['gap'] },
  { title: 'draft.ui.group.unchecked', kinds: ['unchecked'] },
];

const today = () => new Date().toISOString().slice(0, 10);

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: '' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A field's label in the page's language (the letter itself keeps the English one). */
const fieldLabel = (f: DraftField) => label('draftField', f.id);

const english = () => locale() === 'en';
/** "Email" → "email" inside a sentence; languages without case are unchanged. */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase(intlLocale()) + text.slice(1);
/** Statements quoted from entries and modules stay English: marked so on a page in another language. */
const entryText = (): Record<string, string> => (english() ? {} : { lang: 'en', dir: 'ltr' });
const languageIn = (code: string) => languageName(code, english() ? undefined : intlLocale());
/** A date the island shows: ISO in English (as before), in the page's language otherwise. */
const shownDate = (iso: string) => (english() ? iso : localDate(iso));

/**
 * The checklist item's label: English from src/lib/draft/checklist.ts, other languages from
 * the catalogue by the item's id (`vocab.draftCheck.<id>`, or the route's `vocab.routeCheck.<id>`).
 */
function checkLabel(c: DraftCheck, name: string, measure: MeasureId): string {
  if (english()) return c.label;
  const values = { name, measure: label('measure', measure).toLowerCase() };
  for (const key of [`vocab.draftCheck.${c.id}`, `vocab.routeCheck.${c.id}`]) {
    const text = msg(key, values);
    if (text !== key) return text;
  }
  return c.label;
}

/**
 * Each offered basis's reason in the page's language, by instrument id, from the same ids and
 * parameters as the route planner's (src/lib/route/legal-bases.ts basisReason); English keeps
 * the lib's words (`LegalBasis.reason`), so the map is empty. Names are the form's.
 */
function localReasons(r: RouteResult, instruments: readonly Instrument[], parties: PartyContext, date: string, nameOf: (code: string, english: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  if (english()) return out;
  const byId = new Map(instruments.map((i) => [i.id, i]));
  const side = (s: { code: string; name: string }) => ({ code: s.code, name: nameOf(s.code, s.name) });
  for (const b of [...r.legalBases, ...r.possibleBases]) {
    const i = byId.get(b.id);
    if (i) out.set(b.id, basisReasonIn(basisReason(i, side(r.requesting), side(r.requested), parties, date), msg, { side: 'draft.ui.reasonSide', bothBound: 'draft.ui.bothBound' }));
  }
  return out;
}

/** The legal-basis checklist items' facts in the page's language: "<title>: <why>" for each offered basis. */
function localBasisFacts(c: DraftCheck, r: RouteResult, reasons: ReadonlyMap<string, string>): DraftCheck {
  if (english()) return c;
  const words = (bases: readonly LegalBasis[], why: (b: LegalBasis) => string) =>
    c.facts.length === bases.length ? { ...c, facts: c.facts.map((f, i) => ({ ...f, text: `${bases[i]!.title}: ${why(bases[i]!)}` })) } : c;
  if (c.id === 'possible-bases') return words(r.possibleBases, (b) => reasons.get(b.id) ?? b.reason);
  if (c.id === 'legal-basis' && r.legalBases.length) return words(r.legalBases, () => msg('draft.ui.basisConfirmed'));
  return c;
}

function fieldControl(f: DraftField, value: string | boolean): HTMLElement {
  const id = fieldDomId(f.id);
  const hint = f.hint ? h('span', { class: 'hint', id: `${id}-hint` }, f.hint) : null;
  const common: Record<string, string> = { id, 'data-field': f.id, ...(f.hint ? { 'aria-describedby': `${id}-hint` } : {}), ...(f.autocomplete ? { autocomplete: f.autocomplete } : {}) };
  if (f.kind === 'checkbox') {
    const input = h('input', { ...common, type: 'checkbox' }) as HTMLInputElement;
    input.checked = value === true;
    return h('p', { class: 'field field-check' }, input, ' ', h('label', { for: id }, fieldLabel(f)), hint);
  }
  const label = h('label', { for: id }, fieldLabel(f), f.required ? h('span', { class: 'meta' }, ` ${msg('draft.ui.needed')}`) : null);
  const control = f.kind === 'textarea' ? (h('textarea', { ...common, rows: '4' }) as HTMLTextAreaElement) : (h('input', { ...common, type: f.kind }) as HTMLInputElement);
  control.value = typeof value === 'string' ? value : '';
  return h('p', { class: 'field' }, label, hint, control);
}

const KIND_BADGES: Record<DraftCheck['kind'], { text: string; cls: string }> = {
  requirement: { text: 'draft.ui.badge.requirement', cls: 'fresh' },
  check: { text: 'draft.ui.badge.check', cls: 'unverified' },
  gap: { text: 'draft.ui.badge.gap', cls: 'unverified' },
};

function checkItem(c: DraftCheck, ticked: boolean, notes: Notes, text: string): HTMLElement {
  const id = checkDomId(c.id);
  const input = h('input', { type: 'checkbox', id, 'data-check': c.id }) as HTMLInputElement;
  input.checked = ticked;
  return h(
    'li',
    { class: `draft-check draft-check-${c.kind}` },
    h('p', { class: 'field-check' }, input, ' ', h('label', { for: id }, h('span', { class: 'visually-hidden' }, `${msg('draft.ui.dealtWith')} `), text), ' ', h('span', { class: `badge ${KIND_BADGES[c.kind].cls}` }, msg(KIND_BADGES[c.kind].text))),
    c.facts.length ? factList(c.facts, notes) : h('p', { class: 'draft-gap' }, `${msg('draft.ui.noSource')} `, h('a', { href: L(c.href) }, msg('draft.ui.seeEntry')), msg('draft.ui.askAuthority')),
  );
}

/** The letter as HTML: what the print view shows, from the same model as the .docx and text files. */
function renderLetter(doc: DraftDocument): HTMLElement {
  const blocks = (s: DocSection, level: string) => [
    h(level, {}, s.title),
    s.blocks.map((b) =>
      h(
        'p',
        { class: b.mark ? `letter-${b.mark}` : 'letter-block' },
        b.label ? h('strong', {}, `${b.label}: `) : null,
        b.text.includes('\n') && b.label ? h('br') : null,
        b.text.split('\n').flatMap((line, i) => [i ? h('br') : null, line]),
        b.note ? h('span', { class: 'letter-note' }, b.note) : null,
      ),
    ),
  ];
  return h(
    'article',
    { id: 'draft-letter', class: 'draft-letter', 'aria-labelledby': 'draft-letter-title' },
    h('h3', { id: 'draft-letter-title', class: 'letter-title' }, doc.title),
    h('p', { class: 'letter-subtitle' }, doc.subtitle),
    doc.sections.map((s) => h('section', { class: 'letter-section' }, blocks(s, 'h4'))),
    doc.annex ? h('section', { class: 'letter-annex' }, h('h3', {}, doc.annex.title), h('p', {}, doc.annex.intro), doc.annex.sections.map((s) => h('section', { class: 'letter-section' }, blocks(s, 'h4')))) : null,
  );
}

export function attachDraftAssistant(): void {
  const form = document.getElementById('draft-form') as HTMLFormElement | null;
  const status = document.getElementById('draft-status');
  const app = document.getElementById('draft-app');
  if (!form || !status || !app) return;
  const page = JSON.parse(app.dataset['draft'] ?? '{}') as PageData;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const options = (s: HTMLSelectElement) => [...s.options].filter((o) => o.value).map((o) => ({ code: o.value, name: o.textContent ?? o.value }));
  const say = (text: string) => (status.textContent = text);
  // State names as the form's lists give them: in the page's language.
  const names = new Map([...options(select('from')), ...options(select('to'))].map((o) => [o.code, o.name]));
  const nameOf = (code: string, englishName: string) => (english() ? englishName : (names.get(code) ?? englishName));

  /** A warning in the page's language: English as src/lib/draft/document.ts words it, the others from the catalogue by its id. */
  const warningText = (p: DraftPlan, w: DraftWarning): string => {
    if (english()) return w.message;
    const r = p.route;
    const from = nameOf(r.requesting.code, r.requesting.name);
    const to = nameOf(r.requested.code, r.requested.name);
    if (w.id.startsWith('check-')) {
      const c = p.checklist.find((x) => `check-${x.id}` === w.id);
      if (c) return msg(w.kind === 'gap' ? 'draft.warn.gap' : 'draft.warn.unchecked', { label: checkLabel(c, to, r.measure.id) });
    } else if (w.id.startsWith('field-')) {
      const id = w.id.slice('field-'.length);
      const s = p.sections.find((x) => x.fields.some((f) => f.id === id));
      if (s) return msg('draft.warn.empty', { section: label('draftSection', s.id), field: lowerFirst(label('draftField', id)) });
    } else if (w.id === 'legal-basis') {
      return msg('draft.warn.noBasis');
    } else if (w.id.startsWith('verify-')) {
      const b = r.possibleBases.find((x) => `verify-${x.id}` === w.id);
      if (b) return msg('draft.warn.verify', { title: p.titles[b.id] ?? b.title, from, to, reason: reasons.get(b.id) ?? b.reason });
    } else if (w.id === 'language') {
      const written = answerOf(p, draft, 'requestLanguage');
      return msg('draft.warn.language', { name: to, languages: r.addressee.languages.accepted.map(languageIn).join(', '), written: typeof written === 'string' ? written.trim() : '' });
    }
    return w.message;
  };

  let plan: DraftPlan | null = null;
  /** The offered bases' reasons in the page's language (empty in English). */
  let reasons: ReadonlyMap<string, string> = new Map();
  let draft: Draft = emptyDraft();
  let keep = false;
  let routeData: Promise<RouteData> | null = null;
  let pending = 0;

  const persist = () => {
    if (keep) storage()?.setItem(STORAGE_KEY, serialiseDraft(draft, new Date().toISOString()));
  };

  // The parts that change as the user types: the fields under a checkbox, the warnings, the letter.
  const warningsBox = h('div', { id: 'draft-warnings', class: 'draft-warnings' });
  const preview = h('div', { id: 'draft-preview-body' });
  const refresh = () => {
    if (!plan) return;
    const p = plan;
    for (const el of app.querySelectorAll<HTMLElement>('[data-when]')) el.hidden = answerOf(p, draft, el.dataset['when']!) !== true;
    const warnings = draftWarnings(p, draft);
    // Each warning leads to the control that fixes it; the portal link sits beside that control.
    const link = (w: DraftWarning) => h('li', { class: `warning-${w.kind}` }, h('a', { href: `#${w.target}`, 'data-target': w.target }, warningText(p, w)));
    warningsBox.replaceChildren(
      h('h3', { id: 'draft-warnings-title', tabindex: '-1' }, warnings.length ? msg('draft.ui.stillMissing', { count: warnings.length }) : msg('draft.ui.nothingMissing')),
      warnings.length
        ? h(
            'div',
            {},
            WARNING_GROUPS.map((g) => {
              const list = warnings.filter((w) => g.kinds.includes(w.kind));
              return list.length ? [h('h4', {}, msg('draft.ui.groupCount', { group: msg(g.title), count: list.length })), h('ul', {}, list.map(link))] : null;
            }),
          )
        : h('p', {}, msg('draft.ui.allDone')),
    );
    preview.replaceChildren(renderLetter(buildDocument(p, draft, { site: location.origin })));
    persist();
  };
  const schedule = () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(refresh);
  };

  const keepBox = h('input', { type: 'checkbox', id: 'draft-keep', 'aria-describedby': 'draft-keep-hint' }) as HTMLInputElement;

  const renderForm = (p: DraftPlan): void => {
    const r = p.route;
    const requestedName = nameOf(r.requested.code, r.requested.name);
    const requestingName = nameOf(r.requesting.code, r.requesting.name);
    const notes = new Notes('draft-src-');
    const ticked = new Set(draft.checked);
    const checksFor = (section: string) => {
      const items = p.checklist.filter((c) => c.section === section);
      const title = section === 'general' ? null : h('p', { class: 'draft-checks-title' }, h('strong', {}, msg('draft.ui.fromEntry', { name: requestedName })));
      return items.length ? h('div', { class: 'draft-checks' }, title, h('ul', {}, items.map((c) => checkItem(localBasisFacts(c, r, reasons), ticked.has(c.id), notes, checkLabel(c, requestedName, r.measure.id))))) : null;
    };
    const moduleLink = (s: DraftSection) => (page.module && s.moduleAnchor ? h('a', { href: L(moduleUrl(LETTER_MODULE, s.moduleAnchor)) }, msg('draft.ui.moduleStep')) : null);
    const references = (s: DraftSection) => {
      const list = (s.references ?? []).filter((x) => page.references[x.source]);
      return list.length
        ? h('div', { class: 'draft-references' }, h('p', {}, msg('draft.ui.fromModule')), h('ul', { class: 'facts' }, list.map((x) => h('li', {}, h('span', entryText(), x.text), notes.mark([page.references[x.source]!])))))
        : null;
    };
    const bases = () => {
      const row = (b: (typeof r.legalBases)[number], possible: boolean) => {
        const id = basisDomId(b.id);
        const input = h('input', { type: 'checkbox', id, 'data-basis': b.id }) as HTMLInputElement;
        input.checked = draft.bases.includes(b.id);
        return h(
          'li',
          {},
          h('p', { class: 'field-check' }, input, ' ', h('label', { for: id }, p.titles[b.id] ?? b.title), ' ', possible ? h('span', { class: 'badge unverified' }, label('answer', 'unknown')) : h('span', { class: 'badge fresh' }, msg('draft.ui.bothBound'))),
          h('p', { class: 'meta' }, possible ? `${reasons.get(b.id) ?? b.reason}. ` : b.requested.since ? `${msg('draft.ui.inForceSince', { name: requestedName, date: shownDate(b.requested.since) })} ` : '', h('a', { href: L(possible ? b.partiesHref : b.href) }, possible ? msg('draft.ui.partyList') : msg('draft.ui.instrument'))),
        );
      };
      return h(
        'fieldset',
        { class: 'draft-bases' },
        h('legend', {}, msg('draft.ui.basesLegend')),
        r.legalBases.length ? h('ul', {}, r.legalBases.map((b) => row(b, false))) : h('p', { class: 'notice' }, msg('draft.ui.noConfirmed')),
        r.possibleBases.length ? [h('p', { class: 'meta' }, msg('draft.ui.possibleBases')), h('ul', {}, r.possibleBases.map((b) => row(b, true)))] : null,
      );
    };
    // Numbered in reading order: the general checklist comes first on the page.
    const general = checksFor('general');
    const fieldsets = p.sections.map((s, i) =>
      h(
        'fieldset',
        { id: sectionDomId(s.id), class: 'draft-section' },
        h('legend', {}, `${i + 1}. ${label('draftSection', s.id)}`),
        h('p', { class: 'meta draft-follows' }, msg('draft.ui.follows', { forms: s.follows.map(modelFormName).join('; ') })),
        h('p', { class: 'draft-guidance' }, label('draftGuidance', s.id), ' ', moduleLink(s)),
        references(s),
        s.id === 'legal-basis' ? bases() : null,
        s.id === 'language' && r.addressee.languages.accepted.length
          ? h('p', {}, `${msg('draft.ui.accepts', { name: requestedName })} `, h('strong', {}, r.addressee.languages.accepted.map((l) => languageIn(l)).join(', ')), notes.mark(r.addressee.languages.sources))
          : null,
        s.fields.map((f) => {
          const el = fieldControl(f, answerOf(p, draft, f.id));
          if (f.when) el.dataset['when'] = f.when;
          el.hidden = !fieldShown(p, draft, f);
          return el;
        }),
        checksFor(s.id),
      ),
    );
    const annex = h('input', { type: 'checkbox', id: 'draft-annex' }) as HTMLInputElement;
    annex.checked = draft.annex;
    keepBox.checked = keep;
    const button = (id: string, text: string) => h('button', { type: 'button', id }, text);
    app.replaceChildren(
      h(
        'div',
        { class: 'no-print' },
        h('h2', { id: 'draft-heading', tabindex: '-1' }, msg('draft.ui.heading', { measure: label('measure', r.measure.id).toLowerCase(), from: requestingName, to: requestedName })),
        h(
          'p',
          { class: 'meta' },
          `${msg('draft.ui.filledOn', { date: locale() === 'en' ? today() : localDate(today()) })} `,
          h('a', { href: L(routeUrl({ from: r.requesting.code, to: r.requested.code, measure: r.measure.id })) }, msg('draft.ui.theRoute')),
          ' · ',
          h('a', { href: L(countryUrl(r.requested.code)) }, msg('draft.ui.entryFor', { name: requestedName })),
          page.module ? [' · ', h('a', { href: L(page.module.href) }, page.module.title)] : null,
          '.',
        ),
        h(
          'section',
          { class: 'draft-storage', 'aria-labelledby': 'draft-storage-title' },
          h('h3', { id: 'draft-storage-title' }, msg('draft.ui.storageTitle')),
          h('p', { class: 'field-check' }, keepBox, ' ', h('label', { for: 'draft-keep' }, msg('draft.ui.keep')), h('span', { class: 'hint', id: 'draft-keep-hint' }, ` ${msg('draft.ui.keepHint')}`)),
          h('p', { class: 'draft-buttons' }, button('draft-clear', msg('draft.ui.clear')), ' ', button('draft-save', msg('draft.ui.save'))),
          h('p', { class: 'field draft-open' }, h('label', { for: 'draft-open' }, msg('draft.ui.open')), h('input', { type: 'file', id: 'draft-open', accept: '.json,application/json' })),
          h('p', { id: 'draft-file-error', role: 'alert', class: 'draft-error' }),
        ),
        h(
          'form',
          { id: 'draft-letter-form', class: 'draft-letter-form', novalidate: '', 'aria-labelledby': 'draft-heading' },
          general ? h('fieldset', { id: sectionDomId('general'), class: 'draft-section' }, h('legend', {}, msg('draft.ui.beforeStart')), general) : null,
          fieldsets,
        ),
        notes.list.length ? h('section', { class: 'draft-sources', 'aria-labelledby': 'draft-sources-title' }, h('h3', { id: 'draft-sources-title' }, msg('draft.ui.sources')), notes.sourceList()) : null,
        h(
          'section',
          { id: 'draft-export', class: 'draft-export', 'aria-labelledby': 'draft-export-title' },
          h('h2', { id: 'draft-export-title' }, msg('draft.ui.exportTitle')),
          warningsBox,
          h('p', { class: 'field-check' }, annex, ' ', h('label', { for: 'draft-annex' }, msg('draft.ui.annex'))),
          h('p', { class: 'draft-buttons' }, button('draft-print', msg('draft.ui.print')), ' ', button('draft-docx', msg('draft.ui.docx')), ' ', button('draft-text', msg('draft.ui.text'))),
        ),
      ),
      h('section', { class: 'draft-preview', 'aria-labelledby': 'draft-preview-title' }, h('h2', { id: 'draft-preview-title', class: 'no-print' }, msg('draft.ui.preview')), preview),
    );
    refresh();
  };

  let country: Country | null = null;
  async function start(from: string, to: string, measure: string, replace?: Draft): Promise<boolean> {
    const request = routeRequest({ from, to, measure }, options(select('from')), options(select('to')));
    if (!request.ok) {
      say(request.refusal.message);
      return false;
    }
    for (const [name, value] of [['from', request.from.code], ['to', request.to.code], ['measure', request.measure]] as const) select(name).value = value;
    history.replaceState(null, '', draftUrl({ from: request.from.code, to: request.to.code, measure: request.measure }));
    say(msg('draft.ui.loading'));
    try {
      routeData ??= json<RouteData>(ROUTE_DATA_URL).catch((e: unknown) => {
        routeData = null;
        throw e;
      });
      const [entry, data] = await Promise.all([country?.code === request.to.code ? country : json<Country>(apiCountryUrl(request.to.code)), routeData]);
      country = entry;
      const parties: PartyContext = { groups: new Map(Object.entries(data.groups)) };
      const date = today();
      plan = planDraft({ requesting: request.from, requested: entry, instruments: data.instruments, parties, measure: request.measure as MeasureId, today: date, references: page.references });
      reasons = localReasons(plan.route, data.instruments, parties, date, nameOf);
      // What was written carries over to another route; the ticks and the bases belong to the old one.
      const same = draft.from === request.from.code && draft.to === request.to.code && draft.measure === request.measure;
      draft = { ...(replace ?? (same ? draft : { ...draft, bases: [], checked: [] })), from: request.from.code, to: request.to.code, measure: request.measure as MeasureId };
      renderForm(plan);
      const gaps = plan.checklist.filter((c) => c.kind === 'gap').length;
      say(count('draft.ui.ready', { sections: plan.sections.length, items: plan.checklist.length, name: nameOf(request.to.code, entry.name), gaps, bases: plan.route.legalBases.length }));
      return true;
    } catch (error) {
      say(msg('draft.ui.failed', { error: String(error) }));
      return false;
    }
  }

  const focus = (id: string) => {
    const el = document.getElementById(id);
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  };

  // Typing: answers, bases and ticks go into the draft; the letter and the warnings follow.
  app.addEventListener('input', (e) => {
    const t = e.target as HTMLInputElement | HTMLTextAreaElement;
    if (t.dataset['field']) {
      draft.answers[t.dataset['field']] = t instanceof HTMLInputElement && t.type === 'checkbox' ? t.checked : t.value;
      schedule();
    }
  });
  app.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.dataset['field'] && t.type === 'checkbox') {
      draft.answers[t.dataset['field']] = t.checked;
    } else if (t.dataset['basis']) {
      draft.bases = t.checked ? [...new Set([...draft.bases, t.dataset['basis']])] : draft.bases.filter((b) => b !== t.dataset['basis']);
    } else if (t.dataset['check']) {
      draft.checked = t.checked ? [...new Set([...draft.checked, t.dataset['check']])] : draft.checked.filter((c) => c !== t.dataset['check']);
    } else if (t.id === 'draft-annex') {
      draft.annex = t.checked;
    } else if (t.id === 'draft-keep') {
      keep = t.checked;
      if (keep) {
        persist();
        say(msg('draft.ui.kept'));
      } else {
        storage()?.removeItem(STORAGE_KEY);
        say(msg('draft.ui.notKept'));
      }
      return;
    } else if (t.id === 'draft-open') {
      void openFile(t);
      return;
    } else return;
    schedule();
  });

  async function openFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    const error = document.getElementById('draft-file-error');
    if (!file) return;
    const result = file.size > MAX_FILE_BYTES ? ({ ok: false, message: TOO_LARGE } as const) : parseDraftFile(await file.text());
    if (!result.ok) {
      if (error) error.textContent = result.message;
      return;
    }
    if (error) error.textContent = '';
    if (await start(result.draft.from, result.draft.to, result.draft.measure, result.draft)) {
      say(msg('draft.ui.opened', { date: shownDate(result.savedAt.slice(0, 10)), file: file.name }));
      focus('draft-heading');
    }
  }

  app.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    const link = target.closest<HTMLAnchorElement>('a[data-target]');
    if (link) {
      e.preventDefault();
      focus(link.dataset['target']!);
      return;
    }
    if (!(target instanceof HTMLButtonElement) || !plan) return;
    const p = plan;
    const doc = () => buildDocument(p, draft, { site: location.origin });
    const missingCount = draftWarnings(p, draft).length;
    const missing = missingCount ? ` ${count('draft.ui.missingCount', { count: missingCount })}` : '';
    if (target.id === 'draft-print') {
      window.print();
    } else if (target.id === 'draft-text') {
      download(new Blob([plainText(doc())], { type: 'text/plain;charset=utf-8' }), exportName(draft, 'txt'));
      say(`${msg('draft.ui.textDone')}${missing}`);
    } else if (target.id === 'draft-docx') {
      say(msg('draft.ui.docxPreparing'));
      target.disabled = true;
      import('./draft-docx.ts')
        .then(async ({ toDocx }) => {
          download(await toDocx(doc()), exportName(draft, 'docx'));
          say(`${msg('draft.ui.docxDone')}${missing}`);
        })
        .catch((error: unknown) => say(msg('draft.ui.docxFailed', { error: String(error) })))
        .finally(() => (target.disabled = false));
    } else if (target.id === 'draft-save') {
      download(new Blob([serialiseDraft(draft, new Date().toISOString())], { type: 'application/json' }), exportName(draft, 'json', 'draft'));
      say(msg('draft.ui.saved'));
    } else if (target.id === 'draft-clear') {
      if (!isEmptyDraft(draft) && !window.confirm(msg('draft.ui.confirmClear'))) return;
      storage()?.removeItem(STORAGE_KEY);
      keep = false;
      draft = emptyDraft(draft.from, draft.to, draft.measure);
      renderForm(p);
      say(msg('draft.ui.cleared'));
      focus(fieldDomId(p.sections[0]!.fields[0]!.id));
    }
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    void start(String(data.get('from') ?? ''), String(data.get('to') ?? ''), String(data.get('measure') ?? '')).then((ok) => ok && focus('draft-heading'));
  });

  // A kept draft wins over the URL: it is what the user asked to find again.
  const saved = storage()?.getItem(STORAGE_KEY);
  if (saved) {
    const result = parseDraftFile(saved);
    if (result.ok) {
      keep = true;
      void start(result.draft.from, result.draft.to, result.draft.measure, result.draft).then((ok) => ok && say(msg('draft.ui.restored', { date: shownDate(result.savedAt.slice(0, 10)) })));
      return;
    }
    storage()?.removeItem(STORAGE_KEY);
    say(`${msg('draft.ui.unreadable')} ${result.message}`);
  }
  const params = new URLSearchParams(location.search);
  const [from, to, measure] = ['from', 'to', 'measure'].map((k) => params.get(k) ?? '');
  if (from || to) void start(from!, to!, measure || 'subscriber-information');
  else if (!saved) say(msg('draft.ui.choose'));
}
