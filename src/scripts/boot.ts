/**
 * The only script every page loads (a few hundred bytes): it turns the header link
 * into a search field, binds the "/" shortcut, registers the offline service worker
 * and shows offline and update notices. The search code itself loads on first use.
 */

import headerSearchUrl from './header-search.ts?worker&url';
import noticesUrl from './notices.ts?worker&url';

const header = document.querySelector<HTMLElement>('[data-header-search]');
const form = header?.querySelector<HTMLFormElement>('form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const fallback = header?.querySelector<HTMLElement>('[data-search-fallback]');

if (form && input && fallback) {
  form.hidden = false;
  fallback.hidden = true;
  let loading: Promise<unknown> | null = null;
  // The header search is bundled on its own (a "?worker&url" import gives the URL of a separate,
  // self-contained ES module, built with worker.format "es") and imported by that URL: this
  // script then carries no module-preload helper. The module attaches itself to the form.
  const load = () => (loading ??= import(/* @vite-ignore */ headerSearchUrl));
  input.addEventListener('focus', load, { once: true });
  input.addEventListener('input', load, { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    event.preventDefault();
    input.focus();
  });
}

const notices = document.getElementById('site-notices');
const buildDate = document.querySelector<HTMLMetaElement>('meta[name="mlat-build-date"]')?.content;

function notice(id: string, text: string, action?: { label: string; run: () => void }) {
  if (!notices) return;
  document.getElementById(id)?.remove();
  const p = document.createElement('p');
  p.id = id;
  p.className = 'site-notice';
  p.textContent = text;
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run);
    p.append(' ', button);
  }
  notices.append(p);
}

// The notices' messages, in the page's language, load with the first notice (src/scripts/notices.ts);
// {name} is filled in here.
const lang = document.documentElement.lang || 'en';
let messages: Promise<Record<string, string>> | null = null;
const msg = async (key: string, values: Record<string, string> = {}) => {
  messages ??= import(/* @vite-ignore */ noticesUrl).then(() => globalThis.mlatNoticeMessages ?? {});
  return ((await messages)[key] ?? '').replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
};

function age(iso: string): string {
  const days = Math.floor((Date.now() - Date.parse(iso)) / 86_400_000);
  return new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(-Math.max(0, days), 'day');
}

/**
 * navigator.onLine is unreliable, and a page served by the service worker looks the same
 * online or not: ask the network directly (a HEAD request the worker does not answer).
 */
async function isOffline(): Promise<boolean> {
  if (!navigator.onLine) return true;
  if (!navigator.serviceWorker?.controller) return false;
  try {
    await fetch('/offline-manifest.json', { method: 'HEAD', cache: 'no-store' });
    return false;
  } catch {
    return true;
  }
}

async function showConnectivity() {
  if (!(await isOffline())) {
    document.getElementById('offline-notice')?.remove();
    return;
  }
  notice('offline-notice', await (buildDate ? msg('layout.offlineDated', { date: buildDate.slice(0, 10), age: age(buildDate) }) : msg('layout.offline')));
}
window.addEventListener('online', () => void showConnectivity());
window.addEventListener('offline', () => void showConnectivity());
void showConnectivity();

if ('serviceWorker' in navigator && location.protocol.startsWith('http')) {
  navigator.serviceWorker.register('/sw.js').then((registration) => {
    // Keep this page (opened before the worker existed) and, unless data saving is on, the search index.
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
    void navigator.serviceWorker.ready.then((ready) => ready.active?.postMessage({ type: 'keep', path: location.pathname, locale: lang, warmSearch: !saveData }));
    const offerUpdate = async (worker: ServiceWorker) =>
      notice('update-notice', await msg('layout.update'), {
        label: await msg('layout.updateNow'),
        run: () => worker.postMessage({ type: 'skip-waiting' }),
      });
    if (registration.waiting && navigator.serviceWorker.controller) void offerUpdate(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) void offerUpdate(worker);
      });
    });
  });
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !document.getElementById('update-notice')) return;
    reloading = true;
    location.reload();
  });
}

// The printed brief says when it was printed (without JavaScript it shows the version date).
// Closed <details> would print closed and lose their content: open them for print, then restore.
const opened: HTMLDetailsElement[] = [];
window.addEventListener('beforeprint', () => {
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-date]')) el.textContent = new Date().toISOString().slice(0, 10);
  for (const d of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
    d.open = true;
    opened.push(d);
  }
});
window.addEventListener('afterprint', () => {
  for (const d of opened.splice(0)) d.open = false;
});
