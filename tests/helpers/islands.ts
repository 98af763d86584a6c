/** The JavaScript a built page loads for its own islands (not the layout's), following static imports. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, readPage } from './dist.ts';

/** Static imports of a built chunk: `from "./x.js"`, `import "./x.js"` (never a dynamic import()). */
export function staticImports(code: string, at: string): string[] {
  return [...code.matchAll(/(?:from|import)\s*["']((?:\.\/|\/_astro\/)[^"']+\.js)["']/g)].map((m) => (m[1]!.startsWith('/') ? m[1]! : join(at, '..', m[1]!)));
}

/** A built script and every chunk it imports, recursively, as { path, code }. */
function bundle(src: string, seen: Set<string>): { path: string; code: string }[] {
  if (seen.has(src)) return [];
  seen.add(src);
  return withImports(readFileSync(join(DIST, src), 'utf8'), src, seen);
}

function withImports(code: string, at: string, seen: Set<string>): { path: string; code: string }[] {
  return [{ path: at, code }, ...staticImports(code, at).flatMap((d) => bundle(d, seen))];
}

/** The page's own scripts (not the layout's), external or inlined by the build, with what they import. */
export function pageScripts(path: string): { path: string; code: string }[] {
  const seen = new Set<string>();
  return readPage(path)
    .querySelectorAll('script[type="module"]')
    .filter((s) => !/Base\.astro/.test(s.getAttribute('src') ?? ''))
    .flatMap((s) => {
      const src = s.getAttribute('src');
      return src ? bundle(src, seen) : withImports(s.text, '/_astro/inline.js', seen);
    });
}
