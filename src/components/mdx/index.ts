/**
 * The components contributor MDX may use (see src/lib/mdx-components.ts for the
 * allowlist the checker enforces). They are plain functions returning Astro JSX, so
 * a page can bind them to its own data: source numbers, titles, the current section.
 */
import { Fragment as JsxFragment, jsx } from 'astro/jsx-runtime';
import { sectionTitle, type CountrySectionId } from '../../lib/contract.ts';
import type { Lookups } from '../../data/index.ts';

type Props = Record<string, unknown> & { children?: unknown };

export interface MdxContext {
  lookups: Lookups;
  /** Source id → footnote number on this page. */
  sourceNumbers: Map<string, number>;
  /** Prefix of source anchors on this page (default "src-"). */
  sourceAnchor?: (id: string) => string;
  /** When set, <Guidance> renders only the block for this section. */
  section?: string;
}

const hasChildren = (children: unknown) => children !== undefined && children !== null && children !== '';

export function citeMarks(ids: string[], ctx: Pick<MdxContext, 'sourceNumbers' | 'sourceAnchor'>) {
  const anchor = ctx.sourceAnchor ?? ((id: string) => `#src-${id}`);
  const marks = ids
    .filter((id) => ctx.sourceNumbers.has(id))
    .map((id) =>
      jsx('a', {
        href: anchor(id),
        children: [jsx('span', { class: 'visually-hidden', children: 'source ' }), String(ctx.sourceNumbers.get(id))],
      }),
    );
  return jsx('sup', { class: 'cite', children: ['[', ...marks.flatMap((m, i) => (i ? [', ', m] : [m])), ']'] });
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
      return jsx('a', { href: `/countries/${code}/${section ? `#${section}` : ''}`, children: text });
    },
    Instrument: (props: Props) => {
      const id = String(props['id']);
      const article = props['article'] ? String(props['article']) : undefined;
      const text = hasChildren(props.children)
        ? props.children
        : `${ctx.lookups.instrumentTitle(id)}${article ? `, Article ${article}` : ''}`;
      return jsx('a', { href: `/instruments/${id}/`, children: text });
    },
    Term: (props: Props) => {
      const id = String(props['id']);
      return jsx('a', { href: `/glossary/#${id}`, class: 'term', children: hasChildren(props.children) ? props.children : ctx.lookups.termTitle(id) });
    },
    Module: (props: Props) => {
      const slug = String(props['slug']);
      return jsx('a', { href: `/modules/${slug}/`, children: hasChildren(props.children) ? props.children : ctx.lookups.moduleTitle(slug) });
    },
  };
}
