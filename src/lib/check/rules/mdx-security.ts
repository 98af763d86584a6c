/**
 * Contributor MDX is compiled to JavaScript at build time, so it must not be able to
 * run code, load third-party resources or inject markup the CSP would have to allow.
 */
import { ALLOWED_COMPONENT_NAMES, MDX_COMPONENTS } from '../../mdx-components.ts';
import { bodyTree, isCommentOnly, nodeLine, walk, type MdxNode } from '../mdx.ts';
import { checkLinkUrl, checkResourceUrl, isDangerousUrl, srcsetUrls } from '../urls.ts';
import type { ContentFile, Problem, Rule } from '../types.ts';

/** Elements that run code, embed other documents or restyle the page. */
export const FORBIDDEN_ELEMENTS: Record<string, string> = {
  script: 'scripts cannot run from content',
  iframe: 'embedded pages load third-party content and cannot be kept offline',
  frame: 'embedded pages load third-party content',
  frameset: 'embedded pages load third-party content',
  object: 'plug-in content can run code',
  embed: 'plug-in content can run code',
  applet: 'plug-in content can run code',
  style: 'styles come from the site stylesheet so every page stays readable and printable',
  link: 'content cannot load extra resources',
  meta: 'content cannot change page metadata or redirect',
  base: 'content cannot change how links resolve',
  form: 'content cannot post data anywhere',
  input: 'content cannot collect input',
  button: 'content cannot add controls',
  textarea: 'content cannot collect input',
  select: 'content cannot collect input',
  svg: 'inline SVG can carry scripts; use an image file in public/',
  math: 'MathML can carry links that run code',
  template: 'templates hide markup from review',
  portal: 'embedded pages load third-party content',
};

/** Plain HTML elements that are safe in content. */
export const ALLOWED_ELEMENTS = new Set(
  'a abbr b blockquote br caption cite code dd del details dfn div dl dt em figcaption figure hr i img ins kbd li mark ol p pre q s small span strong sub summary sup table tbody td th thead time tr u ul var wbr'.split(
    ' ',
  ),
);

/** Attributes whose URL the browser fetches by itself: they must stay on the site. */
const RESOURCE_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'background', 'data', 'xlink:href', 'lowsrc', 'dynsrc']);
/** Attributes holding a URL the user follows. */
const LINK_ATTRIBUTES = new Set(['href', 'cite', 'longdesc', 'action', 'formaction']);

/** Markdown definitions ([ref]: url) by normalised label, to judge reference-style images and links. */
function definitionsOf(tree: MdxNode): Map<string, MdxNode> {
  const defs = new Map<string, MdxNode>();
  walk(tree, (node) => {
    if (node.type === 'definition' && node.identifier) defs.set(node.identifier.toLowerCase(), node);
  });
  return defs;
}

export function mdxSecurityProblems(file: ContentFile, tree: MdxNode): Problem[] {
  const problems: Problem[] = [];
  const add = (node: MdxNode, message: string, expected?: string) =>
    problems.push({
      file: file.file,
      line: nodeLine(node),
      field: 'body',
      message,
      ...(expected ? { expected } : {}),
      severity: 'error',
      rule: 'mdx-security',
    });

  const definitions = definitionsOf(tree);
  walk(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          node,
          'import and export statements are not allowed: the site provides the components content may use',
          `no imports; use ${ALLOWED_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')} directly`,
        );
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.value ?? '')) {
          add(node, 'JavaScript expressions in braces are not allowed: they run at build time', 'plain text, or a {/* comment */}');
        }
        return;
      case 'image': {
        const verdict = checkResourceUrl(node.url ?? '');
        if (!verdict.ok) add(node, verdict.message, verdict.expected);
        return;
      }
      case 'imageReference': {
        const def = definitions.get((node.identifier ?? '').toLowerCase());
        const verdict = def ? checkResourceUrl(def.url ?? '') : { ok: true as const };
        if (!verdict.ok) add(node, `reference-style image: ${verdict.message}`, verdict.expected);
        return;
      }
      case 'link':
      case 'definition': {
        const verdict = checkLinkUrl(node.url ?? '');
        if (!verdict.ok) add(node, verdict.message, verdict.expected);
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, add);
        return;
      default:
    }
  });
  return problems;
}

