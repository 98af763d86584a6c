/**
 * The second wall. The content checker refuses every file that could run code, and the
 * loaders load only files it accepted; this plugin runs inside the build's MDX compiler
 * and refuses, again, the only MDX constructs that become code: import/export, {expressions}
 * and expression or spread attributes. If it ever fires, the checker has a hole.
 */
import { defineMdastPlugin } from 'satteri';
import { isCommentOnly } from '../lib/check/mdx.ts';

const refuse = (what: string, where?: { start?: { line?: number } }) => {
  throw new Error(`MLAT content guard: ${what} in content MDX${where?.start?.line ? ` (line ${where.start.line})` : ''}; the content checker should have refused this file`);
};

interface GuardNode {
  value?: string;
  position?: { start?: { line?: number } };
  attributes?: { type: string; value?: unknown }[];
}

const checkAttributes = (node: GuardNode) => {
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || (attr.value !== null && typeof attr.value === 'object')) refuse('an expression or spread attribute', node.position);
  }
};

export const contentGuard = defineMdastPlugin({
  name: 'mlat-content-guard',
  mdxjsEsm(node: GuardNode) {
    refuse('an import or export statement', node.position);
  },
  mdxFlowExpression(node: GuardNode) {
    if (!isCommentOnly(node.value ?? '')) refuse('a JavaScript expression', node.position);
  },
  mdxTextExpression(node: GuardNode) {
    if (!isCommentOnly(node.value ?? '')) refuse('a JavaScript expression', node.position);
  },
  mdxJsxFlowElement(node: GuardNode) {
    checkAttributes(node);
  },
  mdxJsxTextElement(node: GuardNode) {
    checkAttributes(node);
  },
} as Parameters<typeof defineMdastPlugin>[0]);
