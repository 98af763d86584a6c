/**
 * How to cite an entry of the portal: plain text, CSL-JSON (Zotero, Pandoc, citeproc)
 * and BibTeX/biblatex. Pure formatters; the CiteEntry component only renders them.
 */
import { formatDate } from '../format.ts';

export const CITATION_KINDS = ['country', 'instrument', 'glossary', 'module', 'dataset'] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

export const KIND_NAMES: Record<CitationKind, string> = {
  country: 'country entry',
  instrument: 'instrument entry',
  glossary: 'glossary term',
  module: 'training module',
  dataset: 'dataset',
};

export interface CitationInput {
  title: string;
  /** Absolute URL of the cited page or file. */
  url: string;
  /** Date of the version cited (YYYY, YYYY-MM or YYYY-MM-DD); null when unknown. */
  versionDate: string | null;
  kind: CitationKind;
  /** Name of the work the entry belongs to. */
  siteName: string;
  /** Defaults to "<siteName> contributors". */
  author?: string | undefined;
  licence?: { name: string; url: string } | undefined;
  /** Date the reader consulted it (YYYY-MM-DD), when known. */
  accessed?: string | undefined;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The version of an entry: the later of the date its facts were last verified and
 * the date of its last committed change (dates compare as text, YYYY-MM-DD).
 */
export function versionDate(lastVerified: string | null | undefined, changes: readonly { date: string }[] = []): string | null {
  const dates = [lastVerified, ...changes.map((c) => c.date)].filter((d): d is string => typeof d === 'string' && DATE.test(d));
  return dates.length ? dates.reduce((a, b) => (b > a ? b : a)) : null;
}

/** One line of text: runs of whitespace (including newlines) become one space; control characters go. */
export function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const authorOf = (c: CitationInput) => oneLine(c.author ?? `${c.siteName} contributors`);

function checkInput(c: CitationInput): void {
  if (!/^https?:\/\/[^\s]+$/.test(c.url)) throw new Error(`expected an absolute http(s) URL to cite, got "${c.url}"`);
  if (c.versionDate !== null && !DATE.test(c.versionDate)) throw new Error(`expected a version date written YYYY-MM-DD, got "${c.versionDate}"`);
  if (c.accessed !== undefined && !DATE.test(c.accessed)) throw new Error(`expected an access date written YYYY-MM-DD, got "${c.accessed}"`);
  if (oneLine(c.title) === '') throw new Error('expected a title to cite');
}

/** e.g. MLAT Navigator contributors, “Ireland”, MLAT Navigator (country entry), version of 27 November 2026, https://…. Licence: CC BY 4.0. */
export function plainTextCitation(c: CitationInput): string {
  checkInput(c);
  const version = c.versionDate ? `version of ${formatDate(c.versionDate)}` : 'undated version';
  const accessed = c.accessed ? `, accessed ${formatDate(c.accessed)}` : '';
  const licence = c.licence ? ` Licence: ${oneLine(c.licence.name)}.` : '';
  return `${authorOf(c)}, “${oneLine(c.title)}”, ${oneLine(c.siteName)} (${KIND_NAMES[c.kind]}), ${version}${accessed}, ${c.url}.${licence}`;
}

/** A citation key in ASCII letters, digits and hyphens, stable for a given page and version. */
export function citationKey(c: Pick<CitationInput, 'url' | 'versionDate' | 'siteName'>): string {
  const path = new URL(c.url).pathname;
  const ascii = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as it is; ascii() drops the % signs.
  }
  return [ascii(c.siteName), ascii(decoded), c.versionDate ?? 'undated'].filter(Boolean).join('-');
}

function dateParts(date: string): number[] {
  return date.split('-').map(Number);
}

export interface CslItem {
  id: string;
  type: 'webpage' | 'dataset';
  title: string;
  'container-title': string;
  author: { literal: string }[];
  genre: string;
  URL: string;
  issued?: { 'date-parts': number[][] } | { literal: string };
  accessed?: { 'date-parts': number[][] };
  license?: string;
}

/** A CSL-JSON item (the format Zotero, Pandoc and citeproc read). */
export function cslItem(c: CitationInput): CslItem {
  checkInput(c);
  const item: CslItem = {
    id: citationKey(c),
    type: c.kind === 'dataset' ? 'dataset' : 'webpage',
    title: oneLine(c.title),
    'container-title': oneLine(c.siteName),
    author: [{ literal: authorOf(c) }],
    genre: KIND_NAMES[c.kind].replace(/^./, (ch) => ch.toUpperCase()),
    URL: c.url,
  };
  if (c.versionDate) item.issued = { 'date-parts': [dateParts(c.versionDate)] };
  if (c.accessed) item.accessed = { 'date-parts': [dateParts(c.accessed)] };
  if (c.licence) item.license = `${oneLine(c.licence.name)} (${c.licence.url})`;
  return item;
}

/** CSL-JSON text: an array with one item, as citation managers import it. */
export function cslJson(c: CitationInput): string {
  // Dates on one line ("date-parts": [[2026, 11, 27]]) keep the block short enough to read.
  const dates: string[] = [];
  const text = JSON.stringify(
    [cslItem(c)],
    (key, value: unknown) => {
      if (key !== 'date-parts') return value;
      dates.push(JSON.stringify(value).replaceAll(',', ', '));
      return `\u0000date-parts-${dates.length - 1}\u0000`;
    },
    2,
  );
  return text.replace(/"\\u0000date-parts-(\d+)\\u0000"/g, (_, i: string) => dates[Number(i)]!);
}

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/**
 * A BibTeX field value: LaTeX special characters escaped, braces balanced, one line.
 * Non-ASCII letters stay as UTF-8, which biblatex/biber and LaTeX since 2018 read natively.
 */
export function bibtexText(text: string): string {
  return oneLine(text).replace(/[\\{}&%$#_~^]/g, (ch) => LATEX_SPECIALS[ch]!);
}

/** URLs go verbatim into `url` (biblatex reads it verbatim); only characters that would unbalance the field are encoded. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (ch) => encodeURIComponent(ch));
}

/** A @misc record, which both BibTeX and biblatex styles accept for web pages and datasets. */
export function bibtex(c: CitationInput): string {
  checkInput(c);
  const fields: [string, string][] = [
    ['author', `{${bibtexText(authorOf(c))}}`],
    // Double braces keep the capitals of proper names in styles that lower-case titles.
    ['title', `{${bibtexText(c.title)}}`],
    ['howpublished', `${bibtexText(c.siteName)}, ${KIND_NAMES[c.kind]}`],
  ];
  if (c.versionDate) {
    fields.push(['year', c.versionDate.slice(0, 4)]);
    fields.push(['date', c.versionDate]);
  }
  fields.push(['url', bibtexUrl(c.url)]);
  if (c.accessed) fields.push(['urldate', c.accessed]);
  const note = [c.versionDate ? `Version of ${c.versionDate}` : 'Undated version', c.licence ? `Licence: ${bibtexText(c.licence.name)}` : ''].filter(Boolean).join('. ');
  fields.push(['note', note]);
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${citationKey(c)},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}},`).join('\n')}\n}`;
}
