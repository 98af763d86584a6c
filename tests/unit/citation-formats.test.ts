/** "Cite this entry" formatters: plain text, CSL-JSON, BibTeX. */
import { describe, expect, it } from 'vitest';
import {
  bibtex,
  bibtexText,
  citationKey,
  cslItem,
  cslJson,
  oneLine,
  plainTextCitation,
  versionDate,
  type CitationInput,
} from '../../src/lib/publish/citation-formats.ts';

const ireland: CitationInput = {
  title: 'Ireland',
  url: 'https://mlat-navigator.org/countries/ie/',
  versionDate: '2026-11-27',
  kind: 'country',
  siteName: 'MLAT Navigator',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

const awkward: CitationInput = {
  ...ireland,
  title: 'Côte d’Ivoire, "the Ivory Coast" & friends\nsecond line: 100% #1 {x} a_b ~ ^ $ \\',
  url: 'https://mlat-navigator.org/countries/ci/',
};

/** Braces in a BibTeX record balance, ignoring escaped ones. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '{') depth++;
    if (text[i] === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('versionDate', () => {
  it('is the later of lastVerified and the last change', () => {
    expect(versionDate('2026-01-10', [{ date: '2026-03-01' }, { date: '2025-12-01' }])).toBe('2026-03-01');
    expect(versionDate('2026-05-01', [{ date: '2026-03-01' }])).toBe('2026-05-01');
    expect(versionDate(null, [{ date: '2026-03-01' }])).toBe('2026-03-01');
    expect(versionDate('2026-05-01')).toBe('2026-05-01');
  });

  it('is null when there is no date, and ignores malformed ones', () => {
    expect(versionDate(null, [])).toBeNull();
    expect(versionDate(undefined, [{ date: 'yesterday' }])).toBeNull();
    expect(versionDate('2026-05-01', [{ date: '9999' + 'x' }])).toBe('2026-05-01');
  });
});

describe('plain text', () => {
  it('names the authors, title, work, kind, version date, URL and licence', () => {
    expect(plainTextCitation(ireland)).toBe(
      'MLAT Navigator contributors, “Ireland”, MLAT Navigator (country entry), version of 27 November 2026, https://mlat-navigator.org/countries/ie/. Licence: CC BY 4.0.',
    );
  });

  it('keeps quotes, commas, ampersands and non-ASCII, and folds newlines into one line', () => {
    const text = plainTextCitation(awkward);
    expect(text).toContain('“Côte d’Ivoire, "the Ivory Coast" & friends second line: 100% #1 {x} a_b ~ ^ $ \\”');
    expect(text).not.toMatch(/[\r\n]/);
  });

  it('says when the version is undated, and adds the access date when known', () => {
    expect(plainTextCitation({ ...ireland, versionDate: null })).toContain('undated version');
    expect(plainTextCitation({ ...ireland, accessed: '2026-12-01' })).toContain('accessed 1 December 2026');
  });

  it('rejects a relative URL, a malformed date or an empty title', () => {
    expect(() => plainTextCitation({ ...ireland, url: '/countries/ie/' })).toThrow(/absolute http/);
    expect(() => plainTextCitation({ ...ireland, versionDate: '27/11/2026' })).toThrow(/YYYY-MM-DD/);
    expect(() => plainTextCitation({ ...ireland, title: ' \n ' })).toThrow(/title/);
  });
});

describe('CSL-JSON', () => {
  it('is an array with one webpage item that citation managers can read', () => {
    const parsed = JSON.parse(cslJson(ireland)) as unknown[];
    expect(parsed).toEqual([
      {
        id: 'mlat-navigator-countries-ie-2026-11-27',
        type: 'webpage',
        title: 'Ireland',
        'container-title': 'MLAT Navigator',
        author: [{ literal: 'MLAT Navigator contributors' }],
        genre: 'Country entry',
        URL: 'https://mlat-navigator.org/countries/ie/',
        issued: { 'date-parts': [[2026, 11, 27]] },
        license: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
      },
    ]);
    expect(cslJson(ireland)).toContain('"date-parts": [[2026, 11, 27]]');
  });

  it('escapes quotes and backslashes as JSON and keeps non-ASCII text intact', () => {
    const text = cslJson(awkward);
    expect(text).toContain('\\"the Ivory Coast\\"');
    expect(text).toContain('Côte d’Ivoire');
    expect((JSON.parse(text) as { title: string }[])[0]!.title).toBe(oneLine(awkward.title));
  });

  it('uses the dataset type for the whole data set, and omits issued when undated', () => {
    expect(cslItem({ ...ireland, kind: 'dataset' }).type).toBe('dataset');
    expect(cslItem({ ...ireland, versionDate: null })).not.toHaveProperty('issued');
    expect(cslItem({ ...ireland, versionDate: '2026-11' }).issued).toEqual({ 'date-parts': [[2026, 11]] });
  });
});

describe('BibTeX', () => {
  it('writes a @misc record with an ASCII key, the version date and the URL', () => {
    expect(bibtex(ireland)).toBe(
      [
        '@misc{mlat-navigator-countries-ie-2026-11-27,',
        '  author       = {{MLAT Navigator contributors}},',
        '  title        = {{Ireland}},',
        '  howpublished = {MLAT Navigator, country entry},',
        '  year         = {2026},',
        '  date         = {2026-11-27},',
        '  url          = {https://mlat-navigator.org/countries/ie/},',
        '  note         = {Version of 2026-11-27. Licence: CC BY 4.0},',
        '}',
      ].join('\n'),
    );
  });

  it('escapes LaTeX special characters, keeps quotes, commas and non-ASCII, folds newlines', () => {
    expect(bibtexText(awkward.title)).toBe(
      'Côte d’Ivoire, "the Ivory Coast" \\& friends second line: 100\\% \\#1 \\{x\\} a\\_b \\textasciitilde{} \\textasciicircum{} \\$ \\textbackslash{}',
    );
    const record = bibtex(awkward);
    expect(bracesBalance(record)).toBe(true);
    expect(record.split('\n').filter((l) => l.includes('title'))).toHaveLength(1);
  });

  it('keeps the key ASCII whatever the URL holds', () => {
    expect(citationKey({ url: 'https://example.org/glossary/d%C3%A9-minimis/', versionDate: null, siteName: 'MLAT Navigator' })).toBe(
      'mlat-navigator-glossary-de-minimis-undated',
    );
    expect(citationKey({ url: 'https://example.org/x/%E0%A4%A/', versionDate: '2026', siteName: 'Site' })).toMatch(/^[a-z0-9-]+$/);
  });

  it('encodes braces in URLs so the url field stays balanced', () => {
    const record = bibtex({ ...ireland, url: 'https://example.org/a{b}/' });
    expect(record).toContain('url          = {https://example.org/a%7Bb%7D/},');
    expect(bracesBalance(record)).toBe(true);
  });

  it('has no year or date field when the version is undated', () => {
    const record = bibtex({ ...ireland, versionDate: null });
    expect(record).not.toMatch(/^\s+(year|date)\s/m);
    expect(record).toContain('Undated version');
  });
});
