/** Date and language display with no dependencies, so browser islands can share it. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const intlDates = new Map<string, Intl.DateTimeFormat>();

/**
 * 2015 → "2015"; 2015-03 → "March 2015"; 2015-03-09 → "9 March 2015". With an Intl locale
 * tag ("fr", "ar"), the same precision in that language through Intl.DateTimeFormat.
 */
export function formatDate(date: string | null | undefined, intl?: string): string {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-');
  if (intl) {
    const options: Intl.DateTimeFormatOptions = d ? { dateStyle: 'long', timeZone: 'UTC' } : m ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
    const key = `${intl}|${d ? 'd' : m ? 'm' : 'y'}`;
    let f = intlDates.get(key);
    if (!f) intlDates.set(key, (f = new Intl.DateTimeFormat(intl, options)));
    return f.format(new Date(Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1)));
  }
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

let languageNames: Intl.DisplayNames | undefined;

const localLanguageNames = new Map<string, Intl.DisplayNames>();

/** A language's name in English, or in the language of the Intl tag given. */
export function languageName(code: string, intl?: string): string {
  try {
    if (intl) {
      let names = localLanguageNames.get(intl);
      if (!names) localLanguageNames.set(intl, (names = new Intl.DisplayNames([intl], { type: 'language' })));
      return names.of(code) ?? code;
    }
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}
