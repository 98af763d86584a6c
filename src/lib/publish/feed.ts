/**
 * The Atom feed of updated entries (/changes.xml, RFC 4287). One feed entry per content
 * entry, at its latest version: the later of its lastVerified date and the newest line of
 * its change log (kept in the entry, for users). Each version gets its own id, so a feed
 * reader shows an updated entry as new.
 */
import { formatDate } from '../format.ts';
import { versionDate } from './citation-formats.ts';

/** One line of an entry's change log. */
export interface ChangeNote {
  date: string;
  text: string;
}

export const FEED_KIND_NAMES = { country: 'Country entry', instrument: 'Instrument entry' } as const;
export type FeedKind = keyof typeof FEED_KIND_NAMES;

export interface FeedItem {
  kind: FeedKind;
  title: string;
  /** Site path of the entry's page, e.g. /countries/ie/ */
  path: string;
  /** Site path of its JSON record, e.g. /api/countries/ie.json */
  dataPath?: string | undefined;
  lastVerified: string | null;
  /** The entry's change log, newest first. */
  changes: readonly ChangeNote[];
}

export interface FeedEntry {
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  link: string;
  dataLink: string | null;
  kind: FeedKind;
  summary: string;
}

export interface FeedOptions {
  baseUrl: string;
  title: string;
  subtitle: string;
  /** Site path of the feed itself. */
  selfPath: string;
  author: string;
  licence: { name: string; url: string };
  /** The feed's own <updated> when no entry has a date (Atom requires one). YYYY-MM-DD. */
  fallbackUpdated: string;
}

/** How many recent changes the summary of an entry lists. */
export const CHANGES_PER_ENTRY = 5;

/** Text safe inside XML content and attribute values; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** YYYY, YYYY-MM or YYYY-MM-DD as an RFC 3339 date-time at midnight UTC. */
export function rfc3339(date: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) throw new Error(`expected a date written YYYY-MM-DD, got "${date}"`);
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00Z`;
}

function absolute(path: string, baseUrl: string): string {
  return new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
}

/**
 * A tag URI (RFC 4151) minted on the version date: the same entry at a new version gets
 * a new id, the same version always the same one.
 */
export function entryId(baseUrl: string, path: string, date: string): string {
  const host = new URL(baseUrl).hostname;
  const specific = path.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/?]/g, (ch) => encodeURIComponent(ch));
  return `tag:${host},${date}:${specific}`;
}

function summaryOf(item: FeedItem, version: string): string {
  const parts = [`${FEED_KIND_NAMES[item.kind]}, version of ${formatDate(version)}.`];
  if (item.lastVerified) parts.push(`Facts last verified against their sources on ${formatDate(item.lastVerified)}.`);
  else parts.push('Not yet verified against its sources.');
  const recent = item.changes.slice(0, CHANGES_PER_ENTRY);
  if (recent.length) parts.push(`Recent changes: ${recent.map((c) => `${formatDate(c.date)}: ${c.text.replace(/\.$/, '')}`).join('; ')}.`);
  return parts.join(' ');
}

/** Feed entries, newest version first; items with neither a verification date nor a change are left out. */
export function feedEntries(items: readonly FeedItem[], baseUrl: string, limit = Infinity): FeedEntry[] {
  const dated = items.flatMap((item) => {
    const version = versionDate(item.lastVerified, item.changes);
    return version ? [{ item, version }] : [];
  });
  const kindOrder = Object.keys(FEED_KIND_NAMES);
  dated.sort(
    (a, b) =>
      (a.version < b.version ? 1 : a.version > b.version ? -1 : 0) ||
      kindOrder.indexOf(a.item.kind) - kindOrder.indexOf(b.item.kind) ||
      a.item.title.localeCompare(b.item.title, 'en'),
  );
  return dated.slice(0, limit).map(({ item, version }) => ({
    id: entryId(baseUrl, item.path, version),
    title: `${item.title} (${FEED_KIND_NAMES[item.kind].toLowerCase()})`,
    updated: rfc3339(version),
    link: absolute(item.path, baseUrl),
    dataLink: item.dataPath ? absolute(item.dataPath, baseUrl) : null,
    kind: item.kind,
    summary: summaryOf(item, version),
  }));
}

/** The Atom document. The feed's <updated> is that of its newest entry, so a rebuild without changes gives the same file. */
export function atomFeed(options: FeedOptions, entries: readonly FeedEntry[]): string {
  const x = escapeXml;
  const self = absolute(options.selfPath, options.baseUrl);
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), '') || rfc3339(options.fallbackUpdated);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${x(self)}</id>`,
    `  <title type="text">${x(options.title)}</title>`,
    `  <subtitle type="text">${x(options.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(absolute('/', options.baseUrl))}"/>`,
    `  <author><name>${x(options.author)}</name></author>`,
    `  <rights type="text">${x(`Content licensed under ${options.licence.name} (${options.licence.url}).`)}</rights>`,
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <id>${x(e.id)}</id>`,
      `    <title type="text">${x(e.title)}</title>`,
      `    <updated>${e.updated}</updated>`,
      `    <link rel="alternate" type="text/html" href="${x(e.link)}"/>`,
      ...(e.dataLink ? [`    <link rel="related" type="application/json" href="${x(e.dataLink)}"/>`] : []),
      `    <category term="${x(e.kind)}" label="${x(FEED_KIND_NAMES[e.kind])}"/>`,
      `    <summary type="text">${x(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
