/**
 * What the service worker keeps: the shell at install, everything on request.
 * Pure: takes the list of built files, returns the manifest the worker reads.
 */

import { isLocale, localeFromPath, type Locale } from '../i18n/locales.ts';

export interface BuiltFile {
  /** Path relative to dist/, with forward slashes. */
  path: string;
  bytes: number;
  /** First 24 hex digits of the SHA-256 of the content: the worker stores a file only if it matches. */
  hash: string;
}

export interface OfflineManifest {
  version: string;
  buildDate: string;
  shell: string[];
  /** `locale` marks a file only one language needs (its pages, its search index). */
  files: { url: string; bytes: number; hash: string; locale?: Locale }[];
  totalBytes: number;
}

/**
 * The language a file belongs to, if only one: pages under /<lang>/ and English pages,
 * Pagefind's per-language index files (wasm.fr.pagefind, pagefind.fr_….pf_meta, fr_….pf_index,
 * fr_….pf_fragment); shared files (assets, API, JSON) have none.
 */
export function localeOfFile(url: string): Locale | undefined {
  const pf = /^\/pagefind\/(?:wasm\.([a-z]{2})\.pagefind|pagefind\.([a-z]{2})_[^/]+\.pf_meta|(?:index|fragment|filter)\/([a-z]{2})_[^/]+)$/.exec(url);
  if (pf) {
    const lang = pf[1] ?? pf[2] ?? pf[3];
    return isLocale(lang) ? lang : undefined;
  }
  if (!url.endsWith('/') && !url.endsWith('.html')) return undefined;
  return localeFromPath(url);
}

/** What "save the whole site" downloads for a reader of one language: shared files and that language's. */
export function filesForLocale<F extends { locale?: Locale | undefined }>(files: readonly F[], locale: Locale): F[] {
  return files.filter((f) => f.locale === undefined || f.locale === locale);
}

/** Files the site never needs offline: host config, the worker itself, Pagefind UIs we do not use. */
const EXCLUDED = [/^_headers$/, /^sw\.js$/, /^offline-manifest\.json$/, /^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/, /^pagefind\/wasm\.unknown\.pagefind$/, /\.map$/];

/** dist path → the URL a browser requests: countries/ie/index.html → /countries/ie/ */
export function urlOf(path: string): string {
  if (path === 'index.html') return '/';
  if (path.endsWith('/index.html')) return `/${path.slice(0, -'index.html'.length)}`;
  return `/${path}`;
}

// The draft assistant is kept from the first visit: its .docx writer (under /_astro/) too.
const SHELL_PAGES = ['/', '/offline/', '/not-saved/', '/search/', '/countries/', '/draft/', '/404.html'];

function isShell(url: string): boolean {
  return (
    SHELL_PAGES.includes(url) ||
    url.startsWith('/_astro/') ||
    url === '/favicon.svg' ||
    url === '/manifest.webmanifest' ||
    /^\/pagefind\/(pagefind\.js|pagefind-entry\.json|wasm\.en\.pagefind|pagefind\.[a-z_0-9]+\.pf_meta)$/.test(url)
  );
}

export function buildManifest(files: BuiltFile[], version: string, buildDate: string): OfflineManifest {
  const kept = files
    .filter((f) => !EXCLUDED.some((re) => re.test(f.path)))
    .map((f) => {
      const url = urlOf(f.path);
      const locale = localeOfFile(url);
      return { url, bytes: f.bytes, hash: f.hash, ...(locale ? { locale } : {}) };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
  return {
    version,
    buildDate,
    shell: kept.filter((f) => isShell(f.url)).map((f) => f.url),
    files: kept,
    totalBytes: kept.reduce((sum, f) => sum + f.bytes, 0),
  };
}

/** What the worker keeps in the background after the first visit: the search runtime and index. */
export function isSearchFile(url: string): boolean {
  return url.startsWith('/pagefind/');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
