/**
 * The route planner island: reads from/to/measure from the URL, loads the requested State's
 * entry, the instruments and the groups, runs planRoute (the same pure function the tests
 * use) and renders the result. Shareable: the URL reproduces the route.
 */
import { apiCountryUrl, contactHref, countryUrl, draftUrl, ROUTE_DATA_URL, routeUrl } from '../lib/contract/urls.ts';
import type { CountryAnchor } from '../lib/contract/sections.ts';
import { procedureSteps } from '../lib/country/procedure.ts';
import { planRoute, type LegalBasis, type RouteResult } from '../lib/route/plan.ts';
import { basisReason } from '../lib/route/legal-bases.ts';
import { basisReasonIn } from '../lib/i18n/reasons.ts';
import { routeRequest } from '../lib/route/jurisdictions.ts';
import type { PartyContext } from '../lib/parties.ts';
import type { Country } from '../lib/schema/country.ts';
import type { Instrument } from '../lib/schema/instrument.ts';
import type { MeasureId } from '../lib/vocabulary.ts';
import { L, date, intlLocale, label, locale, t } from './i18n.ts';
import { factList, gapLine, h, json, Notes, type Children, type RouteData } from './dom.ts';

const languageName = (code: string) => {
  try {
    return new Intl.DisplayNames([intlLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};
/** State names as the page's form shows them (in the page's language). */
const names = new Map<string, string>();
const REFUSALS = {
  'unknown-measure': 'route.refusal.unknown-measure',
  // Not returned by routeRequest today (an unknown code is "not a jurisdiction"); kept so every kind has words.
  'unknown-code': 'route.refusal.not-a-jurisdiction',
  'not-a-jurisdiction': 'route.refusal.not-a-jurisdiction',
  'no-entry': 'route.refusal.no-entry',
  domestic: 'route.refusal.domestic',
} as const;
const nameOf = (code: string, fallback: string) => names.get(code) ?? fallback;

function section(id: string, title: string, ...content: Children[]): HTMLElement {
  return h('section', { 'aria-labelledby': id, class: id }, h('h2', { id }, title), ...content);
}

/** A contact as a link the phone or mail program opens (the same rule as the country page's). */
function contactValue(type: string, value: string): HTMLElement {
  const href = contactHref(type, value);
  // Left to right in every language: in Arabic a phone number would otherwise be shown reordered.
  return href ? h('a', { class: 'contact-value', href, dir: 'ltr' }, value) : h('span', { class: 'contact-value', dir: 'ltr' }, value);
}

function basisItem(b: LegalBasis, r: RouteResult): HTMLElement {
  const since = b.requested.since ? h('span', { class: 'meta' }, ` — ${t('route.inForceSince', { name: nameOf(r.requested.code, r.requested.name), date: date(b.requested.since) })}`) : null;
  return h('li', {}, h('a', { href: L(b.href) }, b.title), since);
}

/** Each basis's reason in the page's language, by instrument id (English keeps the lib's words). */
function localReasons(r: RouteResult, instruments: readonly Instrument[], requesting: { code: string; name: string }, country: Country, parties: PartyContext, today: string): Map<string, string> {
  const out = new Map<string, string>();
  if (locale() === 'en') return out;
  const byId = new Map(instruments.map((i) => [i.id, i]));
  for (const b of [...r.legalBases, ...r.possibleBases, ...r.notLegalBases]) {
    const i = byId.get(b.id);
    if (!i) continue;
    const why = basisReason(i, { code: requesting.code, name: nameOf(requesting.code, requesting.name) }, { code: country.code, name: nameOf(country.code, country.name) }, parties, today);
    out.set(b.id, basisReasonIn(why, t, { side: 'route.reasonSide', bothBound: 'route.bothBound' }));
  }
  return out;
}

export function renderRoute(r: RouteResult, country: Country, reasons: ReadonlyMap<string, string> = new Map()): HTMLElement {
  const reasonOf = (b: LegalBasis) => reasons.get(b.id) ?? b.reason;
  const notes = new Notes();
  const root = h('article', { class: 'route' });
  const from = nameOf(r.requesting.code, r.requesting.name);
  const to = nameOf(r.requested.code, r.requested.name);
  root.append(
    h('h2', { id: 'route-summary', tabindex: '-1' }, t('route.summary', { measure: label('measure', r.measure.id), from, to })),
    h(
      'p',
      { class: 'meta' },
      t('route.computedOn', { date: date(new Date().toISOString().slice(0, 10)) }),
      ' ',
      h('a', { href: L(countryUrl(r.requested.code)) }, t('route.fullEntry', { name: to })),
      ' · ',
      h('a', { href: L(draftUrl({ from: r.requesting.code, to: r.requested.code, measure: r.measure.id })) }, t('route.draftThis')),
      '.',
    ),
  );

  const help = (need: string) => {
    const found = r.fallbacks.filter((f) => f.need === need);
    return found.length
      ? h(
          'div',
          { class: 'fallback' },
          h('p', {}, h('strong', {}, t('route.stillApplies'))),
          found.map((f) => [h('p', { class: 'meta' }, `${f.instrument.title}${f.instrument.answer === 'yes' ? '' : ` ${t('route.ifBinds')}`}:`), factList(f.facts, notes)]),
        )
      : null;
  };

  const a = r.addressee;
  root.append(
    section(
      'route-addressee',
      `1. ${t('route.section.addressee')}`,
      a.authority
        ? h('p', { class: 'send-to' }, `${t('glance.sendTo')}: `, h('strong', {}, h('a', { href: L(a.authority.href) }, a.authority.name)), a.authority.unit ? `, ${a.authority.unit}` : '')
        : [gapLine(label('section', 'central-authority')), help('central-authority')],
      a.contacts.length
        ? h('ul', { class: 'contacts' }, a.contacts.map((c) => h('li', {}, `${label('contact', c.type)}: `, contactValue(c.type, c.value), c.label ? ` (${c.label})` : '', h('span', { class: 'meta' }, ` — ${c.asOf ? t('glance.sourceOf', { date: date(c.asOf) }) : t('common.undatedSource')}`), notes.mark(c.sources))))
        : a.authority
          ? [gapLine(t('route.currentContacts')), help('contacts')]
          : help('contacts'),
      h('h3', {}, label('section', 'channels')),
      factList(a.channels.map((c) => ({ ...c, text: `${label('channel', c.type)}: ${c.text}` })), notes, label('section', 'channels')),
      h('h3', {}, t('glance.language')),
      a.languages.accepted.length
        ? h('p', {}, `${t('route.accepted')} `, a.languages.accepted.map(languageName).join(', '), notes.mark(a.languages.sources))
        : [gapLine(t('route.acceptedLanguages')), help('languages')],
      a.languages.notes.length ? factList(a.languages.notes, notes) : null,
    ),
  );

  const confirmed = r.legalBases.length
    ? h('ul', {}, r.legalBases.map((b) => basisItem(b, r)))
    : h('p', { class: 'notice' }, t('route.noConfirmed'));
  const possible = r.possibleBases.length
    ? [
        h('h3', {}, `${label('answer', 'unknown')} (${r.possibleBases.length})`),
        h('p', { class: 'meta' }, t('route.possibleExplain')),
        h(
          'ul',
          {},
          r.possibleBases.map((b) =>
            h(
              'li',
              {},
              h('a', { href: L(b.href) }, b.title),
              b.likely ? ` — ${t('route.likely')}` : '',
              h('span', { class: 'meta' }, ` — ${reasonOf(b)}${b.listDate ? `; ${t('route.newestList', { date: date(b.listDate) })}` : ''}. `),
              h('a', { href: L(b.partiesHref), class: 'meta' }, t('route.partyList')),
            ),
          ),
        ),
      ]
    : null;
  root.append(
    section(
      'route-legal-basis',
      `2. ${label('section', 'legal-basis')}`,
      confirmed,
      possible,
      r.withoutTreaty.length ? [h('h3', {}, t('route.withoutTreaty')), factList(r.withoutTreaty, notes)] : null,
      r.notLegalBases.length
        ? h('details', {}, h('summary', {}, t('route.notBasis', { count: r.notLegalBases.length })), h('ul', {}, r.notLegalBases.map((n) => h('li', {}, h('a', { href: L(n.href) }, n.title), `: ${reasonOf(n)}`))))
        : null,
    ),
  );

  if (r.preservation) {
    const p = r.preservation;
    root.append(
      section(
        'route-preservation',
        `3. ${t('route.section.preservation')}`,
        p.pointsOfContact.length ? h('p', {}, `${t('route.pointOfContact')} `, p.pointsOfContact.map((x, i) => [i ? '; ' : '', h('a', { href: L(x.href) }, x.name)])) : help('24-7-point-of-contact'),
        p.budapest === 'yes' ? h('p', {}, t('route.budapestYes')) : null,
        p.budapest === 'unknown' ? h('p', {}, t('route.budapestMaybe', { answer: label('answer', 'unknown') })) : null,
        p.maxDays ? h('p', {}, t('route.keptUpTo', { count: p.maxDays })) : null,
        factList(p.facts, notes, t('route.preservationHere')),
      ),
    );
  }

  const n = (k: number) => (r.preservation ? k + 1 : k);
  // Checklist labels: English as src/lib/route/checklist.ts words them, the others from its table's translations.
  const checkLabel = (item: { id: string; label: string }) =>
    locale() === 'en' ? item.label : t(`vocab.routeCheck.${item.id}`, { measure: label('measure', r.measure.id).toLowerCase() });
  root.append(
    section(
      'route-checklist',
      `${n(3)}. ${t('route.section.checklist')}`,
      h('ul', { class: 'checklist' }, r.checklist.map((item) => h('li', {}, h('h3', {}, checkLabel(item)), factList(item.facts, notes, checkLabel(item))))),
      help('requirements'),
    ),
    section(
      'route-safeguards',
      `${n(4)}. ${t('route.section.safeguards')}`,
      factList(r.refusalGrounds, notes, t('country.part.refusalGrounds')),
      r.refusalGrounds.length ? null : help('refusal-grounds'),
      r.otherSafeguards.filter((s) => s.facts.length).map((s) => [h('h3', {}, checkLabel(s)), factList(s.facts, notes)]),
    ),
    section('route-delays', `${n(5)}. ${t('route.section.delays')}`, factList(r.delays, notes, t('glance.delay')), r.urgent.length ? [h('h3', {}, label('section', 'urgent')), factList(r.urgent, notes)] : null),
  );

  const steps = procedureSteps(country);
  root.append(
    section(
      'route-procedure',
      t('route.section.procedure'),
      h(
        'ol',
        { class: 'flow' },
        steps.map((s, i) =>
          h(
            'li',
            { class: `flow-step ${s.facts.length ? 'documented' : 'gap'}` },
            h('h3', {}, h('span', { class: 'flow-number' }, String(i + 1)), ' ', h('a', { href: L(countryUrl(r.requested.code, s.section as CountryAnchor)) }, label('step', s.id))),
            s.facts.length ? h('p', {}, t('route.statements', { count: s.facts.length + s.more })) : h('p', { class: 'meta' }, t('common.notDocumentedYet')),
          ),
        ),
      ),
    ),
    section(
      'route-alternatives',
      t('route.section.alternatives'),
      h(
        'ul',
        {},
        notes.screenOnly(() => r.alternatives.map((alt) =>
          h(
            'li',
            {},
            h('h3', {}, `${alt.title}: `, h('span', { class: `badge ${alt.available === 'yes' ? 'fresh' : 'unverified'}` }, t('route.available', { state: alt.available }))),
            h('p', {}, alt.basis),
            alt.facts.length ? factList(alt.facts, notes) : null,
            alt.keeps.length ? [h('p', {}, h('strong', {}, t('route.keeps'))), factList(alt.keeps, notes)] : null,
            alt.loses.length ? [h('p', {}, h('strong', {}, t('route.lacks'))), factList(alt.loses, notes)] : null,
          ),
        )),
      ),
    ),
  );

  if (r.gaps.length) {
    root.append(
      section(
        'route-gaps',
        t('route.section.gaps'),
        h('p', { class: 'gap-line' }, `${t('gap.notCovered')} ${r.gaps.map((g) => g.toLowerCase()).join(', ')}. `, h('a', { href: L(countryUrl(r.requested.code)) }, t('gap.help', { count: r.gaps.length })), '.'),
      ),
    );
  }

  root.append(
    section(
      'route-sources',
      label('section', 'sources'),
      notes.sourceList(),
    ),
  );
  return root;
}

const options = (select: HTMLSelectElement) => [...select.options].filter((o) => o.value).map((o) => ({ code: o.value, name: o.textContent ?? o.value }));

export function attachRoutePlanner(): void {
  const form = document.getElementById('route-form') as HTMLFormElement | null;
  const status = document.getElementById('route-status');
  const out = document.getElementById('route-result');
  if (!form || !status || !out) return;
  status.textContent = t('route.status.choose');
  for (const select of [form.elements.namedItem('from'), form.elements.namedItem('to')] as HTMLSelectElement[]) for (const o of options(select)) names.set(o.code, o.name);
  const params = new URLSearchParams(location.search);
  const fromSelect = form.elements.namedItem('from') as HTMLSelectElement;
  const toSelect = form.elements.namedItem('to') as HTMLSelectElement;
  for (const name of ['from', 'to', 'measure']) {
    const value = params.get(name);
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (value && select && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  const run = async (fromUrl: boolean) => {
    const raw = fromUrl
      ? { from: params.get('from') ?? '', to: params.get('to') ?? '', measure: params.get('measure') ?? '' }
      : Object.fromEntries(['from', 'to', 'measure'].map((k) => [k, String(new FormData(form).get(k) ?? '')]));
    if (!raw['from'] && !raw['to']) return;
    const request = routeRequest({ from: raw['from'] ?? '', to: raw['to'] ?? '', measure: raw['measure'] ?? '' }, options(fromSelect), options(toSelect));
    if (!request.ok) {
      const message = t(REFUSALS[request.refusal.kind], { from: raw['from'] ?? '', to: raw['to'] ?? '', measure: raw['measure'] ?? '', name: nameOf(raw['to'] ?? '', raw['to'] ?? '') });
      // Said once: the notice is announced as an alert, and the status line (also visible) is cleared.
      out.replaceChildren(h('p', { class: 'notice', id: 'route-refusal', role: 'alert', tabindex: '-1' }, message));
      status.textContent = '';
      if (!fromUrl) (document.getElementById('route-refusal') as HTMLElement | null)?.focus();
      return;
    }
    history.replaceState(null, '', L(routeUrl({ from: request.from.code, to: request.to.code, measure: request.measure })));
    status.textContent = t('route.status.computing');
    try {
      const [country, data] = await Promise.all([json<Country>(apiCountryUrl(request.to.code)), json<RouteData>(ROUTE_DATA_URL)]);
      const parties: PartyContext = { groups: new Map(Object.entries(data.groups)) };
      const today = new Date().toISOString().slice(0, 10);
      const result = planRoute({ requesting: request.from, requested: country, instruments: data.instruments, parties, measure: request.measure as MeasureId, today });
      out.replaceChildren(renderRoute(result, country, localReasons(result, data.instruments, request.from, country, parties, today)));
      status.textContent = t('route.status.done', { confirmed: result.legalBases.length, possible: result.possibleBases.length, gaps: result.gaps.length });
      const heading = document.getElementById('route-summary');
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    } catch (error) {
      status.textContent = t('route.status.failed', { error: String(error) });
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(false);
  });
  void run(true);
}
