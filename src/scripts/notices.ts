/**
 * The offline and update notices' messages in the page's language, loaded by the boot script
 * only when it shows a notice (bundled on its own like the header search, see boot.ts; its
 * files are in the offline shell, so it loads offline too).
 */
import load from 'virtual:notice-messages';

declare global {
  var mlatNoticeMessages: Promise<Record<string, string>> | undefined;
}

// A module bundled on its own keeps no exports (nothing imports it by name): it hands the
// messages over on globalThis, where boot.ts awaits them after importing it.
globalThis.mlatNoticeMessages = (load[document.documentElement.lang] ?? load['en']!)().then((m) => m.default);
