/** Reading the built site in dist/. The test command builds it first (see package.json). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = resolve(ROOT, process.env['MLAT_DIST'] ?? 'dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No built site in ${DIST}: run "npm run build" first (npm test does it for you).`);
  }
}

/** Every HTML file under dist/, as site paths ("/countries/ie/"). */
export function htmlPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) out.push(`/${relative(DIST, full).split('\\').join('/')}`.replace(/index\.html$/, ''));
    }
  };
  walk(dir);
  return out.sort();
}

export function pageFile(path: string): string {
  const clean = path.split('#')[0]!.split('?')[0]!;
  return clean.endsWith('/') ? join(DIST, clean, 'index.html') : join(DIST, clean);
}

export function readPage(path: string): HTMLElement {
  return parse(readFileSync(pageFile(path), 'utf8'));
}

/** Ids of entries in a content collection folder. */
export function contentIds(collection: string, contentDir = process.env['MLAT_CONTENT_DIR'] ?? join(ROOT, 'content')): string[] {
  try {
    return readdirSync(join(contentDir, collection))
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => n.replace(/\.mdx$/, ''))
      .sort();
  } catch {
    return [];
  }
}
