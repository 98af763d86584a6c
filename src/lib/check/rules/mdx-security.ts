/**
 * Contributor MDX is compiled to JavaScript at build time, so it must not be able to
 * run code, load third-party resources or inject markup the CSP would have to allow.
 */
import { ALLOWED_COMPONENT_NAMES, MDX_COMPONENTS } from '../../mdx-components.ts';
import { bodyTree, walk, type MdxNode } from '../mdx.ts';
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

const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'cite', 'background', 'ping', 'data']);

/** True for javascript:, vbscript: and data: URLs, however they are disguised with case, whitespace or entities. */
export function isDangerousUrl(url: string): boolean {
  const cleaned = url
    .replace(/&#x?0*(58|3a);?/gi, ':')
    .replace(/&colon;/gi, ':')
    .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
    .toLowerCase();
  return /^(javascript|vbscript|data):/.test(cleaned);
}

function isThirdParty(url: string): boolean {
  return /^(https?:)?\/\//i.test(url.trim());
}

export function mdxSecurityProblems(file: ContentFile, tree: MdxNode): Problem[] {
  const problems: Problem[] = [];
  const add = (node: MdxNode, message: string, expected?: string) =>
    problems.push({
      file: file.file,
      line: file.bodyLine + (node.position?.start.line ?? 1) - 1,
      field: 'body',
      message,
      ...(expected ? { expected } : {}),
      severity: 'error',
      rule: 'mdx-security',
    });

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
      case 'mdxTextExpression': {
        const estree = node.data?.estree as { body?: unknown[] } | undefined;
        if (!estree || (estree.body?.length ?? 0) > 0) {
          add(node, 'JavaScript expressions in braces are not allowed: they run at build time', 'plain text, or a {/* comment */}');
        }
        return;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && isDangerousUrl(node.url)) {
          add(node, `link to a "${node.url.split(':')[0]}:" URL is not allowed: it can run code or hide content`, 'an http(s) or site-relative URL');
        } else if (node.type === 'image' && node.url && isThirdParty(node.url)) {
          add(node, 'images from other sites are not allowed: the portal makes no third-party requests', 'an image in public/ referenced as /path.png');
        }
        return;
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
    if (typeof attr.value === 'string' && (URL_ATTRIBUTES.has(attrName.toLowerCase()) || isDangerousUrl(attr.value))) {
      if (isDangerousUrl(attr.value)) {
        add(node, `attribute "${attrName}" on <${name}> holds a "${attr.value.trim().split(':')[0]}:" URL, which can run code`, 'an http(s) or site-relative URL');
      } else if (lower === 'img' && isThirdParty(attr.value)) {
        add(node, 'images from other sites are not allowed: the portal makes no third-party requests', 'an image in public/');
      }
    }
  }
}

export const mdxSecurityRule: Rule = {
  name: 'mdx-security',
  description:
    'Only allowlisted components and safe HTML; no script, iframe, object, style, event handlers, javascript:/data: URLs, expressions, import or export.',
  scope: 'file',
  check(_ctx, file) {
    if (!file) return [];
    const parsed = bodyTree(file);
    return 'tree' in parsed ? mdxSecurityProblems(file, parsed.tree) : [];
  },
};