function checkElement(node: MdxNode, add: (node: MdxNode, message: string, expected?: string) => void): void {
  const name = node.name;
  if (!name) {
    add(node, 'fragments (<>…</>) are not allowed', 'plain text or an allowed component');
    return;
  }
  const lower = name.toLowerCase();
  if (FORBIDDEN_ELEMENTS[lower]) {
    add(node, `<${name}> is not allowed: ${FORBIDDEN_ELEMENTS[lower]}`);
    return;
  }
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (isComponent && !MDX_COMPONENTS[name]) {
    add(node, `<${name}> is not an allowed component`, `one of: ${ALLOWED_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}`);
  } else if (!isComponent && !ALLOWED_ELEMENTS.has(lower)) {
    add(node, `<${name}> is not an allowed HTML element`, 'Markdown, or one of the allowed components');
  }
  for (const attr of node.attributes ?? []) {
    if (attr.type === 'mdxJsxExpressionAttribute') {
      add(node, `spread attributes ({...}) are not allowed on <${name}>: they run JavaScript`, 'attributes written as name="value"');
      continue;
    }
    const attrName = attr.name ?? '';
    if (/^on/i.test(attrName)) {
      add(node, `event-handler attribute "${attrName}" on <${name}> is not allowed: it runs JavaScript`);
      continue;
    }
    if (attrName === 'style') {
      add(node, `inline style on <${name}> is not allowed: the Content-Security-Policy blocks inline styles`, 'the site stylesheet');
      continue;
    }
    if (attrName === 'dangerouslySetInnerHTML' || attrName === 'set:html' || attrName === 'is:inline' || attrName.startsWith('client:')) {
      add(node, `attribute "${attrName}" on <${name}> is not allowed: it injects raw HTML or scripts`);
      continue;
    }
    if (attr.value && typeof attr.value === 'object') {
      add(node, `attribute "${attrName}" on <${name}> uses a JavaScript expression`, `a quoted value: ${attrName}="…"`);
      continue;
    }
    const lowerAttr = attrName.toLowerCase();
    if (lowerAttr === 'ping') {
      add(node, `attribute "ping" on <${name}> is not allowed: it makes the browser report clicks to another address`);
      continue;
    }
    if (typeof attr.value !== 'string') continue;
    if (RESOURCE_ATTRIBUTES.has(lowerAttr)) {
      for (const url of lowerAttr === 'srcset' ? srcsetUrls(attr.value) : [attr.value]) {
        const verdict = checkResourceUrl(url);
        if (!verdict.ok) add(node, `attribute "${attrName}" on <${name}>: ${verdict.message}`, verdict.expected);
      }
    } else if (LINK_ATTRIBUTES.has(lowerAttr)) {
      const verdict = checkLinkUrl(attr.value);
      if (!verdict.ok) add(node, `attribute "${attrName}" on <${name}>: ${verdict.message}`, verdict.expected);
    } else if (isDangerousUrl(attr.value)) {
      add(node, `attribute "${attrName}" on <${name}> holds a "${attr.value.trim().split(':')[0]}:" URL, which can run code`, 'an http(s) or site-relative URL');
    }
  }
}

export const mdxSecurityRule: Rule = {
  name: 'mdx-security',
  description:
    'Only allowlisted components and safe HTML; no script, iframe, object, style, event handlers, ping, javascript:/data: URLs, user names in URLs, images from other sites (src, srcset, reference-style), expressions, import or export.',
  scope: 'file',
  check(_ctx, file) {
    if (!file) return [];
    const parsed = bodyTree(file);
    return 'tree' in parsed ? mdxSecurityProblems(file, parsed.tree) : [];
  },
};
