/**
 * The route planner island: reads from/to/measure from the URL, loads the requested
 * State's entry and the instrument party lists, runs planRoute (the same pure function
 * the tests use) and renders the result. Shareable: the URL reproduces the route.
 */
import { MEASURES, type MeasureId } from '../lib/contract.ts';
import { CHANNEL_LABELS } from '../lib/labels.ts';
import { procedureSteps } from '../lib/procedure.ts';
import { planRoute, type RouteFact, type RouteResult, type SourceRef } from '../lib/route.ts';
import type { Country } from '../lib/schema/country.ts';
import type { Instrument } from '../lib/schema/instrument.ts';

type Child = Node | string | null | undefined | false;
type Children = Child | Children[];

function h(tag: string, attrs: Record<string, string> = {}, ...children: Children[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const append = (c: Children) => {
    if (Array.isArray(c)) c.forEach(append);
    else if (c) el.append(c);
  };
  children.forEach(append);
  return el;
}

const LANG = new Intl.DisplayNames(['en'], { type: 'language' });
const CHANNELS: Record<string, string> = CHANNEL_LABELS;

/** Footnotes: each distinct source gets a number on first use. */
class Notes {
  list: SourceRef[] = [];
  mark(sources: SourceRef[]): HTMLElement | null {
    if (sources.length === 0) return null;
    const nums = sources.map((s) => {
      let i = this.list.findIndex((x) => x.url === s.url && x.title === s.title);
      if (i < 0) i = this.list.push(s) - 1;
      return i + 1;
    });
    return h('sup', { class: 'cite' }, '[', ...[...new Set(nums)].flatMap((n, i) => [i ? ', ' : '', h('a', { href: `#route-src-${n}` }, String(n))]), ']');
  }
}

function factList(facts: RouteFact[], notes: Notes, gap?: string): HTMLElement {
  if (facts.length === 0) return h('p', { class: 'not-documented' }, h('strong', {}, `${gap ?? 'This'}: not yet documented.`), ' No source in the portal covers it yet.');
  return h(
    'ul',
    { class: 'facts' },
    facts.map((f) => h('li', {}, f.text, f.asOf ? h('span', { class: 'meta' }, ` (as of ${f.asOf})`) : null, notes.mark(f.sources), ' ', h('a', { href: f.href, class: 'meta' }, 'entry'))),
  );
}

function section(id: string, title: string, ...content: Children[]): HTMLElement {
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...content);
}

