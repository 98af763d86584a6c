/** Allowed components are used as documented, and every reference they make resolves. */
import { COUNTRY_SECTION_IDS, GUIDANCE_SECTION_IDS } from '../../contract/sections.ts';
import { MDX_COMPONENTS } from '../../mdx-components.ts';
import { attributeValue, bodyTree, isCommentOnly, nodeLine, walk } from '../mdx.ts';
import type { CheckContext, ContentFile, Problem, Rule } from '../types.ts';
import { knownIds } from './references.ts';

function sourceIds(file: ContentFile): string[] {
  const sources = (file.data as { sources?: unknown } | null)?.sources;
  return Array.isArray(sources) ? sources.map((s) => (s as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string') : [];
}

export function componentProblems(ctx: CheckContext, file: ContentFile): Problem[] {
  const parsed = bodyTree(file);
  if (!('tree' in parsed)) return [];
  const known = knownIds(ctx);
  const problems: Problem[] = [];
  const add = (line: number, message: string, expected?: string) =>
    problems.push({
      file: file.file,
      line,
      field: 'body',
      message,
      ...(expected ? { expected } : {}),
      severity: 'error',
      rule: 'mdx-components',
    });
  const exists = (set: Set<string>, value: string, what: string, line: number) => {
    if (!set.has(value)) add(line, `unknown ${what} "${value}"`, `one of: ${[...set].sort().slice(0, 12).join(', ')}${set.size > 12 ? ', …' : ''}`);
  };

  walk(parsed.tree, (node, ancestors) => {
    if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.name) return;
    const spec = MDX_COMPONENTS[node.name];
    if (!spec) return; // unknown names are reported by mdx-security
    const line = nodeLine(node);
    if (!spec.collections.includes(file.collection)) {
      add(line, `<${node.name}> cannot be used in ${file.collection} entries`, `use it in ${spec.collections.join(' or ')} only`);
      return;
    }
    if (spec.topLevelOnly && ancestors.length > 1) {
      add(line, `<${node.name}> must be at the top level of the body, not inside another element`);
    }
    for (const attr of node.attributes ?? []) {
      if (attr.type === 'mdxJsxAttribute' && attr.name && !spec.props[attr.name] && !/^on/i.test(attr.name) && attr.name !== 'style') {
        add(line, `<${node.name}> has no attribute "${attr.name}"`, `attributes: ${Object.keys(spec.props).join(', ')}`);
      }
    }
    const props: Record<string, string | undefined> = {};
    for (const [prop, { required }] of Object.entries(spec.props)) {
      const value = attributeValue(node, prop);
      if (value === null) continue; // expression: reported by mdx-security
      if (value === undefined || value === '') {
        if (required) add(line, `<${node.name}> is missing its "${prop}" attribute`, spec.props[prop]!.description);
        continue;
      }
      props[prop] = value;
    }
    switch (node.name) {
      case 'Guidance':
        if (props['section'] && !(GUIDANCE_SECTION_IDS as string[]).includes(props['section'])) {
          add(line, `unknown section "${props['section']}"`, `one of: ${GUIDANCE_SECTION_IDS.join(', ')}`);
        }
        break;
      case 'Cite': {
        const ids = sourceIds(file);
        for (const id of (props['ids'] ?? '').split(/\s+/).filter(Boolean)) {
          if (!ids.includes(id)) add(line, `unknown source id "${id}" in <Cite>`, ids.length ? `one of: ${ids.join(', ')}` : 'a source listed in this file’s sources');
        }
        break;
      }
      case 'Country':
        if (props['code']) exists(known.countries, props['code'], 'country', line);
        if (props['section'] && !(COUNTRY_SECTION_IDS as string[]).includes(props['section'])) {
          add(line, `unknown section "${props['section']}"`, `one of: ${COUNTRY_SECTION_IDS.join(', ')}`);
        }
        break;
      case 'Instrument':
        if (props['id']) exists(known.instruments, props['id'], 'instrument', line);
        break;
      case 'Term':
        if (props['id']) exists(known.glossary, props['id'], 'glossary term', line);
        break;
      case 'Module':
        if (props['slug']) exists(known.modules, props['slug'], 'module', line);
        break;
      default:
    }
  });

  // A country body is a sequence of <Guidance> blocks: anything else would show in every section.
  if (file.collection === 'countries') {
    for (const child of parsed.tree.children ?? []) {
      const isGuidance = child.type === 'mdxJsxFlowElement' && child.name === 'Guidance';
      const isComment = child.type === 'mdxFlowExpression' && isCommentOnly(child.value ?? '');
      if (!isGuidance && !isComment) {
        add(nodeLine(child), 'text outside a <Guidance section="…"> block', 'every part of a country body inside <Guidance section="…">…</Guidance>');
      }
    }
  }
  return problems;
}

export const mdxComponentsRule: Rule = {
  name: 'mdx-components',
  description: 'Components are used where allowed, with their required attributes, and their references (sections, sources, entries) exist.',
  scope: 'tree',
  check(ctx) {
    return ctx.files.flatMap((file) => componentProblems(ctx, file));
  },
};
