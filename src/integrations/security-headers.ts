/**
 * After the build, writes dist/_headers (Netlify, Cloudflare Pages and compatible hosts)
 * with the security headers: the union of every page's CSP (Astro puts per-page hashes in
 * a <meta> tag, pruned here to the hashes of the page's own inline scripts and styles) plus
 * directives a <meta> tag cannot carry, and revalidation for every file.
 */
import type { AstroIntegration } from 'astro';
import { timed } from './phases.ts';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { builtHtmlFiles } from './files.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADER_ONLY_DIRECTIVES, mergeCsp, metaCsp, parseCsp, pruneHashes, serialiseCsp } from '../lib/csp.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

export function headersText(csp: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '  X-Frame-Options: DENY',
    // Pages and /api/ change with every deployment under the same URL: a cache must ask the
    // server before reusing them (a 304 costs little), so no device mixes two versions. Asset
    // files (/_astro/, /pagefind/) are named by their content and are safe either way.
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'mlat-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => timed('security headers (CSP of every page)', async () => {
        const root = fileURLToPath(dir);
        const policies = [];
        for (const path of await builtHtmlFiles(root)) {
          const file = join(root, path);
          const html = await readFile(file, 'utf8');
          // Each page keeps only the hashes of its own inline scripts and styles.
          const pruned = pruneHashes(html, sha256);
          if (pruned !== html) await writeFile(file, pruned);
          const csp = metaCsp(pruned);
          if (csp) policies.push(parseCsp(csp));
        }
        const merged = mergeCsp([...policies, ...HEADER_ONLY_DIRECTIVES.map(parseCsp)]);
        await writeFile(join(root, '_headers'), headersText(serialiseCsp(merged)));
        logger.info(`wrote _headers (CSP merged from ${policies.length} pages)`);
      }),
    },
  };
}
