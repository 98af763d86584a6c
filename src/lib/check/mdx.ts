/**
 * Parses an MDX body into a tree with line numbers, with the parser the build compiles it
 * with (Sätteri, the Astro 7 default), so the checker and the build see the same tree.
 */
import { mdxToMdast } from 'satteri';
import { MDX_FEATURES } from '../mdx-features.ts';

export interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  depth?: number;
  identifier?: string;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: { line: number; column: number; offset?: number }; end?: { offset?: number } };
  data?: Record<string, unknown>;
}

export interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
}

export type ParseResult = { tree: MdxNode } | { error: { line: number; message: string } };

export function parseMdx(body: string): ParseResult {
  try {
    return { tree: mdxToMdast(body, { features: MDX_FEATURES }) as unknown as MdxNode };
  } catch (err) {
    const message = String((err as Error)?.message ?? err);
    const at = /^(\d+):(\d+):\s*/.exec(message);
    const reason = message.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '');
    return { error: { line: at ? Number(at[1]) : 1, message: explainMdxError(reason) } };
  }
}

/** True for an expression that holds nothing but one block comment: `{/* note *\/}`. */
export function isCommentOnly(expression: string): boolean {
  return /^\s*\/\*(?:[^*]|\*(?!\/))*\*\/\s*$/.test(expression);
}

/** MDX parse errors are terse; add the usual cause and fix. */
export function explainMdxError(reason: string): string {
  if (/in expression|closing brace|Could not parse expression|Unexpected lazy line/.test(reason)) {
    return `${reason}: "{" starts a JavaScript expression in MDX; write \\{ for a literal brace`;
  }
  if (/after `<`|before name|Unexpected character .* before name/.test(reason)) {
    return `${reason}: a bare "<" in text is read as the start of a tag; write "under", "less than" or &lt; instead`;
  }
  if (/Unexpected (closing|end of file)|Expected a closing tag|Expected the closing tag|closing tag/.test(reason)) {
    return `${reason}: every <Tag> needs a matching </Tag> (or write it self-closing, <Tag />)`;
  }
  return reason;
}

/** The line a node starts on (1 when the parser gave no position). */
export function nodeLine(node: MdxNode): number {
  return node.position?.start.line ?? 1;
}

/** The source text of a node (empty when the parser gave no position). */
export function nodeSource(body: string, node: MdxNode): string {
  return node.position?.start.offset !== undefined && node.position.end?.offset !== undefined ? body.slice(node.position.start.offset, node.position.end.offset) : '';
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

/** Gives a file its parsed body from the checker's cache (src/lib/check/cache.ts). */
export function seedBodyTree(file: { body: string }, result: ParseResult): void {
  cache.set(file, result);
}

/** The parsed body of a content file, parsed once however many rules ask. */
export function bodyTree(file: { body: string }): ParseResult {
  let result = cache.get(file);
  if (!result) {
    result = parseMdx(file.body);
    cache.set(file, result);
  }
  return result;
}
