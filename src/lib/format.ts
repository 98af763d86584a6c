/** Display helpers shared by pages: names, dates, languages. Pure and locale-fixed (en-GB). */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Neutral short names where the ISO list's official form reads oddly in running text. */
const NAME_OVERRIDES: Record<string, string> = {
  eu: 'European Union',
  us: 'United States',
  gb: 'United Kingdom',
  cz: 'Czechia',
  mk: 'North Macedonia',
  tw: 'Taiwan',
  va: 'Holy See',
  kr: 'Republic of Korea',
  kp: "Democratic People's Republic of Korea",
  la: 'Laos',
  ir: 'Iran',
  ru: 'Russian Federation',
};

/** English short name of a State, or "European Union" for eu. Prefer an entry's own `name` when there is one. */
export function stateName(code: string): string {
  const override = NAME_OVERRIDES[code];
  if (override) return override;
  return countries.getName(code.toUpperCase(), 'en', { select: 'official' }) ?? code.toUpperCase();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2015 → "2015"; 2015-03 → "March 2015"; 2015-03-09 → "9 March 2015". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

export function alpha3(code: string): string | undefined {
  return countries.alpha2ToAlpha3(code.toUpperCase());
}

/** Every State with an ISO 3166-1 alpha-2 code, by English name, for pickers. */
export function allStates(): { code: string; name: string }[] {
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => code.toLowerCase())
    .map((code) => ({ code, name: stateName(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
