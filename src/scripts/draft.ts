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
import type { PartyContext } from '../lib/parties.ts';
import type { SourceRef } from '../lib/route/types.ts';
import type { Country } from '../lib/schema/country.ts';
import { ANSWER_LABELS, type MeasureId } from '../lib/vocabulary.ts';
import { factList, h, json, Notes, type RouteData } from './dom.ts';

/** The one key the assistant may write, and only after the user opts in. */
export const STORAGE_KEY = 'mlat-navigator-draft';

interface PageData {
  references: Record<string, SourceRef>;
  module: { href: string; title: string } | null;
}

const WARNING_GROUPS: { title: string; kinds: DraftWarning['kind'][] }[] = [
  { title: 'Answers the letter needs', kinds: ['missing', 'language'] },
  { title: 'To verify before relying on it', kinds: ['verify'] },
  { title: 'Not documented in the portal: ask the central authority', kinds: ['gap'] },
  { title: 'Checklist items not yet ticked', kinds: ['unchecked'] },
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

function fieldControl(f: DraftField, value: string | boolean): HTMLElement {
  const id = fieldDomId(f.id);
  const hint = f.hint ? h('span', { class: 'hint', id: `${id}-hint` }, f.hint) : null;
  const common: Record<string, string> = { id, 'data-field': f.id, ...(f.hint ? { 'aria-describedby': `${id}-hint` } : {}), ...(f.autocomplete ? { autocomplete: f.autocomplete } : {}) };
  if (f.kind === 'checkbox') {
    const input = h('input', { ...common, type: 'checkbox' }) as HTMLInputElement;
    input.checked = value === true;
    return h('p', { class: 'field field-check' }, input, ' ', h('label', { for: id }, f.label), hint);
  }
  const label = h('label', { for: id }, f.label, f.required ? h('span', { class: 'meta' }, ' (needed for the letter)') : null);
  const control = f.kind === 'textarea' ? (h('textarea', { ...common, rows: '4' }) as HTMLTextAreaElement) : (h('input', { ...common, type: f.kind }) as HTMLInputElement);
  control.value = typeof value === 'string' ? value : '';
  return h('p', { class: 'field' }, label, hint, control);
}

const KIND_BADGES: Record<DraftCheck['kind'], { text: string; cls: string }> = {
  requirement: { text: 'from the entry', cls: 'fresh' },
  check: { text: 'check', cls: 'unverified' },
  gap: { text: 'not documented: ask', cls: 'unverified' },
};

function checkItem(c: DraftCheck, ticked: boolean, notes: Notes): HTMLElement {
  const id = checkDomId(c.id);
  const input = h('input', { type: 'checkbox', id, 'data-check': c.id }) as HTMLInputElement;
  input.checked = ticked;
  return h(
    'li',
    { class: `draft-check draft-check-${c.kind}` },
    h('p', { class: 'field-check' }, input, ' ', h('label', { for: id }, h('span', { class: 'visually-hidden' }, 'Dealt with: '), c.label), ' ', h('span', { class: `badge ${KIND_BADGES[c.kind].cls}` }, KIND_BADGES[c.kind].text)),
    c.facts.length ? factList(c.facts, notes) : h('p', { class: 'draft-gap' }, 'No source in the portal covers it. ', h('a', { href: c.href }, 'See the entry'), ': ask the central authority before you send the request.'),
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

  let plan: DraftPlan | null = null;
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
    const link = (w: DraftWarning) => h('li', { class: `warning-${w.kind}` }, h('a', { href: `#${w.target}`, 'data-target': w.target }, w.message));
    warningsBox.replaceChildren(
      h('h3', { id: 'draft-warnings-title', tabindex: '-1' }, warnings.length ? `Still missing before you send it (${warnings.length})` : 'Nothing missing'),
      warnings.length
        ? h(
            'div',
            {},
            WARNING_GROUPS.map((g) => {
              const list = warnings.filter((w) => g.kinds.includes(w.kind));
              return list.length ? [h('h4', {}, `${g.title} (${list.length})`), h('ul', {}, list.map(link))] : null;
            }),
          )
        : h('p', {}, 'Every field the letter needs is filled in and every checklist item is ticked. Read the letter once more before you send it.'),
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
    const notes = new Notes('draft-src-');
    const ticked = new Set(draft.checked);
    const checksFor = (section: string) => {
      const items = p.checklist.filter((c) => c.section === section);
      const title = section === 'general' ? null : h('p', { class: 'draft-checks-title' }, h('strong', {}, `From the entry for ${r.requested.name} and the instruments:`));
      return items.length ? h('div', { class: 'draft-checks' }, title, h('ul', {}, items.map((c) => checkItem(c, ticked.has(c.id), notes)))) : null;
    };
    const moduleLink = (s: DraftSection) => (page.module && s.moduleAnchor ? h('a', { href: moduleUrl(LETTER_MODULE, s.moduleAnchor) }, 'Training module: this step') : null);
    const references = (s: DraftSection) => {
      const list = (s.references ?? []).filter((x) => page.references[x.source]);
      return list.length
        ? h('div', { class: 'draft-references' }, h('p', {}, 'From the training module:'), h('ul', { class: 'facts' }, list.map((x) => h('li', {}, x.text, notes.mark([page.references[x.source]!])))))
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
          h('p', { class: 'field-check' }, input, ' ', h('label', { for: id }, p.titles[b.id] ?? b.title), ' ', possible ? h('span', { class: 'badge unverified' }, ANSWER_LABELS.unknown) : h('span', { class: 'badge fresh' }, 'both bound')),
          h('p', { class: 'meta' }, possible ? `${b.reason}. ` : b.requested.since ? `In force for ${r.requested.name} since ${b.requested.since}. ` : '', h('a', { href: possible ? b.partiesHref : b.href }, possible ? 'Party list and depositary' : 'Instrument')),
        );
      };
      return h(
        'fieldset',
        { class: 'draft-bases' },
        h('legend', {}, 'Instruments to name'),
        r.legalBases.length ? h('ul', {}, r.legalBases.map((b) => row(b, false))) : h('p', { class: 'notice' }, 'No instrument in the portal is confirmed to bind both States.'),
        r.possibleBases.length ? [h('p', { class: 'meta' }, 'Possible bases: neither State is known not to be bound, but the sources do not confirm both.'), h('ul', {}, r.possibleBases.map((b) => row(b, true)))] : null,
      );
    };
    // Numbered in reading order: the general checklist comes first on the page.
    const general = checksFor('general');
    const fieldsets = p.sections.map((s, i) =>
      h(
        'fieldset',
        { id: sectionDomId(s.id), class: 'draft-section' },
        h('legend', {}, `${i + 1}. ${s.title}`),
        h('p', { class: 'meta draft-follows' }, `Follows the structure of ${s.follows.map(modelFormName).join('; ')}.`),
        h('p', { class: 'draft-guidance' }, s.guidance, ' ', moduleLink(s)),
        references(s),
        s.id === 'legal-basis' ? bases() : null,
        s.id === 'language' && r.addressee.languages.accepted.length
          ? h('p', {}, `${r.requested.name} accepts: `, h('strong', {}, r.addressee.languages.accepted.map((l) => languageName(l)).join(', ')), notes.mark(r.addressee.languages.sources))
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
        h('h2', { id: 'draft-heading', tabindex: '-1' }, `Letter of request: ${r.measure.title.toLowerCase()} from ${r.requesting.name} to ${r.requested.name}`),
        h(
          'p',
          { class: 'meta' },
          'Filled in from the portal on ',
          today(),
          '. ',
          h('a', { href: routeUrl({ from: r.requesting.code, to: r.requested.code, measure: r.measure.id }) }, 'The route'),
          ' · ',
          h('a', { href: countryUrl(r.requested.code) }, `Entry for ${r.requested.name}`),
          page.module ? [' · ', h('a', { href: page.module.href }, page.module.title)] : null,
          '.',
        ),
        h(
          'section',
          { class: 'draft-storage', 'aria-labelledby': 'draft-storage-title' },
          h('h3', { id: 'draft-storage-title' }, 'Your draft on this device'),
          h('p', { class: 'field-check' }, keepBox, ' ', h('label', { for: 'draft-keep' }, 'Keep this draft on this device'), h('span', { class: 'hint', id: 'draft-keep-hint' }, ' (in this browser’s storage, until you clear it; otherwise it is gone when you close or reload the page)')),
          h('p', { class: 'draft-buttons' }, button('draft-clear', 'Clear draft'), ' ', button('draft-save', 'Save as file')),
          h('p', { class: 'field draft-open' }, h('label', { for: 'draft-open' }, 'Open a saved draft (.json)'), h('input', { type: 'file', id: 'draft-open', accept: '.json,application/json' })),
          h('p', { id: 'draft-file-error', role: 'alert', class: 'draft-error' }),
        ),
        h(
          'form',
          { id: 'draft-letter-form', class: 'draft-letter-form', novalidate: '', 'aria-labelledby': 'draft-heading' },
          general ? h('fieldset', { id: sectionDomId('general'), class: 'draft-section' }, h('legend', {}, 'Before you start'), general) : null,
          fieldsets,
        ),
        notes.list.length ? h('section', { class: 'draft-sources', 'aria-labelledby': 'draft-sources-title' }, h('h3', { id: 'draft-sources-title' }, 'Sources of the checklist'), notes.sourceList()) : null,
        h(
          'section',
          { id: 'draft-export', class: 'draft-export', 'aria-labelledby': 'draft-export-title' },
          h('h2', { id: 'draft-export-title' }, 'Check and export'),
          warningsBox,
          h('p', { class: 'field-check' }, annex, ' ', h('label', { for: 'draft-annex' }, 'Add the checklist, with its sources, as an annex for your file (it is not part of the request: remove it before sending)')),
          h('p', { class: 'draft-buttons' }, button('draft-print', 'Print the letter'), ' ', button('draft-docx', 'Download Word (.docx)'), ' ', button('draft-text', 'Download text (.txt)')),
        ),
      ),
      h('section', { class: 'draft-preview', 'aria-labelledby': 'draft-preview-title' }, h('h2', { id: 'draft-preview-title', class: 'no-print' }, 'Preview of the letter'), preview),
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
    say('Loading the entry and the instruments…');
    try {
      routeData ??= json<RouteData>(ROUTE_DATA_URL).catch((e: unknown) => {
        routeData = null;
        throw e;
      });
      const [entry, data] = await Promise.all([country?.code === request.to.code ? country : json<Country>(apiCountryUrl(request.to.code)), routeData]);
      country = entry;
      const parties: PartyContext = { groups: new Map(Object.entries(data.groups)) };
      plan = planDraft({ requesting: request.from, requested: entry, instruments: data.instruments, parties, measure: request.measure as MeasureId, today: today(), references: page.references });
      // What was written carries over to another route; the ticks and the bases belong to the old one.
      const same = draft.from === request.from.code && draft.to === request.to.code && draft.measure === request.measure;
      draft = { ...(replace ?? (same ? draft : { ...draft, bases: [], checked: [] })), from: request.from.code, to: request.to.code, measure: request.measure as MeasureId };
      renderForm(plan);
      const gaps = plan.checklist.filter((c) => c.kind === 'gap').length;
      say(`Draft ready: ${plan.sections.length} sections, ${plan.checklist.length} checklist items from the entry for ${entry.name} (${gaps} not documented), ${plan.route.legalBases.length} confirmed legal ${plan.route.legalBases.length === 1 ? 'basis' : 'bases'}.`);
      return true;
    } catch (error) {
      say(`The assistant could not load the data it needs (${String(error)}). If you are offline, save the site from the “Use offline” page first.`);
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
        say('This draft is now kept in this browser on this device, until you clear it or untick the box.');
      } else {
        storage()?.removeItem(STORAGE_KEY);
        say('The draft is no longer kept on this device: it will be gone when you close or reload the page.');
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
      say(`Opened the draft saved on ${result.savedAt.slice(0, 10)} (${file.name}).`);
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
    const count = draftWarnings(p, draft).length;
    const missing = count ? ` ${count} item${count === 1 ? ' is' : 's are'} still missing: see “Still missing” above.` : '';
    if (target.id === 'draft-print') {
      window.print();
    } else if (target.id === 'draft-text') {
      download(new Blob([plainText(doc())], { type: 'text/plain;charset=utf-8' }), exportName(draft, 'txt'));
      say(`Text file downloaded.${missing}`);
    } else if (target.id === 'draft-docx') {
      say('Preparing the Word file…');
      target.disabled = true;
      import('./draft-docx.ts')
        .then(async ({ toDocx }) => {
          download(await toDocx(doc()), exportName(draft, 'docx'));
          say(`Word file downloaded.${missing}`);
        })
        .catch((error: unknown) => say(`The Word file could not be made (${String(error)}). Use the text file or print instead.`))
        .finally(() => (target.disabled = false));
    } else if (target.id === 'draft-save') {
      download(new Blob([serialiseDraft(draft, new Date().toISOString())], { type: 'application/json' }), exportName(draft, 'json', 'draft'));
      say('Draft saved as a file. Open it here later with “Open a saved draft”.');
    } else if (target.id === 'draft-clear') {
      if (!isEmptyDraft(draft) && !window.confirm('Clear this draft? What you have written will be removed from the page and from this device.')) return;
      storage()?.removeItem(STORAGE_KEY);
      keep = false;
      draft = emptyDraft(draft.from, draft.to, draft.measure);
      renderForm(p);
      say('Draft cleared: nothing of it is kept on this device.');
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
      void start(result.draft.from, result.draft.to, result.draft.measure, result.draft).then((ok) => ok && say(`Your draft kept on this device (last changed ${result.savedAt.slice(0, 10)}) is back. “Clear draft” removes it.`));
      return;
    }
    storage()?.removeItem(STORAGE_KEY);
    say(`A draft kept on this device could not be read and was removed. ${result.message}`);
  }
  const params = new URLSearchParams(location.search);
  const [from, to, measure] = ['from', 'to', 'measure'].map((k) => params.get(k) ?? '');
  if (from || to) void start(from!, to!, measure || 'subscriber-information');
  else if (!saved) say('Choose the two States and the measure, then start the draft.');
}
