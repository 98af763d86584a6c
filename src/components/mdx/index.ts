/**
 * The components contributor MDX may use (see src/lib/mdx-components.ts for the
 * allowlist the checker enforces). They are plain functions returning Astro JSX, so
 * a page can bind them to its own data: source numbers, titles, the current section.
 */
import { Fragment as JsxFragment, jsx } from 'astro/jsx-runtime';
import { sectionTitle, type CountrySectionId } from '../../lib/contract/sections.ts';
import { countryUrl, instrumentUrl, moduleUrl, termUrl } from '../../lib/contract/urls.ts';
import { SUPPORT_LABELS, citationMarks, type CitationIndex } from '../../lib/citations.ts';
import type { Lookups } from '../../data/index.ts';

type Props = Record<string, unknown> & { children?: unknown };

export interface MdxContext {
  lookups: Lookups;
  /** The page's numbered sources. */
  cites: CitationIndex;
  /** When set, <Guidance> renders only the block for this section. */
  section?: string;
}

const hasChildren = (children: unknown) => children !== undefined && children !== null && children !== '';

/** The same marks as the Cite component (src/lib/citations.ts citationMarks), as JSX. */
export function citeMarks(ids: string[], ctx: Pick<MdxContext, 'cites'>) {
  const { marks, support } = citationMarks(ids, ctx.cites);
  const links = marks.map((m) => jsx('a', { href: m.href, children: [jsx('span', { class: 'visually-hidden', children: 'source ' }), String(m.n)] }));
  return jsx(JsxFragment, {
    children: [
      marks.length ? jsx('sup', { class: 'cite', children: ['[', ...links.flatMap((m, i) => (i ? [', ', m] : [m])), ']'] }) : null,
      support ? jsx('span', { class: `support support-${support}`, children: ` (${SUPPORT_LABELS[support]})` }) : null,
    ],
  });
}

export function mdxComponents(ctx: MdxContext) {
  return {
    Guidance: (props: Props) =>
      jsx(JsxFragment, {
        children:
          ctx.section === undefined || props['section'] === ctx.section
            ? jsx('div', { class: 'guidance', children: [jsx('h3', { children: 'Guidance' }), props.children] })
            : null,
      }),
    Cite: (props: Props) => citeMarks(String(props['ids'] ?? '').split(/\s+/).filter(Boolean), ctx),
    Country: (props: Props) => {
      const code = String(props['code']);
      const section = props['section'] ? String(props['section']) : undefined;
      const text = hasChildren(props.children)
        ? props.children
        : section
          ? `${ctx.lookups.countryName(code)}: ${sectionTitle(section as CountrySectionId)}`
          : ctx.lookups.countryName(code);
      return jsx('a', { href: countryUrl(code, section as CountrySectionId | undefined), children: text });
    },
    Instrument: (props: Props) => {
      const id = String(props['id']);
      const article = props['article'] ? String(props['article']) : undefined;
      const text = hasChildren(props.children)
        ? props.children
        : `${ctx.lookups.instrumentTitle(id)}${article ? `, Article ${article}` : ''}`;
      return jsx('a', { href: instrumentUrl(id), children: text });
    },
    Term: (props: Props) => {
      const id = String(props['id']);
      return jsx('a', { href: termUrl(id), class: 'term', children: hasChildren(props.children) ? props.children : ctx.lookups.termTitle(id) });
    },
    Module: (props: Props) => {
      const slug = String(props['slug']);
      return jsx('a', { href: moduleUrl(slug), children: hasChildren(props.children) ? props.children : ctx.lookups.moduleTitle(slug) });
    },
  };
}
