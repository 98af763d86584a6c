/**
 * After the build: index the built pages with Pagefind's Node API (only elements marked
 * data-pagefind-body), fail the build if indexing fails, then remove the markup only
 * Pagefind reads from the served pages (withoutIndexMarkup).
 */
import type { AstroIntegration } from 'astro';
import { timed } from './phases.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { builtHtmlFiles } from './files.ts';
import { withoutIndexMarkup } from '../lib/search.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HTMLElement, type Node, parse, TextNode } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { i18n } from '../lib/i18n/catalogues.ts';
import { DEFAULT_LOCALE, LOCALES, localeFromPath, localizePath, type Locale } from '../lib/i18n/locales.ts';

/** A record Pagefind indexes as given (glossary terms, module sections). */
type SearchRecord = { url: string; content: string; language: string; meta: Record<string, string>; filters: Record<string, string[]> };

/**
 * The glossary is one page of many terms: indexed whole, any query that touches it would
 * download the whole page's text. Each term becomes a small record of its own instead.
 */
export async function glossaryRecords(distDir: string, locale: Locale = DEFAULT_LOCALE): Promise<SearchRecord[]> {
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

/**
 * A long page (a training module) as one record per section: indexed whole, any query that
 * touches it downloads its whole text (about 9 KB per module with each first query), and its
 * result opens at the top. Each record holds one section's text, from its h2/h3 heading to
 * the next, and opens at that heading; the text before the first heading opens the page.
 * Pages opt in with `data-pagefind-sections` on their article (instead of data-pagefind-body).
 */
export function sectionRecords(html: string, url: string, language: string): SearchRecord[] {
  const root = parse(html);
  const article = root.querySelector('[data-pagefind-sections]');
  if (!article) return [];
  for (const skip of article.querySelectorAll(['[data-pagefind-ignore]', ...SEARCH_EXCLUDED].join(', '))) skip.remove();
  const meta: Record<string, string> = {};
  for (const el of article.querySelectorAll('[data-pagefind-meta]')) {
    const [key, ...value] = (el.getAttribute('data-pagefind-meta') ?? '').split(':');
    if (key) meta[key] = value.join(':');
  }
  const filters: Record<string, string[]> = {};
  for (const el of article.querySelectorAll('[data-pagefind-filter]')) {
    const [key, ...value] = (el.getAttribute('data-pagefind-filter') ?? '').split(':');
    if (key) (filters[key] ??= []).push(value.join(':'));
  }
  const title = article.querySelector('h1')?.text.trim() ?? meta['title'] ?? url;
  const sections: { id: string | null; heading: string; text: string[] }[] = [{ id: null, heading: title, text: [] }];
  const walk = (node: HTMLElement | Node): void => {
    if (node instanceof HTMLElement) {
      if (node.tagName === 'H1') return;
      if ((node.tagName === 'H2' || node.tagName === 'H3') && node.id) {
        sections.push({ id: node.id, heading: node.text.replace(/\s+/g, ' ').trim(), text: [] });
        return;
      }
      // Block elements end a word: "Audience" and "Prosecutors" stay two words.
      for (const child of node.childNodes) walk(child);
      if (!/^(A|ABBR|B|CITE|CODE|EM|I|SPAN|STRONG|SUB|SUP|TIME)$/.test(node.tagName)) sections.at(-1)!.text.push(' ');
    } else if (node instanceof TextNode) sections.at(-1)!.text.push(node.text);
  };
  walk(article);
  return sections
    .map((section) => ({ section, content: section.text.join('').replace(/\s+/g, ' ').trim() }))
    .filter(({ section, content }) => section.id === null || content !== '')
    .map(({ section, content }) => ({
      url: section.id === null ? url : `${url}#${section.id}`,
      content: section.id === null ? `${title}. ${content}` : `${section.heading}. ${content}`,
      language,
      meta: { ...meta, title: section.id === null ? title : `${title}: ${section.heading}` },
      filters,
    }));
}

/**
 * Pagefind's index chunk size (its default is about 20,000). A first query loads one chunk per
 * word: at 1,000 a chunk is about 2-7 KB on the real site (28 KB at the default, 8.7 KB at 5,000),
 * for a metadata file about 3.5 KB larger than at 5,000 (npm run bench measures both).
 */
export const INDEX_CHUNK_SIZE = 1000;

/** The pages indexed one record per section (sectionRecords): the training modules, in every language. */
const SECTIONED_PAGE = /^(?:[a-z]{2}\/)?modules\/[^/]+\/index\.html$/;

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
        const pages = await builtHtmlFiles(root);
        const sectioned: SearchRecord[] = [];
        for (const page of pages.filter((p) => SECTIONED_PAGE.test(p))) {
          const url = `/${page.replace(/index\.html$/, '')}`;
          sectioned.push(...sectionRecords(await readFile(join(root, page), 'utf8'), url, localeFromPath(url)));
        }
        for (const record of [...terms, ...sectioned]) {
          const result = await index.addCustomRecord(record);
          if (result.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // The index now holds what the data-pagefind-* markup said: served pages go without it.
        let stripped = 0;
        for (let i = 0; i < pages.length; i += 64) {
          await Promise.all(pages.slice(i, i + 64).map(async (page) => {
            const file = join(root, page);
            const html = await readFile(file, 'utf8');
            const lighter = withoutIndexMarkup(html);
            if (lighter !== html) {
              await writeFile(file, lighter);
              stripped++;
            }
          }));
        }
        logger.info(`indexed ${added.page_count} pages, ${terms.length} glossary terms and ${sectioned.length} module sections; index markup removed from ${stripped} pages`);
      }),
    },
  };
}
