/**
 * Plurals without intl-messageformat, for the draft island (its JavaScript budget is 30 KB):
 * `count` reads `{n, plural, =N {…} one {…} other {…}}` with Intl.PluralRules, `#` for the
 * number, and plain {arguments}; no select. tests/unit/i18n-interface.test.ts checks it
 * against intl-messageformat for every message it formats, in every language.
 */
import { intlLocale, messageBlock } from './messages.ts';

/**
 * A message with plurals but no select: each `{name, plural, …}` picks its branch by the
 * language's plural rules (`=N` first), `#` is the number; other {arguments} as in `msg`.
 */
export function count(key: string, values: Record<string, string | number | null | undefined> = {}): string {
  const source = messageBlock().messages[key];
  if (source === undefined) return key;
  return formatPlurals(source, values, intlLocale());
}

/** The plural subset of ICU MessageFormat that `count` reads (exported for the tests). */
export function formatPlurals(source: string, values: Record<string, string | number | null | undefined>, intl: string): string {
  const numbers = new Intl.NumberFormat(intl);
  const rules = new Intl.PluralRules(intl);
  let out = '';
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('{', i);
    if (open < 0) return out + source.slice(i);
    out += source.slice(i, open);
    const close = matching(source, open);
    const body = source.slice(open + 1, close);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(body);
    if (plural) {
      const n = Number(values[plural[1]!] ?? 0);
      const branches = new Map<string, string>();
      let j = plural[0].length;
      while (j < body.length) {
        const sel = /\s*(=\d+|\w+)\s*\{/y;
        sel.lastIndex = j;
        const m = sel.exec(body);
        if (!m) break;
        const start = j + m[0].length - 1;
        const end = matching(body, start);
        branches.set(m[1]!, body.slice(start + 1, end));
        j = end + 1;
      }
      const branch = branches.get(`=${n}`) ?? branches.get(rules.select(n)) ?? branches.get('other') ?? '';
      out += formatPlurals(branch, values, intl).replace(/#/g, numbers.format(n));
    } else {
      const name = /^\s*(\w+)\s*(?:,\s*number\s*)?$/.exec(body)?.[1];
      const v = name ? values[name] : undefined;
      out += typeof v === 'number' ? numbers.format(v) : (v ?? '');
    }
    i = close + 1;
  }
  return out;
}

function matching(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    if (text[k] === '{') depth++;
    else if (text[k] === '}' && --depth === 0) return k;
  }
  return text.length - 1;
}
