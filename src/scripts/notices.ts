/**
 * The offline and update notices' messages in the page's language, loaded by the boot script
 * only when it shows a notice (bundled on its own like the header search, see boot.ts; its
 * files are in the offline shell, so it loads offline too).
 */
import type { Locale } from '../lib/i18n/locales.ts';

const MESSAGES: Record<Locale, () => Promise<{ default: Record<string, string> }>> = {
  ar: () => import('virtual:notice-messages/ar'),
  zh: () => import('virtual:notice-messages/zh'),
  en: () => import('virtual:notice-messages/en'),
  fr: () => import('virtual:notice-messages/fr'),
  ru: () => import('virtual:notice-messages/ru'),
  es: () => import('virtual:notice-messages/es'),
};

declare global {
  var mlatNoticeMessages: Promise<Record<string, string>> | undefined;
}

// A module bundled on its own keeps no exports (nothing imports it by name): it hands the
// messages over on globalThis, where boot.ts awaits them after importing it.
const lang = document.documentElement.lang as Locale;
globalThis.mlatNoticeMessages = (MESSAGES[lang] ?? MESSAGES.en)().then((m) => m.default);
