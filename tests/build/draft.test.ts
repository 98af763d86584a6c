/**
 * Issue 22, over the built site: the /draft/ shell works without JavaScript (a GET form and
 * the links to read the same facts), the island stays within 30 KB of gzipped JavaScript
 * before export, the .docx writer is the site's own chunk, loaded only by a dynamic import
 * and free of eval, the page's CSP lets it connect to its own origin only, and the offline
 * worker keeps the page and the chunk from the first visit.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { metaCsp, parseCsp } from '../../src/lib/csp.ts';
import { LETTER_MODULE } from '../../src/lib/draft/sections.ts';
import { DIST, contentIds, pageFile, readPage, requireDist } from '../helpers/dist.ts';
import { pageScripts } from '../helpers/islands.ts';

beforeAll(requireDist);

/** The budget for the island's own JavaScript before the user exports, gzipped. */
const BUDGET = 30 * 1024;
const docxChunks = () => readdirSync(join(DIST, '_astro')).filter((f) => /^draft-docx\.[\w-]+\.js$/.test(f));

describe('/draft/ without JavaScript', () => {
  it('asks the route question as a GET form to /draft/ and says the assistant needs JavaScript, with where to read the facts instead', () => {
    const page = readPage('/draft/');
    const form = page.querySelector('form#draft-form')!;
    expect(form.getAttribute('action')).toBe('/draft/');
    expect(form.getAttribute('method')).toBe('get');
    expect(form.querySelectorAll('select').map((s) => s.getAttribute('name'))).toEqual(['from', 'to', 'measure']);
    const status = page.querySelector('#draft-status')!;
    expect(status.text).toMatch(/needs JavaScript/);
    const links = status.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/route/');
    expect(links).toContain('/countries/');
    if (contentIds('modules').includes(LETTER_MODULE)) expect(links).toContain(`/modules/${LETTER_MODULE}/`);
  });

  it('is reachable from the navigation, the route planner and the home page', () => {
    for (const path of ['/', '/route/', '/countries/']) expect(readPage(path).querySelectorAll('a').map((a) => a.getAttribute('href')), path).toContain('/draft/');
  });

  it('carries the training module’s sources for its sections exactly as the module gives them', () => {
    const data = JSON.parse(readPage('/draft/').querySelector('#draft-app')!.getAttribute('data-draft')!) as { references: Record<string, { url: string; title: string; date: string | null }> };
    if (!contentIds('modules').includes(LETTER_MODULE)) return;
    const module = readPage(`/modules/${LETTER_MODULE}/`);
    for (const [id, s] of Object.entries(data.references)) {
      const item = module.querySelector(`#src-${id}`);
      expect(item, id).not.toBeNull();
      expect(item!.querySelector(`a[href="${s.url}"]`), `${id} url`).not.toBeNull();
    }
    expect(Object.keys(data.references).length).toBeGreaterThan(0);
  });
});

describe('the /draft/ island', () => {
  it(`loads at most ${BUDGET / 1024} KB of gzipped JavaScript of its own before export, without Zod or the .docx library`, () => {
    const scripts = pageScripts('/draft/');
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((s) => s.code).join('\n');
    const size = gzipSync(code).length;
    console.info(`/draft/ island: ${scripts.length} files, ${code.length} bytes, ${size} bytes gzipped (${scripts.map((s) => s.path).join(', ')})`);
    expect(size).toBeLessThanOrEqual(BUDGET);
    expect(code).not.toMatch(/ZodError|\$ZodType|safeParse/);
    expect(code).not.toMatch(/wordprocessingml|Afghanistan|registerLocale/);
    expect(scripts.map((s) => s.path).some((p) => /draft-docx/.test(p))).toBe(false);
  });

  it('loads the .docx writer from the site’s own /_astro/ chunk with a dynamic import only, and the writer needs no eval', () => {
    const chunks = docxChunks();
    expect(chunks).toHaveLength(1);
    const island = pageScripts('/draft/').map((s) => s.code).join('\n');
    expect(island).toMatch(new RegExp(`import\\([\`"']\\./${chunks[0]!.replace(/\./g, '\\.')}[\`"']\\)`));
    const writer = readFileSync(join(DIST, '_astro', chunks[0]!), 'utf8');
    expect(writer).toMatch(/wordprocessingml/);
    expect(writer).not.toMatch(/\bnew Function\s*\(|\beval\s*\(/);
    // Whatever the writer imports is another chunk of this site.
    for (const m of writer.matchAll(/(?:from\s*|import\s*\(?\s*)[`"']([^`"']+\.js)[`"']/g)) expect(m[1], m[1]).toMatch(/^\.\/[\w.-]+\.js$/);
  });

  it('runs under a CSP that lets it connect to its own origin only, with no inline event handler', () => {
    const html = readFileSync(pageFile('/draft/'), 'utf8');
    const csp = parseCsp(metaCsp(html)!);
    // connect-src falls back to default-src when it is not given.
    expect(csp.get('connect-src') ?? csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('is kept by the offline worker from the first visit, with the .docx writer', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'offline-manifest.json'), 'utf8')) as { shell: string[] };
    expect(manifest.shell).toContain('/draft/');
    for (const chunk of docxChunks()) expect(manifest.shell).toContain(`/_astro/${chunk}`);
  });
});