export function renderRoute(r: RouteResult, country: Country): HTMLElement {
  const notes = new Notes();
  const root = h('article', { class: 'route' });
  root.append(
    h('h2', { id: 'route-summary' }, `${r.measure.title}: from ${r.requesting.name} to ${r.requested.name}`),
    h('p', { class: 'meta' }, 'Computed from the portal on ', new Date().toISOString().slice(0, 10), '. ', h('a', { href: `/countries/${r.requested.code}/` }, `Full entry for ${r.requested.name}`), '.'),
  );

  const bases = r.legalBases.length
    ? h('ul', {}, r.legalBases.map((b) => h('li', {}, h('a', { href: b.href }, b.title), b.presumed ? ' (near-universal convention; both presumed Parties)' : '', b.requested?.inForce ? h('span', { class: 'meta' }, ` — in force for ${r.requested.name} since ${b.requested.inForce}`) : null)))
    : h('p', { class: 'notice' }, 'No instrument in the portal binds both States.');
  root.append(
    section(
      'route-legal-basis',
      '1. Legal basis',
      bases,
      r.withoutTreaty.length ? [h('h3', {}, 'Without a treaty'), factList(r.withoutTreaty, notes)] : null,
      r.notLegalBases.length
        ? h('details', {}, h('summary', {}, `Not a legal basis here (${r.notLegalBases.length})`), h('ul', {}, r.notLegalBases.map((n) => h('li', {}, h('a', { href: n.href }, n.title), `: ${n.reason}`))))
        : null,
    ),
  );

  const a = r.addressee;
  root.append(
    section(
      'route-addressee',
      '2. Where and how to send it',
      a.authority
        ? h('p', {}, 'Send to: ', h('strong', {}, h('a', { href: a.authority.href }, a.authority.name)), a.authority.unit ? `, ${a.authority.unit}` : '')
        : h('p', { class: 'not-documented' }, h('strong', {}, 'Central authority: not yet documented.')),
      a.contacts.length
        ? h('ul', {}, a.contacts.map((c) => h('li', {}, `${c.type}: `, h('span', { class: 'contact-value' }, c.value), c.label ? ` (${c.label})` : '', h('span', { class: 'meta' }, c.asOf ? ` as of ${c.asOf}` : ' undated source'), notes.mark(c.sources))))
        : null,
      h('h3', {}, 'Channels'),
      factList(a.channels.map((c) => ({ ...c, text: `${CHANNELS[c.type] ?? c.type}: ${c.text}` })), notes, 'Channels'),
      h('h3', {}, 'Language'),
      a.languages.accepted.length
        ? h('p', {}, 'Accepted: ', a.languages.accepted.map((l) => LANG.of(l) ?? l).join(', '), notes.mark(a.languages.sources))
        : h('p', { class: 'not-documented' }, h('strong', {}, 'Accepted languages: not yet documented.')),
      a.languages.notes.length ? factList(a.languages.notes, notes) : null,
    ),
  );

  if (r.preservation) {
    const p = r.preservation;
    root.append(
      section(
        'route-preservation',
        '3. Preserve the data first',
        p.pointsOfContact.length ? h('p', {}, '24/7 point of contact: ', p.pointsOfContact.map((x, i) => [i ? '; ' : '', h('a', { href: x.href }, x.name)])) : null,
        p.viaBudapest ? h('p', {}, 'Both States are Parties to the Budapest Convention: use its expedited preservation and 24/7 network, then send the formal request.') : null,
        p.maxDays ? h('p', {}, `Data can be kept for up to ${p.maxDays} days.`) : null,
        factList(p.facts, notes, 'Preservation in this State'),
      ),
    );
  }

  root.append(
    section(
      'route-checklist',
      `${r.preservation ? 4 : 3}. What the request must show`,
      h('ul', { class: 'checklist' }, r.checklist.map((item) => h('li', {}, h('h3', {}, item.label), factList(item.facts, notes, item.label)))),
    ),
    section(
      'route-safeguards',
      `${r.preservation ? 5 : 4}. Refusal grounds and safeguards to expect`,
      factList(r.refusalGrounds, notes, 'Refusal grounds'),
      r.otherSafeguards.filter((s) => s.facts.length).map((s) => [h('h3', {}, s.label), factList(s.facts, notes)]),
    ),
    section('route-delays', `${r.preservation ? 6 : 5}. Typical delays and urgent cases`, factList(r.delays, notes, 'Typical delays'), r.urgent.length ? [h('h3', {}, 'Urgent requests'), factList(r.urgent, notes)] : null),
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
            h('h3', {}, h('span', { class: 'flow-number' }, String(i + 1)), ' ', h('a', { href: `/countries/${r.requested.code}/#${s.section}` }, s.title)),
            s.facts.length ? h('p', {}, `${s.facts.length + s.more} documented statement(s).`) : h('p', { class: 'meta' }, 'Not yet documented.'),
          ),
        ),
      ),
    ),
  );

  root.append(
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

  if (r.gaps.length) root.append(section('route-gaps', 'Not documented for this route', h('ul', {}, r.gaps.map((g) => h('li', {}, g))), h('p', {}, 'Know a public source? ', h('a', { href: `/countries/${r.requested.code}/` }, 'Each entry says how to contribute'), '.')));

  root.append(
    section(
      'route-sources',
      'Sources',
      h('ol', { class: 'sources-list' }, notes.list.map((s, i) => h('li', { id: `route-src-${i + 1}` }, h('cite', {}, s.title), `. ${s.date ? `Dated ${s.date}` : 'Undated'}. `, h('a', { href: s.url, class: 'url' }, s.url)))),
    ),
  );
  return root;
}

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

export function attachRoutePlanner(): void {
  const form = document.getElementById('route-form') as HTMLFormElement | null;
  const status = document.getElementById('route-status');
  const out = document.getElementById('route-result');
  if (!form || !status || !out) return;
  status.textContent = 'Choose the two States and the measure.';
  const params = new URLSearchParams(location.search);
  for (const name of ['from', 'to', 'measure']) {
    const value = params.get(name);
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (value && select && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  const run = async () => {
    const data = new FormData(form);
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    const measure = String(data.get('measure') ?? '') as MeasureId;
    if (!from || !to || !MEASURES.some((m) => m.id === measure)) return;
    history.replaceState(null, '', `/route/?${new URLSearchParams({ from, to, measure })}`);
    status.textContent = 'Computing the route…';
    try {
      const [country, instruments] = await Promise.all([json<Country>(`/api/countries/${to}.json`), json<Instrument[]>('/route/instruments.json')]);
      const fromSelect = form.elements.namedItem('from') as HTMLSelectElement;
      const requesting = { code: from, name: fromSelect.selectedOptions[0]?.textContent ?? from.toUpperCase() };
      const result = planRoute({ requesting, requested: country, instruments, measure, today: new Date().toISOString().slice(0, 10) });
      out.replaceChildren(renderRoute(result, country));
      status.textContent = `Route computed: ${result.legalBases.length} shared legal ${result.legalBases.length === 1 ? 'basis' : 'bases'}, ${result.gaps.length} gap${result.gaps.length === 1 ? '' : 's'} in the sources.`;
    } catch (error) {
      status.textContent = `The route could not be computed (${String(error)}). If you are offline, save the site from the “Use offline” page first.`;
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  void run();
}
