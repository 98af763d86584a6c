/**
 * What the route planner and draft islands share to render: an element builder, the
 * island's own numbered source list with its citation marks (from citationMarks), the gap
 * line, the list of cited statements, and reading the site's own JSON data.
 */
import { L, date, msg as t } from './messages.ts';
import { citationMarks, type CitationIndex } from '../lib/citations.ts';
import type { RouteFact, SourceRef } from '../lib/route/types.ts';
import type { Group } from '../lib/schema/group.ts';
import type { Instrument } from '../lib/schema/instrument.ts';

type Child = Node | string | null | undefined | false;
export type Children = Child | Children[];

export function h(tag: string, attrs: Record<string, string> = {}, ...children: Children[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const append = (c: Children) => {
    if (Array.isArray(c)) c.forEach(append);
    else if (c) el.append(c);
  };
  children.forEach(append);
  return el;
}

/** An island's own numbered sources: each distinct source gets a number on first use; marks come from citationMarks. */
export class Notes implements CitationIndex {
  list: SourceRef[] = [];
  /** Keys of the sources cited by something that prints (everything outside screenOnly()). */
  private printed = new Set<string>();
  private screen = false;
  private prefix: string;
  constructor(prefix = 'route-src-') {
    this.prefix = prefix;
  }
  private key = (s: SourceRef) => `${s.url}\u0000${s.title}`;
  number(id: string): number | undefined {
    const i = this.list.findIndex((s) => this.key(s) === id);
    return i < 0 ? undefined : i + 1;
  }
  kind(id: string): ReturnType<CitationIndex['kind']> {
    return this.list.find((s) => this.key(s) === id)?.kind as ReturnType<CitationIndex['kind']>;
  }
  href(id: string): string {
    return `#${this.prefix}${this.number(id)}`;
  }
  mark(sources: readonly SourceRef[]): HTMLElement | null {
    if (sources.length === 0) return null;
    const ids = sources.map((s) => {
      if (this.number(this.key(s)) === undefined) this.list.push(s);
      if (!this.screen) this.printed.add(this.key(s));
      return this.key(s);
    });
    const { marks, support } = citationMarks(ids, this);
    return h(
      'span',
      {},
      h('sup', { class: 'cite' }, '[', ...marks.flatMap((m, i) => [i ? ', ' : '', h('a', { href: m.href }, String(m.n))]), ']'),
      support ? h('span', { class: `support support-${support}` }, ` (${t(support === 'copy' ? 'cite.copy' : 'cite.secondary')})`) : null,
    );
  }
  /**
   * Builds a part of the island that does not print (its section is hidden in print): the
   * sources only it cites are left out of the printed list, which keeps its numbers.
   */
  screenOnly<T>(build: () => T): T {
    this.screen = true;
    try {
      return build();
    } finally {
      this.screen = false;
    }
  }
  /** The numbered list the marks point at (numbers fixed by value, so a source left out of print leaves its number unused). */
  sourceList(): HTMLElement {
    return h('ol', { class: 'sources-list' }, this.list.map((s, i) => h('li', { id: `${this.prefix}${i + 1}`, value: String(i + 1), ...(this.printed.has(this.key(s)) ? {} : { class: 'no-print' }) }, h('cite', {}, s.title), `. ${s.date ? t('island.dated', { date: date(s.date) }) : t('island.undated')}. `, h('a', { href: s.url, class: 'url' }, s.url))));
  }
}

export function gapLine(what: string): HTMLElement {
  return h('p', { class: 'gap-line' }, h('strong', {}, t('island.gap', { what })), ' ', t('island.noSource'));
}

export function factList(facts: readonly RouteFact[], notes: Notes, gap?: string): HTMLElement {
  if (facts.length === 0) return gapLine(gap ?? 'This');
  return h(
    'ul',
    { class: 'facts' },
    facts.map((f) => h('li', {}, f.text, f.asOf ? h('span', { class: 'meta' }, ` (${t('common.asOf', { date: date(f.asOf) })})`) : null, notes.mark(f.sources), ' ', h('a', { href: L(f.href), class: 'meta entry-link' }, t('island.entry')))),
  );
}

export async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** /route/instruments.json: every instrument's party lists and rules, and the groups they name. */
export interface RouteData {
  instruments: Instrument[];
  groups: Record<string, Group>;
}
