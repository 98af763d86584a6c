/** The Atom feed builder: escaping, ids, dates, order, well-formedness. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomFeed, entryId, escapeXml, feedEntries, rfc3339, type FeedItem, type FeedOptions } from '../../src/lib/publish/feed.ts';

const BASE = 'https://mlat-navigator.org';
const OPTIONS: FeedOptions = {
  baseUrl: BASE,
  title: 'MLAT Navigator: updated entries',
  subtitle: 'Newest first',
  selfPath: '/changes.xml',
  author: 'MLAT Navigator contributors',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  fallbackUpdated: '2026-12-01',
};

const change = (date: string, text = 'Update.') => ({ date, text });

const items: FeedItem[] = [
  { kind: 'country', title: 'Ireland', path: '/countries/ie/', dataPath: '/api/countries/ie.json', lastVerified: '2026-11-27', changes: [change('2026-10-01')] },
  { kind: 'country', title: 'Austria', path: '/countries/at/', lastVerified: '2026-06-01', changes: [change('2026-12-02', 'Add the 24/7 contact')] },
  { kind: 'instrument', title: 'Budapest Convention', path: '/instruments/budapest/', lastVerified: null, changes: [change('2026-11-27')] },
  { kind: 'country', title: 'Never dated', path: '/countries/nd/', lastVerified: null, changes: [] },
];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' });

interface AtomLink {
  '@rel': string;
  '@href': string;
  '@type'?: string;
}
interface AtomEntry {
  id: string;
  title: { '#text': string } | string;
  updated: string;
  summary: { '#text': string } | string;
  link: AtomLink[];
}
interface AtomDoc {
  feed: { id: string; updated: string; title: unknown; author: { name: string }; link: AtomLink[]; entry?: AtomEntry[] };
}
const text = (node: { '#text': string } | string) => (typeof node === 'string' ? node : node['#text']);

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  });

  it('escapes an ampersand that already looks like an entity, so the text round-trips', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('keeps non-ASCII text and drops characters XML 1.0 forbids', () => {
    expect(escapeXml('Côte d’Ivoire — Türkiye 日本 😀')).toBe('Côte d’Ivoire — Türkiye 日本 😀');
    expect(escapeXml('bell\u0007 null\u0000 tab\tnew\nline \uFFFE \uD800lone')).toBe('bell null tab\tnew\nline  lone');
  });
});

describe('dates and ids', () => {
  it('writes RFC 3339 date-times at midnight UTC', () => {
    expect(rfc3339('2026-11-27')).toBe('2026-11-27T00:00:00Z');
    expect(rfc3339('2026-11')).toBe('2026-11-01T00:00:00Z');
    expect(() => rfc3339('27 November 2026')).toThrow(/YYYY-MM-DD/);
  });

  it('mints a tag URI per entry and version', () => {
    expect(entryId(BASE, '/countries/ie/', '2026-11-27')).toBe('tag:mlat-navigator.org,2026-11-27:/countries/ie/');
    expect(entryId(BASE, '/countries/ie/', '2026-12-01')).not.toBe(entryId(BASE, '/countries/ie/', '2026-11-27'));
    expect(entryId('http://localhost:4321', '/glossary/#dé minimis', '2026-01-01')).toBe('tag:localhost,2026-01-01:/glossary/%23d%C3%A9%20minimis');
  });
});

describe('feedEntries', () => {
  const entries = feedEntries(items, BASE);

  it('puts the newest version first and leaves out entries that have no date at all', () => {
    expect(entries.map((e) => e.title)).toEqual(['Austria (country entry)', 'Ireland (country entry)', 'Budapest Convention (instrument entry)']);
    expect(entries.map((e) => e.updated)).toEqual(['2026-12-02T00:00:00Z', '2026-11-27T00:00:00Z', '2026-11-27T00:00:00Z']);
  });

  it('dates an entry by the later of its verification and its last change', () => {
    const ireland = entries.find((e) => e.link.endsWith('/countries/ie/'))!;
    expect(ireland.updated).toBe('2026-11-27T00:00:00Z');
    expect(ireland.summary).toContain('Facts last verified against their sources on 27 November 2026');
    expect(ireland.summary).toContain('Recent changes: 1 October 2026: Update.');
    expect(ireland.dataLink).toBe('https://mlat-navigator.org/api/countries/ie.json');
  });

  it('quotes at most the five newest lines of the change log', () => {
    const log = ['2026-12-07', '2026-12-06', '2026-12-05', '2026-12-04', '2026-12-03', '2026-12-02'].map((d) => change(d, `Change of ${d}.`));
    const [only] = feedEntries([{ kind: 'country', title: 'Busy', path: '/countries/bz/', lastVerified: null, changes: log }], BASE);
    expect(only!.updated).toBe('2026-12-07T00:00:00Z');
    expect(only!.summary).toContain('7 December 2026: Change of 2026-12-07; ');
    expect(only!.summary).toContain('3 December 2026: Change of 2026-12-03.');
    expect(only!.summary).not.toContain('2026-12-02');
  });

  it('respects the limit', () => {
    expect(feedEntries(items, BASE, 1)).toHaveLength(1);
  });
});

describe('atomFeed', () => {
  const nasty: FeedItem = {
    kind: 'country',
    title: 'Côte d’Ivoire & <Friends> "quoted"',
    path: '/countries/ci/',
    dataPath: '/api/countries/ci.json',
    lastVerified: '2026-12-05',
    changes: [change('2026-12-05', 'Fix <b>bold</b> & "quotes", commas,\nand a newline \u0001')],
  };
  const xml = atomFeed(OPTIONS, feedEntries([...items, nasty], BASE));
  const doc = parser.parse(xml) as AtomDoc;

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has the feed elements Atom requires: id, title, updated, author, self link', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    expect(doc.feed.id).toBe('https://mlat-navigator.org/changes.xml');
    expect(doc.feed.author.name).toBe('MLAT Navigator contributors');
    expect(doc.feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe('https://mlat-navigator.org/changes.xml');
    expect(doc.feed.updated).toBe('2026-12-05T00:00:00Z');
  });

  it('round-trips awkward titles and summaries through a parser', () => {
    const first = doc.feed.entry![0]!;
    expect(text(first.title)).toBe('Côte d’Ivoire & <Friends> "quoted" (country entry)');
    expect(text(first.summary)).toContain('Fix <b>bold</b> & "quotes", commas,\nand a newline');
    expect(text(first.summary)).not.toContain('\u0001');
    expect(xml).not.toContain('<b>');
  });

  it('gives every entry an id, a title, an updated date and a link to its page', () => {
    for (const e of doc.feed.entry!) {
      expect(e.id).toMatch(/^tag:mlat-navigator\.org,\d{4}-\d{2}-\d{2}:\//);
      expect(text(e.title).length).toBeGreaterThan(0);
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(e.link.find((l) => l['@rel'] === 'alternate')?.['@href']).toMatch(/^https:\/\/mlat-navigator\.org\//);
    }
    const ids = doc.feed.entry!.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses the fallback date when there is no entry, so <updated> is never missing', () => {
    const empty = parser.parse(atomFeed(OPTIONS, [])) as AtomDoc;
    expect(empty.feed.updated).toBe('2026-12-01T00:00:00Z');
    expect(empty.feed.entry).toBeUndefined();
  });
});
