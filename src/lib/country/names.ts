/**
 * A State's name in the six UN languages and in German and Portuguese, from the maintained
 * i18n-iso-countries dataset: what people type into search ("Allemagne", "Alemania",
 * "Германия", "ألمانيا", "德国"). Build-time only (the datasets are large): pages and the
 * search index use it, islands never import it.
 */
import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };

for (const locale of [en, ar, de, es, fr, pt, ru, zh]) countries.registerLocale(locale);

/** The UN's six official languages, then German and Portuguese. */
export const NAME_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es', 'de', 'pt'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

export interface LocalName {
  lang: NameLanguage;
  names: string[];
}

/**
 * The names of a State in each language (official and short forms), leaving out those
 * already given (the entry's name and aliases), compared without case.
 */
export function namesInLanguages(code: string, known: readonly string[] = []): LocalName[] {
  const seen = new Set(known.map((n) => n.toLowerCase()));
  const out: LocalName[] = [];
  for (const lang of NAME_LANGUAGES) {
    const found = countries.getName(code.toUpperCase(), lang, { select: 'all' }) ?? [];
    const names = found.filter((n) => {
      const key = n.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (names.length) out.push({ lang, names });
  }
  return out;
}

/** Neutral short names where the dataset's form reads oddly in running text, per language. */
const LOCAL_OVERRIDES: Record<string, Partial<Record<NameLanguage, string>>> = {
  eu: { ar: 'الاتحاد الأوروبي', zh: '欧洲联盟', en: 'European Union', fr: 'Union européenne', ru: 'Европейский союз', es: 'Unión Europea' },
};

/** A State's name in one language from the dataset, or undefined when it has none. */
export function localStateName(code: string, lang: NameLanguage): string | undefined {
  return LOCAL_OVERRIDES[code]?.[lang] ?? countries.getName(code.toUpperCase(), lang, { select: 'official' }) ?? undefined;
}
