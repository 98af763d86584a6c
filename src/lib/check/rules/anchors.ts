/**
 * Ids in a body must not copy an id the page already has: a heading "## Preservation"
 * inside a guidance block, or <span id="sources">, would duplicate the anchor trainers link
 * to, and the link would land on the wrong element.
 */
import Slugger from 'github-slugger';
import { COUNTRY_ANCHORS, GENERATED_ID_PREFIXES, LAYOUT_IDS, TEMPLATE_IDS } from '../../contract/sections.ts';
import { type CollectionName } from '../../contract/collections.ts';
import { attributeValue, bodyTree, nodeLine, walk, type MdxNode } from '../mdx.ts';
import type { CheckContext, ContentFile, Problem, Rule } from '../types.ts';

function textOf(node: MdxNode): string {
  if (typeof node.value === 'string' && node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** The ids the page of an entry in `collection` has before its body is rendered. */
export function reservedIds(collection: CollectionName, ctx: CheckContext): Set<string> {
  const ids = new Set<string>([...LAYOUT_IDS, ...TEMPLATE_IDS[collection]]);
  if (collection === 'countries') for (const id of COUNTRY_ANCHORS) ids.add(id);
  // Every glossary term shares one page: each term's id is taken by its heading.
  if (collection === 'glossary') for (const { file } of ctx.valid.glossary) ids.add(file.id);
  return ids;
}

export function anchorProblems(ctx: CheckContext, file: ContentFile): Problem[] {
  const parsed = bodyTree(file);
  if (!('tree' in parsed)) return [];
  const reserved = reservedIds(file.collection, ctx);
  const slugger = new Slugger();
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  const claim = (id: string, node: MdxNode, how: string) => {
    const line = nodeLine(node);
    const generated = GENERATED_ID_PREFIXES.find((p) => id.startsWith(p));
    if (reserved.has(id) || generated) {
      problems.push({
        file: file.file,
        line,
        field: 'body',
        message: `${how} gives the id "${id}", which the page already uses${generated ? ` (ids starting "${generated}" are generated)` : ' (an anchor of the page)'}`,
        expected: how.startsWith('heading') ? 'a heading that names something else (the section already has its own heading), or bold text' : 'another id, or no id',
        severity: 'error',
        rule: 'anchors',
      });
    } else if (seen.has(id)) {
      problems.push({ file: file.file, line, field: 'body', message: `${how} repeats the id "${id}" (also line ${seen.get(id)})`, expected: 'each id once per page', severity: 'error', rule: 'anchors' });
    }
    if (!seen.has(id)) seen.set(id, line);
  };
  walk(parsed.tree, (node) => {
    if (node.type === 'heading') {
      claim(slugger.slug(textOf(node)), node, `heading "${textOf(node).trim()}"`);
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[a-z]/.test(node.name)) {
      // Components take `id` as a prop (<Term id="…">), not as an HTML id: only plain elements count.
      const id = attributeValue(node, 'id');
      if (typeof id === 'string' && id !== '') claim(id, node, `<${node.name} id="${id}">`);
      if (/^h[1-6]$/.test(node.name) && id === undefined) claim(slugger.slug(textOf(node)), node, `heading <${node.name}>`);
    }
  });
  return problems;
}

export const anchorsRule: Rule = {
  name: 'anchors',
  description: 'Headings and ids in a body never copy an anchor of the page (sections, sub-sections, generated ids) and never repeat each other.',
  scope: 'tree',
  check(ctx) {
    return ctx.files.flatMap((file) => anchorProblems(ctx, file));
  },
};
