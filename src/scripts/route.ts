/**
 * The route planner island: reads from/to/measure from the URL, loads the requested State's
 * entry, the instruments and the groups, runs planRoute (the same pure function the tests
 * use) and renders the result. Shareable: the URL reproduces the route.
 */
import { apiCountryUrl, contactHref, countryUrl, draftUrl, ROUTE_DATA_URL, routeUrl } from '../lib/contract/urls.ts';
import type { CountryAnchor } from '../lib/contract/sections.ts';
import { procedureSteps } from '../lib/country/procedure.ts';
import { planRoute, type LegalBasis, type RouteResult } from '../lib/route/plan.ts';
import { routeRequest } from '../lib/route/jurisdictions.ts';
import type { PartyContext } from '../lib/parties.ts';
import type { Country } from '../lib/schema/country.ts';
import { ANSWER_LABELS, CHANNEL_LABELS, CONTACT_LABELS, type MeasureId } from '../lib/vocabulary.ts';
import { factList, gapLine, h, json, Notes, type Children, type RouteData } from './dom.ts';

const LANG = new Intl.DisplayNames(['en'], { type: 'language' });
const CHANNELS: Record<string, string> = CHANNEL_LABELS;

function section(id: string, title: string, ...content: Children[]): HTMLElement {
  return h('section', { 'aria-labelledby': id, class: id }, h('h2', { id }, title), ...content);
}

/** A contact as a link the phone or mail program opens (the same rule as the country page's). */
function contactValue(type: string, value: string): HTMLElement {
  const href = contactHref(type, value);
  return href ? h('a', { class: 'contact-value', href }, value) : h('span', { class: 'contact-value' }, value);
}

function basisItem(b: LegalBasis, r: RouteResult): HTMLElement {
  const since = b.requested.since ? h('span', { class: 'meta' }, ` — in force for ${r.requested.name} since ${b.requested.since}`) : null;
  return h('li', {}, h('a', { href: b.href }, b.title), since);
}

