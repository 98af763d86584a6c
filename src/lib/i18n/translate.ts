/**
 * Formatting interface messages: ICU MessageFormat (plurals, selects, numbers) through
 * FormatJS's intl-messageformat. Pure: it takes a catalogue and returns a function; pages use
 * src/lib/i18n/catalogues.ts (every language), islands the messages their page embeds.
 */
import { IntlMessageFormat } from 'intl-messageformat';

export type Messages = Readonly<Record<string, string>>;
export type Values = Record<string, string | number | Date | null | undefined>;
export type Translate<K extends string = string> = (key: K, values?: Values) => string;

/** A translate function over a catalogue; a missing key throws (a test keeps catalogues complete). */
export function createTranslator<K extends string>(intlLocale: string, messages: Messages, fallback?: Messages): Translate<K> {
  const compiled = new Map<string, IntlMessageFormat>();
  return (key, values) => {
    let format = compiled.get(key);
    if (!format) {
      const source = messages[key] ?? fallback?.[key];
      if (source === undefined) throw new Error(`No message "${key}" for ${intlLocale}`);
      format = new IntlMessageFormat(source, intlLocale, undefined, { ignoreTag: true });
      compiled.set(key, format);
    }
    const out = format.format(values as Record<string, string | number>);
    return Array.isArray(out) ? out.join('') : String(out);
  };
}

/** The argument names a message uses ({name}, {count, plural, …}), for catalogue tests. */
export function messageArguments(source: string): string[] {
  const names = new Set<string>();
  const walk = (elements: ReturnType<IntlMessageFormat['getAst']>) => {
    for (const el of elements) {
      if ('value' in el && typeof el.value === 'string' && el.type !== 0) names.add(el.value);
      if ('options' in el && el.options) for (const opt of Object.values(el.options as Record<string, { value: typeof elements }>)) walk(opt.value);
    }
  };
  walk(new IntlMessageFormat(source, 'en', undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}
