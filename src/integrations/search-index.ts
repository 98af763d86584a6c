/**
 * After the build: index the built pages with Pagefind's Node API (only elements marked
 * data-pagefind-body), and fail the build if indexing fails.
 */
import type { AstroIntegration } from 'astro';
import { timed } from './phases.ts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { i18n } from '../lib/i18n/catalogues.ts';
import { DEFAULT_LOCALE, LOCALES, localizePath, type Locale } from '../lib/i18n/locales.ts';

/**
 * The glossary is one page of many terms: indexed whole, any query that touches it would
 * download the whole page's text. Each term becomes a small record of its own instead.
 */
export async function glossaryRecords(distDir: string, locale: Locale = DEFAULT_LOCALE): Promise<{ url: string; content: string; language: string; meta: Record<string, string>; filters: Record<string, string[]> }[]> {
  let html: string;
  const page = localizePath('/glossary/', locale);
  const type = i18n(locale).t('search.type.term');
  try {
    html = await readFile(join(distDir, page, 'index.html'), 'utf8');
  } catch {
    return [];
  }
  return parse(html)
    .querySelectorAll('article.term-entry')
    .map((article) => {
      const heading = article.querySelector('h3[id]');
      for (const skip of article.querySelectorAll('[data-pagefind-ignore], details')) skip.remove();
      return {
        url: `${page}#${heading?.id ?? ''}`,
        content: article.text.replace(/\s+/g, ' ').trim(),
        language: locale,
        meta: { title: heading?.text.trim() ?? type, type },
        filters: { type: [type] },
      };
    })
    .filter((r) => r.url !== `${page}#`);
}

/** Pagefind's index chunk size (its default is about 20,000): about 8.7 KB per chunk instead of 28 KB on the real site. */
export const INDEX_CHUNK_SIZE = 5000;

/**
 * What Pagefind leaves out of every page (besides whole sections marked data-pagefind-ignore):
 * citation marks and their "(copy only)" notes, source dates, the summaries that repeat an
 * entry's facts (At a glance, the procedure flow), gap lines and other page furniture. Listed
 * here once rather than marked on each element: a country page carried about 100 such attributes.
 */
export const SEARCH_EXCLUDED = [
  'sup.cite',
  'span.support',
  '.asof',
  '.historic-list',
  '.gap-line',
  '.about-sources',
  '.used-in-training',
  '.glance',
  'ol.flow',
  '.flow-total',
  '.instrument-kind',
  'td.binding',
  '.legal-explain',
];

export function searchIndex(): AstroIntegration {
  return {
    name: 'mlat-search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => timed('search index (Pagefind)', async () => {
        const root = fileURLToPath(dir);
        // Smaller index chunks: a first query loads one chunk per word, so chunk size decides most of
        // its cost. Pagefind reads this from its environment (pinned version; measured by npm run bench).
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= String(INDEX_CHUNK_SIZE);
        // One index per page language (<html lang>): the search page of each language reads its own.
        // Citation marks and their "(copy only)" notes are not words a user searches for; excluded
        // here rather than marked on each of them in the HTML (about 100 attributes per country page).
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDED });
        if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: root });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const terms = (await Promise.all(LOCALES.map((locale) => glossaryRecords(root, locale)))).flat();
        for (const record of terms) {
          const result = await index.addCustomRecord(record);
          if (result.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages and ${terms.length} glossary terms`);
      }),
    },
  };
}
