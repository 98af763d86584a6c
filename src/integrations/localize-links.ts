/**
 * After the build, before search indexing: links in each translated page point at the same
 * page in its language (src/lib/i18n/links.ts). A path is a page when the build wrote it in
 * that language (dist/<lang><path>index.html).
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localizeLinks } from '../lib/i18n/links.ts';
import { DEFAULT_LOCALE, LOCALES } from '../lib/i18n/locales.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

export function localizedLinks(): AstroIntegration {
  return {
    name: 'mlat-localized-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let count = 0;
        for (const locale of LOCALES) {
          if (locale === DEFAULT_LOCALE || !existsSync(join(root, locale))) continue;
          const known = new Map<string, boolean>();
          const isPage = (path: string) => {
            let hit = known.get(path);
            if (hit === undefined) known.set(path, (hit = path.endsWith('/') && existsSync(join(root, locale, path, 'index.html'))));
            return hit;
          };
          for (const file of await htmlFiles(join(root, locale))) {
            const html = await readFile(file, 'utf8');
            const out = localizeLinks(html, locale, isPage);
            if (out !== html) await writeFile(file, out);
            count++;
          }
        }
        logger.info(`localized links in ${count} translated pages`);
      },
    },
  };
}