export function renderRoute(r: RouteResult, country: Country): HTMLElement {
  const notes = new Notes();
  const root = h('article', { class: 'route' });
  root.append(
    h('h2', { id: 'route-summary', tabindex: '-1' }, `${r.measure.title}: from ${r.requesting.name} to ${r.requested.name}`),
    h(
      'p',
      { class: 'meta' },
      'Computed from the portal on ',
      new Date().toISOString().slice(0, 10),
      '. ',
      h('a', { href: countryUrl(r.requested.code) }, `Full entry for ${r.requested.name}`),
      ' · ',
      h('a', { href: draftUrl({ from: r.requesting.code, to: r.requested.code, measure: r.measure.id }) }, 'Draft this request'),
      '.',
    ),
  );

  const help = (need: string) => {
    const found = r.fallbacks.filter((f) => f.need === need);
    return found.length
      ? h(
          'div',
          { class: 'fallback' },
          h('p', {}, h('strong', {}, 'What still applies: ')),
          found.map((f) => [h('p', { class: 'meta' }, `${f.instrument.title}${f.instrument.answer === 'yes' ? '' : ' (if it binds the State)'}:`), factList(f.facts, notes)]),
        )
      : null;
  };

  const a = r.addressee;
  root.append(
    section(
      'route-addressee',
      '1. Where and how to send it',
      a.authority
        ? h('p', { class: 'send-to' }, 'Send to: ', h('strong', {}, h('a', { href: a.authority.href }, a.authority.name)), a.authority.unit ? `, ${a.authority.unit}` : '')
        : [gapLine('Central authority'), help('central-authority')],
      a.contacts.length
        ? h('ul', { class: 'contacts' }, a.contacts.map((c) => h('li', {}, `${CONTACT_LABELS[c.type]}: `, contactValue(c.type, c.value), c.label ? ` (${c.label})` : '', h('span', { class: 'meta' }, c.asOf ? ` — source dated ${c.asOf}` : ' — undated source'), notes.mark(c.sources))))
        : a.authority
          ? [gapLine('Current contact details'), help('contacts')]
          : help('contacts'),
      h('h3', {}, 'Channels'),
      factList(a.channels.map((c) => ({ ...c, text: `${CHANNELS[c.type] ?? c.type}: ${c.text}` })), notes, 'Channels'),
      h('h3', {}, 'Language'),
      a.languages.accepted.length
        ? h('p', {}, 'Accepted: ', a.languages.accepted.map((l) => LANG.of(l) ?? l).join(', '), notes.mark(a.languages.sources))
        : [gapLine('Accepted languages'), help('languages')],
      a.languages.notes.length ? factList(a.languages.notes, notes) : null,
    ),
  );

  const confirmed = r.legalBases.length
    ? h('ul', {}, r.legalBases.map((b) => basisItem(b, r)))
    : h('p', { class: 'notice' }, 'No instrument in the portal is confirmed to bind both States.');
  const possible = r.possibleBases.length
    ? [
        h('h3', {}, `${ANSWER_LABELS.unknown} (${r.possibleBases.length})`),
        h('p', { class: 'meta' }, 'Neither State is known not to be bound, but the sources do not confirm both. Check the depositary before relying on them.'),
        h(
          'ul',
          {},
          r.possibleBases.map((b) =>
            h(
              'li',
              {},
              h('a', { href: b.href }, b.title),
              b.likely ? ' — likely (near-universal convention; not confirmed)' : '',
              h('span', { class: 'meta' }, ` — ${b.reason}${b.listDate ? `; newest party list ${b.listDate}` : ''}. `),
              h('a', { href: b.partiesHref, class: 'meta' }, 'Party list and depositary'),
            ),
          ),
        ),
      ]
    : null;
  root.append(
    section(
      'route-legal-basis',
      '2. Legal basis',
      confirmed,
      possible,
      r.withoutTreaty.length ? [h('h3', {}, 'Without a treaty'), factList(r.withoutTreaty, notes)] : null,
      r.notLegalBases.length
        ? h('details', {}, h('summary', {}, `Not a legal basis here (${r.notLegalBases.length})`), h('ul', {}, r.notLegalBases.map((n) => h('li', {}, h('a', { href: n.href }, n.title), `: ${n.reason}`))))
        : null,
    ),
  );

  if (r.preservation) {
    const p = r.preservation;
    root.append(
      section(
        'route-preservation',
        '3. Preserve the data first',
        p.pointsOfContact.length ? h('p', {}, '24/7 point of contact: ', p.pointsOfContact.map((x, i) => [i ? '; ' : '', h('a', { href: x.href }, x.name)])) : help('24-7-point-of-contact'),
        p.budapest === 'yes' ? h('p', {}, 'Both States are bound by the Budapest Convention: use its expedited preservation and 24/7 network, then send the formal request.') : null,
        p.budapest === 'unknown' ? h('p', {}, `The Budapest Convention may bind both States (${ANSWER_LABELS.unknown.toLowerCase()}).`) : null,
        p.maxDays ? h('p', {}, `Data can be kept for up to ${p.maxDays} days.`) : null,
        factList(p.facts, notes, 'Preservation in this State'),
      ),
    );
  }

  const n = (k: number) => (r.preservation ? k + 1 : k);
  root.append(
    section(
      'route-checklist',
      `${n(3)}. What the request must show`,
      h('ul', { class: 'checklist' }, r.checklist.map((item) => h('li', {}, h('h3', {}, item.label), factList(item.facts, notes, item.label)))),
      help('requirements'),
    ),
    section(
      'route-safeguards',
      `${n(4)}. Refusal grounds and safeguards to expect`,
      factList(r.refusalGrounds, notes, 'Refusal grounds'),
      r.refusalGrounds.length ? null : help('refusal-grounds'),
      r.otherSafeguards.filter((s) => s.facts.length).map((s) => [h('h3', {}, s.label), factList(s.facts, notes)]),
    ),
    section('route-delays', `${n(5)}. Typical delays and urgent cases`, factList(r.delays, notes, 'Typical delays'), r.urgent.length ? [h('h3', {}, 'Urgent requests'), factList(r.urgent, notes)] : null),
  );

  const steps = procedureSteps(country);
  root.append(
    section(
      'route-procedure',
      'Procedure in the requested State',
      h(
        'ol',
        { class: 'flow' },
        steps.map((s, i) =>
          h(
            'li',
            { class: `flow-step ${s.facts.length ? 'documented' : 'gap'}` },
            h('h3', {}, h('span', { class: 'flow-number' }, String(i + 1)), ' ', h('a', { href: countryUrl(r.requested.code, s.section as CountryAnchor) }, s.title)),
            s.facts.length ? h('p', {}, `${s.facts.length + s.more} documented statement(s).`) : h('p', { class: 'meta' }, 'Not documented yet.'),
          ),
        ),
      ),
    ),
    section(
      'route-alternatives',
      'Faster or alternative routes',
      h(
        'ul',
        {},
        r.alternatives.map((alt) =>
          h(
            'li',
            {},
            h('h3', {}, `${alt.title}: `, h('span', { class: `badge ${alt.available === 'yes' ? 'fresh' : 'unverified'}` }, alt.available === 'yes' ? 'available' : alt.available)),
            h('p', {}, alt.basis),
            alt.facts.length ? factList(alt.facts, notes) : null,
            alt.keeps.length ? [h('p', {}, h('strong', {}, 'Safeguards it keeps:')), factList(alt.keeps, notes)] : null,
            alt.loses.length ? [h('p', {}, h('strong', {}, 'Safeguards it lacks:')), factList(alt.loses, notes)] : null,
          ),
        ),
      ),
    ),
  );

  if (r.gaps.length) {
    root.append(
      section(
        'route-gaps',
        'Not documented for this route',
        h('p', { class: 'gap-line' }, `Not covered yet: ${r.gaps.map((g) => g.toLowerCase()).join(', ')}. `, h('a', { href: countryUrl(r.requested.code) }, 'Help document them'), '.'),
      ),
    );
  }

  root.append(
    section(
      'route-sources',
      'Sources',
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
  status.textContent = 'Choose the two States and the measure.';
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
      out.replaceChildren(h('p', { class: 'notice', id: 'route-refusal', tabindex: '-1' }, request.refusal.message));
      status.textContent = request.refusal.message;
      if (!fromUrl) (document.getElementById('route-refusal') as HTMLElement | null)?.focus();
      return;
    }
    history.replaceState(null, '', routeUrl({ from: request.from.code, to: request.to.code, measure: request.measure }));
    status.textContent = 'Computing the route…';
    try {
      const [country, data] = await Promise.all([json<Country>(apiCountryUrl(request.to.code)), json<RouteData>(ROUTE_DATA_URL)]);
      const parties: PartyContext = { groups: new Map(Object.entries(data.groups)) };
      const result = planRoute({ requesting: request.from, requested: country, instruments: data.instruments, parties, measure: request.measure as MeasureId, today: new Date().toISOString().slice(0, 10) });
      out.replaceChildren(renderRoute(result, country));
      status.textContent = `Route computed: ${result.legalBases.length} confirmed legal ${result.legalBases.length === 1 ? 'basis' : 'bases'}, ${result.possibleBases.length} possible, ${result.gaps.length} gap${result.gaps.length === 1 ? '' : 's'} in the sources.`;
      const heading = document.getElementById('route-summary');
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus({ preventScroll: true });
    } catch (error) {
      status.textContent = `The route could not be computed (${String(error)}). If you are offline, save the site from the “Use offline” page first.`;
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(false);
  });
  void run(true);
}
