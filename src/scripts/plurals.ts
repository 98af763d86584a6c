/**
 * ICU MessageFormat for the islands without intl-messageformat (its parser alone is about
 * 10 KB gzipped, and the header search, the search page, the route planner and the draft
 * assistant each paid for it): the subset the catalogues use, which is {argument},
 * {argument, number}, {argument, number, percent}, {argument, plural, =N {…} one {…} …}
 * with `#`, and {argument, select, yes {…} other {…}}. Tags stay text (as with
 * intl-messageformat's `ignoreTag`). tests/unit/i18n-interface.test.ts formats every message
 * of every catalogue with both and requires the same output, so a message that needs more
 * of ICU fails there, not in a user's browser.
 */
import { intlLocale, messageBlock } from './messages.ts';

type Values = Record<string, string | number | null | undefined>;

/** A message of the page's catalogue, formatted; an absent key shows itself (a test keeps them embedded). */
export function count(key: string, values: Values = {}): string {
  const source = messageBlock().messages[key];
  if (source === undefined) return key;
  return formatMessage(source, values, intlLocale());
}

/** Formats `source` (the ICU subset above) in the language `intl` (exported for the tests). */
export function formatMessage(source: string, values: Values, intl: string): string {
  return format(source, values, new Formatters(intl), null);
}

class Formatters {
  private numbers?: Intl.NumberFormat;
  private percents?: Intl.NumberFormat;
  private rules?: Intl.PluralRules;
  readonly intl: string;
  constructor(intl: string) {
    this.intl = intl;
  }
  number = (n: number) => (this.numbers ??= new Intl.NumberFormat(this.intl)).format(n);
  percent = (n: number) => (this.percents ??= new Intl.NumberFormat(this.intl, { style: 'percent' })).format(n);
  plural = (n: number) => (this.rules ??= new Intl.PluralRules(this.intl)).select(n);
}

/** `hash` is the formatted number of the innermost plural, which `#` stands for. */
function format(source: string, values: Values, f: Formatters, hash: string | null): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('{', i);
    const text = source.slice(i, open < 0 ? source.length : open);
    out += hash === null ? text : text.replace(/#/g, hash);
    if (open < 0) break;
    const close = matching(source, open);
    out += argument(source.slice(open + 1, close), values, f);
    i = close + 1;
  }
  return out;
}

function argument(body: string, values: Values, f: Formatters): string {
  const complex = /^\s*(\w+)\s*,\s*(plural|select)\s*,/.exec(body);
  if (complex) {
    const [, name, kind] = complex as unknown as [string, string, 'plural' | 'select'];
    const branches = branchesOf(body.slice(complex[0].length));
    const value = values[name];
    // `#` inside a select is text, even within a plural (as intl-messageformat parses it).
    if (kind === 'select') return format(branches.get(String(value ?? 'other')) ?? branches.get('other') ?? '', values, f, null);
    const n = Number(value ?? 0);
    return format(branches.get(`=${n}`) ?? branches.get(f.plural(n)) ?? branches.get('other') ?? '', values, f, f.number(n));
  }
  const simple = /^\s*(\w+)\s*(?:,\s*(number)\s*(?:,\s*(\w+)\s*)?)?$/.exec(body);
  if (!simple) return '';
  const [, name, kind, style] = simple;
  const value = values[name!];
  if (kind === 'number') {
    const n = Number(value ?? 0);
    return style === 'percent' ? f.percent(n) : f.number(n);
  }
  return value === null || value === undefined ? '' : String(value);
}

function branchesOf(text: string): Map<string, string> {
  const branches = new Map<string, string>();
  let j = 0;
  const selector = /\s*(=\d+|\w+)\s*\{/y;
  while (j < text.length) {
    selector.lastIndex = j;
    const m = selector.exec(text);
    if (!m) break;
    const start = j + m[0].length - 1;
    const end = matching(text, start);
    branches.set(m[1]!, text.slice(start + 1, end));
    j = end + 1;
  }
  return branches;
}

function matching(text: string, open: number): number {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    if (text[k] === '{') depth++;
    else if (text[k] === '}' && --depth === 0) return k;
  }
  return text.length - 1;
}
