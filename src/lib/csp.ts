/** Content-Security-Policy strings: parse, merge, serialise. */

export type Policy = Map<string, string[]>;

export function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    policy.set(name.toLowerCase(), values);
  }
  return policy;
}

/** The union of several policies' sources, directive by directive (order of first appearance kept). */
export function mergeCsp(policies: Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, values] of policy) {
      const list = merged.get(name) ?? [];
      for (const v of values) if (!list.includes(v)) list.push(v);
      merged.set(name, list);
    }
  }
  return merged;
}

export function serialiseCsp(policy: Policy): string {
  return [...policy].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** Directives that only work as a response header, never in a <meta> tag. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/** The CSP meta content of an HTML document, if any. */
export function metaCsp(html: string): string | null {
  const match = /<meta\s+http-equiv=(["'])content-security-policy\1\s+content=(["'])(.*?)\2/i.exec(html);
  return match ? match[3]! : null;
}
