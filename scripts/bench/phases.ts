/**
 * Where a build spends its time: the phases the integrations record (src/integrations/phases.ts,
 * one JSON line each in MLAT_PHASES_FILE) and Astro's per-page log lines, summed by the
 * first segment of the page's path (countries, instruments, api, maps, ...).
 */
import { existsSync, readFileSync } from 'node:fs';

export interface Phase {
  phase: string;
  ms: number;
}

export interface RouteFamily {
  /** First path segment, e.g. "countries" for /countries/ie/index.html; "(root)" for /404.html. */
  family: string;
  pages: number;
  ms: number;
}

export function readPhases(file: string): Phase[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Phase)
    .filter((p) => typeof p.phase === 'string' && typeof p.ms === 'number');
}

const PAGE_LINE = /[├└]─ (\/\S*) \(\+(\d+)ms\)/;

/** Render time by route family, largest first, from `astro build` output. */
export function routeFamilies(log: string): RouteFamily[] {
  const byFamily = new Map<string, RouteFamily>();
  for (const line of log.split('\n')) {
    const m = PAGE_LINE.exec(line);
    if (!m) continue;
    const segments = m[1]!.split('/').filter(Boolean);
    const family = segments.length > 1 ? segments[0]! : '(root)';
    const f = byFamily.get(family) ?? { family, pages: 0, ms: 0 };
    f.pages += 1;
    f.ms += Number(m[2]);
    byFamily.set(family, f);
  }
  return [...byFamily.values()].sort((a, b) => b.ms - a.ms || a.family.localeCompare(b.family));
}

/** External classic scripts that block rendering (no type="module", async or defer), in an HTML page. */
export function renderBlockingScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1]!;
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    if (!src) continue;
    if (/\btype\s*=\s*["']?module\b/i.test(attrs) || /\b(async|defer)\b/i.test(attrs)) continue;
    out.push(src);
  }
  return out;
}
