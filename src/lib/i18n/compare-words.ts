/**
 * The fixed words of compare's values (src/lib/compare/fields.ts `ValueWord`: "90 days", "Yes",
 * "as of …") in the page's language. Each id has its catalogue key here, written out so
 * tests/unit/i18n.test.ts sees every key used. Pure and free of the catalogues: the compare
 * island bundles it with the messages its page embeds. English pages keep the lib's words
 * (`valueWordText`), so English output and the CSV do not change.
 */
import type { ValueWord, ValueWordId } from '../compare/fields.ts';
import type { MessageKey, PageI18n } from './catalogues.ts';

/** The catalogue key of each id ("possible: check the depositary" is the vocabulary's `answer.unknown`). */
export const VALUE_WORD_KEYS: Record<Exclude<ValueWordId, 'bound-unknown'>, MessageKey> = {
  days: 'compare.value.days',
  yes: 'compare.value.yes',
  by: 'compare.value.by',
  'as-of': 'common.asOf',
  'undated-source': 'common.undatedSource',
  'in-force-on': 'compare.value.in-force-on',
  'instrument-not-in-force': 'compare.value.instrument-not-in-force',
  with: 'compare.value.with',
  handles: 'compare.value.handles',
  percent: 'compare.value.percent',
  mandatory: 'compare.value.mandatory',
  discretionary: 'compare.value.discretionary',
};

/** What rendering needs from the page (PageI18n) or the island (src/scripts/messages.ts). */
export interface ValueWordsIn {
  t(key: MessageKey, values: Record<string, string | number>): string;
  /** An ISO date in the page's language. */
  date(iso: string): string;
  label(table: string, id: string): string;
  /** "a or b" (disjunction), "a and b" (conjunction). */
  list(items: readonly string[], type: 'conjunction' | 'disjunction'): string;
  stateName(code: string, english: string): string;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/** A value word in the page's language (dates through the page's date formatter). */
export function valueWordIn(w: ValueWord, x: ValueWordsIn): string {
  if (w.id === 'bound-unknown') return lowerFirst(x.label('answer', 'unknown'));
  const key = VALUE_WORD_KEYS[w.id];
  switch (w.id) {
    case 'days': return x.t(key, { days: w.days });
    case 'percent': return x.t(key, { percent: w.percent });
    case 'yes':
    case 'undated-source':
    case 'instrument-not-in-force':
    case 'mandatory':
    case 'discretionary':
      return x.t(key, {});
    case 'by': return x.t(key, { channels: x.list(w.channels.map((c) => lowerFirst(x.label('channel', c))), 'disjunction') });
    case 'as-of':
    case 'in-force-on':
      return x.t(key, { date: x.date(w.date) });
    case 'with': return x.t(key, { states: x.list(w.partners.map((p) => x.stateName(p.code, p.name)), 'conjunction') });
    case 'handles': return x.t(key, { scope: w.scope });
  }
}

/** What a page renders value words with: its catalogue, date formatter, lists and State names. */
export function pageValueWords(tr: PageI18n): ValueWordsIn {
  return {
    t: (key, values) => tr.t(key, values),
    date: (iso) => tr.date(iso),
    label: (table, id) => tr.label(table as Parameters<PageI18n['label']>[0], id),
    list: (items, type) => tr.list(items, type),
    stateName: (code, english) => tr.stateName(code, english),
  };
}
