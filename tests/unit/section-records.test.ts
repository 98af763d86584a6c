/** Long pages (training modules) are indexed one record per section, each opening at its heading. */
import { describe, expect, it } from 'vitest';
import { sectionRecords } from '../../src/integrations/search-index.ts';

const page = `<!DOCTYPE html><html lang="fr"><body><header><a href="/">Site</a></header><main>
<article data-pagefind-sections><span data-pagefind-meta="type:Module"></span><span data-pagefind-filter="type:Module"></span>
<p class="meta" data-pagefind-ignore>Modules / Intro</p><h1>Preserving evidence</h1><p class="lead">How to freeze data.</p>
<dl class="kv"><dt>Audience</dt><dd>Prosecutors</dd></dl>
<h2 id="objectives">Learning objectives</h2><ul><li>Find the 24/7 point<sup class="cite">[<a href="#s">1</a>]</sup>.</li></ul>
<h2 id="module">The module</h2><div class="module-body"><h2 id="why">Why <em>preservation</em> first</h2><p>Data is <strong>deleted</strong> quickly.</p>
<h3 id="clock">Know the clock</h3><p>Ninety days.</p></div>
<section aria-labelledby="sources" data-pagefind-ignore><h2 id="sources">Sources</h2><p>Not indexed.</p></section>
</article></main></body></html>`;

describe('sectionRecords', () => {
  const records = sectionRecords(page, '/fr/modules/preserving/', 'fr');

  it('makes one record per section with text, opening at its heading, and one for the opening text', () => {
    expect(records.map((r) => r.url)).toEqual(['/fr/modules/preserving/', '/fr/modules/preserving/#objectives', '/fr/modules/preserving/#why', '/fr/modules/preserving/#clock']);
    expect(records.map((r) => r.meta['title'])).toEqual(['Preserving evidence', 'Preserving evidence: Learning objectives', 'Preserving evidence: Why preservation first', 'Preserving evidence: Know the clock']);
  });

  it('keeps words apart across blocks and together across inline elements, without ignored parts or citation marks', () => {
    expect(records[0]!.content).toBe('Preserving evidence. How to freeze data. Audience Prosecutors');
    expect(records[1]!.content).toBe('Learning objectives. Find the 24/7 point.');
    expect(records[2]!.content).toBe('Why preservation first. Data is deleted quickly.');
    expect(records.map((r) => r.content).join(' ')).not.toMatch(/Not indexed|Modules \/ Intro|\[1\]/);
  });

  it('carries the page language, its metadata and its filters', () => {
    for (const r of records) {
      expect(r.language).toBe('fr');
      expect(r.meta['type']).toBe('Module');
      expect(r.filters).toEqual({ type: ['Module'] });
    }
  });

  it('gives nothing for a page that does not opt in', () => {
    expect(sectionRecords(page.replace(' data-pagefind-sections', ' data-pagefind-body'), '/x/', 'en')).toEqual([]);
  });
});
