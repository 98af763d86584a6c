/**
 * "Cite this entry" on country and instrument pages: the plain-text citation on the page,
 * and the same citation as CSL-JSON and BibTeX files the page links to (kept out of the
 * page to keep it light on a phone), built from the same input: same URL, same version.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, readPage } from '../helpers/dist.ts';

const pages = ['/countries/ie/', '/countries/de/', '/instruments/budapest/'];

describe('citation files', () => {
  for (const path of pages) {
    it(`${path} links its CSL-JSON and BibTeX files, which cite the same page and version as the page`, () => {
      const page = readPage(path);
      const block = page.querySelector('details.cite-entry')!;
      expect(block, path).not.toBeNull();
      expect(block.querySelectorAll('pre')).toHaveLength(0);
      const version = block.querySelector('time')!.getAttribute('datetime')!;
      const links = block.querySelectorAll('a[download]').map((a) => a.getAttribute('href')!);
      expect(links).toHaveLength(2);
      const [cslHref, bibHref] = links as [string, string];
      expect(cslHref).toMatch(/\.csl\.json$/);
      expect(bibHref).toMatch(/\.bib$/);
      for (const href of links) expect(existsSync(join(DIST, href)), href).toBe(true);
      const csl = JSON.parse(readFileSync(join(DIST, cslHref), 'utf8')) as { URL: string; issued: { 'date-parts': number[][] }; title: string }[];
      expect(new URL(csl[0]!.URL).pathname).toBe(path);
      expect(csl[0]!.issued['date-parts'][0]!.join('-')).toBe(version.split('-').map(Number).join('-'));
      expect(block.querySelector('.cite-text')!.text).toContain(csl[0]!.title);
      const bib = readFileSync(join(DIST, bibHref), 'utf8');
      expect(bib).toMatch(/^@misc\{/);
      expect(bib).toContain(`url          = {${csl[0]!.URL}}`);
      expect(bib).toContain(`date         = {${version}}`);
    });
  }
});
