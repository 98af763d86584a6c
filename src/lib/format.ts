/** Display helpers shared by pages: names, dates, languages. Pure and locale-fixed (en-GB). */
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

export { formatDate, languageName } from './dates.ts';

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
