/** Parses an MDX body into a tree with line numbers, as the content checker sees it. */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number; offset?: number }; end?: { offset?: number } };
  data?: { estree?: unknown };
}

export interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string; data?: { estree?: unknown } };
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export type ParseResult = { tree: MdxNode } | { error: { line: number; message: string } };

export function parseMdx(body: string): ParseResult {
  try {
    return { tree: processor.parse(body) as unknown as MdxNode };
  } catch (err) {
    const e = err as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    return { error: { line, message: explainMdxError(e.reason ?? e.message) } };
  }
}

/** MDX parse errors are terse; add the usual cause and fix. */
export function explainMdxError(reason: string): string {
  if (/in expression|Could not parse expression|Unexpected lazy line|acorn/.test(reason)) {
    return `${reason}: "{" starts a JavaScript expression in MDX; write \\{ for a literal brace`;
  }
  if (/before name|Unexpected character .* before name|Unexpected character `[ 0-9=]`/.test(reason)) {
    return `${reason}: a bare "<" in text is read as the start of a tag; write "under", "less than" or &lt; instead`;
  }
  if (/Unexpected (closing|end of file)|Expected a closing tag|Expected the closing tag/.test(reason)) {
    return `${reason}: every <Tag> needs a matching </Tag> (or write it self-closing, <Tag />)`;
  }
  return reason;
}

export function walk(node: MdxNode, visit: (node: MdxNode, ancestors: MdxNode[]) => void, ancestors: MdxNode[] = []): void {
  visit(node, ancestors);
  for (const child of node.children ?? []) walk(child, visit, [...ancestors, node]);
}

/** Attribute value as a string; undefined when absent, null when it is an expression. */
export function attributeValue(node: MdxNode, name: string): string | null | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return undefined;
  if (attr.value === null || attr.value === undefined) return '';
  return typeof attr.value === 'string' ? attr.value : null;
}

const cache = new WeakMap<object, ParseResult>();

/** The parsed body of a content file, parsed once however many rules ask. */
export function bodyTree(file: { body: string }): ParseResult {
  let result = cache.get(file);
  if (!result) {
    result = parseMdx(file.body);
    cache.set(file, result);
  }
  return result;
}
