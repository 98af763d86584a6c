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

/**
 * The page's CSP meta with only the hash sources that match an inline <script> or <style>
 * of that page. Astro lists the hashes of every script and style it bundled for the site
 * on every page; a script loaded from a file is already allowed by 'self', so the other
 * hashes only add weight (and allow nothing the page runs). `hash` gives the CSP source
 * of a text, e.g. 'sha256-…'. The policy only ever becomes stricter.
 */
export function pruneHashes(html: string, hash: (text: string) => string): string {
  const match = /<meta\s+http-equiv=(["'])content-security-policy\1\s+content=(["'])(.*?)\2/i.exec(html);
  if (!match) return html;
  const used = new Set<string>();
  for (const m of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
    if (m[1]!.toLowerCase() === 'script' && /\ssrc\s*=/i.test(m[2]!)) continue;
    used.add(hash(m[3]!));
  }
  const policy = parseCsp(match[3]!);
  for (const [name, values] of policy) policy.set(name, values.filter((v) => !/^'sha(256|384|512)-/.test(v) || used.has(v)));
  const content = [...policy].map(([name, values]) => [name, ...values].join(' ')).join(';') + ';';
  return html.slice(0, match.index) + match[0].replace(match[3]!, content) + html.slice(match.index + match[0].length);
}
