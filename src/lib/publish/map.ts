/**
 * World maps of party status, drawn at build time as static SVG from Natural Earth's 1:110m
 * countries (the world-atlas package), projected with d3-geo. No hand-drawn shapes, no tiles,
 * no script: the SVG is a plain image that any browser shows from the same origin.
 *
 * Status comes only from parties.ts; this module turns it into four map classes:
 * bound (with likely, presumed parties marked apart by stripes), signatory, none and unknown.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { LISTED_STATUSES, namedStates, standing, type PartyContext, type PartyStatus } from '../parties.ts';
import { PARTY_STATUS_LABELS } from '../vocabulary.ts';
import { instrumentMapUrl } from '../contract/urls.ts';
import type { Instrument } from '../schema/instrument.ts';

/** Instrument kinds that get a map. A bilateral treaty binds two States: a world map adds nothing. */
export const MAP_KINDS: readonly Instrument['kind'][] = ['multilateral', 'regional', 'eu-law', 'scheme', 'agreement'];

export function hasMap(kind: Instrument['kind']): boolean {
  return MAP_KINDS.includes(kind);
}

/** URL of an instrument's map image. */
export const mapUrl = instrumentMapUrl;

export type MapClass = 'party' | 'signatory' | 'none' | 'unknown';

/** Legend entries: the four map classes, with presumed parties as a marked variant of party. */
export type LegendKey = 'party' | 'presumed-party' | 'signatory' | 'none' | 'unknown';

export const LEGEND_KEYS: readonly LegendKey[] = ['party', 'presumed-party', 'signatory', 'none', 'unknown'];

export const LEGEND_LABELS: Record<LegendKey, string> = {
  party: 'Bound (Party, or member of a group it binds)',
  'presumed-party': PARTY_STATUS_LABELS['presumed-party'],
  signatory: PARTY_STATUS_LABELS.signatory,
  none: 'Not bound (non-party, excepted or left)',
  unknown: 'Unknown: check the depositary',
};

/** How each legend entry is drawn, in words, so that no entry depends on colour alone. */
export const LEGEND_MARKINGS: Record<LegendKey, string> = {
  party: 'solid blue',
  'presumed-party': 'blue stripes',
  signatory: 'solid orange',
  none: 'solid grey',
  unknown: 'grey dots',
};

export function legendKey(status: PartyStatus): LegendKey {
  switch (status) {
    case 'party':
    case 'member':
      return 'party';
    case 'presumed-party':
    case 'signatory':
      return status;
    case 'non-party':
    case 'not-party':
    case 'excluded':
    case 'former-member':
      return 'none';
    case 'signed':
    case 'unconfirmed':
    case 'unknown':
      return 'unknown';
  }
}

export function mapClass(status: PartyStatus): MapClass {
  const key = legendKey(status);
  return key === 'presumed-party' ? 'party' : key;
}

/**
 * Colours for both schemes. Light colours are presentation attributes (so the map stays
 * readable even where its internal stylesheet is not applied); dark ones are a media query.
 * src/components/instrument/WorldMap.astro repeats them for the legend swatches (a unit test keeps the two in step).
 */
export const MAP_PALETTE = {
  light: {
    party: '#1f5fa6',
    presumedBg: '#cfe0f3',
    presumedFg: '#1f5fa6',
    signatory: '#d97a1f',
    none: '#9aa3ae',
    unknownBg: '#f4f5f7',
    unknownFg: '#a3abb6',
    border: '#5f6873',
  },
  dark: {
    party: '#6aa6e8',
    presumedBg: '#27415f',
    presumedFg: '#6aa6e8',
    signatory: '#f0a35e',
    none: '#5a626d',
    unknownBg: '#23272e',
    unknownFg: '#7c8591',
    border: '#9aa3ad',
  },
} as const;

/** One country of the dataset, projected: lower-case alpha-2 code (null for a territory without one). */
export interface MapShape {
  code: string | null;
  name: string;
  d: string;
}

export const MAP_WIDTH = 960;
const PAD = 4;
/** Antarctica is not a State and takes a fifth of the height: left out of the drawing. */
const LEFT_OUT = new Set(['010']);

interface ProjectedWorld {
  shapes: MapShape[];
  height: number;
  codes: ReadonlySet<string>;
}

let cache: ProjectedWorld | undefined;

/** Coded States by code, then the few uncoded territories by name. */
const sortKey = (s: MapShape) => (s.code ? `0${s.code}` : `1${s.name}`);

/** Projects the dataset once per build (per process); every map reuses the path strings. */
function projected(): ProjectedWorld {
  if (cache) return cache;
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features = all.features.filter((f) => !LEFT_OUT.has(String(f.id)));
  const collection: FeatureCollection<Geometry, { name: string }> = { type: 'FeatureCollection', features };
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH - 2 * PAD, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const [tx, ty] = projection.translate();
  projection.translate([tx + PAD, ty - y0 + PAD]);
  const path = geoPath(projection).digits(1);
  const shapes = features
    .map((f: Feature<Geometry, { name: string }>): MapShape => {
      const alpha2 = f.id === undefined ? undefined : countryCodes.numericToAlpha2(String(f.id));
      return { code: alpha2 ? alpha2.toLowerCase() : null, name: f.properties.name, d: path(f) ?? '' };
    })
    .filter((s) => s.d !== '')
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b), 'en'));
  cache = {
    shapes,
    height: Math.ceil(y1 - y0) + 2 * PAD,
    codes: new Set(shapes.flatMap((s) => (s.code ? [s.code] : []))),
  };
  return cache;
}

/** Every shape of the map, projected (cached). */
export function worldShapes(): readonly MapShape[] {
  return projected().shapes;
}

/** Codes (lower-case alpha-2) of the States the map draws. */
export function mappedCodes(): ReadonlySet<string> {
  return projected().codes;
}

export function mapSize(): { width: number; height: number } {
  return { width: MAP_WIDTH, height: projected().height };
}

/**
 * Codes that the 1:110m map cannot draw: small States (Singapore, Malta...) and parties
 * that are not States (the European Union). In input order, without duplicates.
 */
export function missingGeometry(codes: Iterable<string>): string[] {
  const drawn = mappedCodes();
  return [...new Set(codes)].filter((c) => !drawn.has(c));
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

function darkStyle(): string {
  const p = MAP_PALETTE.dark;
  return [
    '@media (prefers-color-scheme: dark){',
    `.party{fill:${p.party}}`,
    '.party.presumed{fill:url(#presumed)}',
    `.signatory{fill:${p.signatory}}`,
    `.none{fill:${p.none}}`,
    '.unknown{fill:url(#unknown)}',
    `.countries{stroke:${p.border}}`,
    `.presumed-bg{fill:${p.presumedBg}}`,
    `.presumed-fg{fill:${p.presumedFg}}`,
    `.unknown-bg{fill:${p.unknownBg}}`,
    `.unknown-fg{fill:${p.unknownFg}}`,
    '}',
  ].join('');
}

function lightFill(status: PartyStatus): string {
  const p = MAP_PALETTE.light;
  switch (legendKey(status)) {
    case 'party':
      return p.party;
    case 'presumed-party':
      return 'url(#presumed)';
    case 'signatory':
      return p.signatory;
    case 'none':
      return p.none;
    case 'unknown':
      return 'url(#unknown)';
  }
}

export interface RenderOptions {
  /** Title of the image, e.g. "Status under the Budapest Convention". */
  title: string;
}

/**
 * The map as a standalone SVG document. `statuses` maps lower-case alpha-2 codes to their
 * status; a drawn State missing from it is shown as unknown, and codes the map cannot
 * draw are ignored (report them with missingGeometry). No script, no event handler,
 * no external reference.
 */
export function renderWorldMap(statuses: Readonly<Record<string, PartyStatus>>, options: RenderOptions): string {
  const { width, height } = mapSize();
  const light = MAP_PALETTE.light;
  const legend = LEGEND_KEYS.map((k) => `${LEGEND_LABELS[k]}: ${LEGEND_MARKINGS[k]}`).join('; ');
  const paths = worldShapes().map((shape) => {
    const status: PartyStatus = (shape.code ? statuses[shape.code] : undefined) ?? 'unknown';
    const classes = [mapClass(status), ...(status === 'presumed-party' ? ['presumed'] : []), ...(shape.code ? [] : ['territory'])].join(' ');
    const id = shape.code ? ` data-code="${shape.code}"` : ` data-name="${escapeXml(shape.name)}"`;
    return `<path class="${classes}"${id} fill="${lightFill(status)}" d="${shape.d}"/>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="map-title map-desc">`,
    `<title id="map-title">${escapeXml(options.title)}</title>`,
    `<desc id="map-desc">${escapeXml(`Natural Earth 1:110m countries, Equal Earth projection. ${legend}. States too small for this scale are not drawn.`)}</desc>`,
    `<style>${darkStyle()}</style>`,
    '<defs>',
    `<pattern id="presumed" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect class="presumed-bg" width="5" height="5" fill="${light.presumedBg}"/><rect class="presumed-fg" width="2" height="5" fill="${light.presumedFg}"/></pattern>`,
    `<pattern id="unknown" patternUnits="userSpaceOnUse" width="4" height="4"><rect class="unknown-bg" width="4" height="4" fill="${light.unknownBg}"/><circle class="unknown-fg" cx="2" cy="2" r="0.8" fill="${light.unknownFg}"/></pattern>`,
    '</defs>',
    `<g class="countries" stroke="${light.border}" stroke-width="0.35" stroke-linejoin="round">`,
    ...paths,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** Status of every State the map draws on `date`, as parties.ts gives it for this instrument. */
export function mapStatuses(instrument: Instrument, ctx: PartyContext, date: string): Record<string, PartyStatus> {
  const out: Record<string, PartyStatus> = {};
  for (const code of mappedCodes()) out[code] = standing(instrument, code, ctx, date).status;
  return out;
}

export interface StatusRow {
  code: string;
  name: string;
  status: PartyStatus;
  /** Named by the entry or a group it binds (the page has a #party-<code> row for it). */
  listed: boolean;
  /** Has a country page. */
  documented: boolean;
  /** Drawn on the map. */
  onMap: boolean;
}

export interface InstrumentMap {
  /** Status of every drawn State: input for renderWorldMap. */
  statuses: Record<string, PartyStatus>;
  /** Every listed State and every documented country, by name: the table alternative. */
  rows: StatusRow[];
  /** Status of a State the entry does not list (unknown on a partial list). */
  unlisted: PartyStatus;
  /** States counted by legend entry: every drawn State plus every listed or documented one. */
  counts: Record<LegendKey, number>;
  /** Listed or documented codes the map cannot draw (small States, the EU), by name. */
  notDrawn: StatusRow[];
}

/** Everything a page needs to show an instrument's map and its text alternative, on `date`. */
export function instrumentMap(instrument: Instrument, ctx: PartyContext, date: string, documentedCodes: readonly string[], nameOf: (code: string) => string): InstrumentMap {
  const statuses = mapStatuses(instrument, ctx, date);
  const listed = new Set(namedStates(instrument, ctx).filter((code) => LISTED_STATUSES.has(standing(instrument, code, ctx, date).status)));
  const documented = new Set(documentedCodes);
  const drawn = mappedCodes();
  const rows = [...new Set([...listed, ...documented])]
    .map((code): StatusRow => ({
      code,
      name: nameOf(code),
      status: standing(instrument, code, ctx, date).status,
      listed: listed.has(code),
      documented: documented.has(code),
      onMap: drawn.has(code),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  // What parties.ts says of a State that no list names (not a UN member, so never presumed).
  const unlisted = standing({ partyList: instrument.partyList, parties: [], signatories: [], nonParties: [], unconfirmed: [], binds: [] }, '', { groups: new Map() }, date).status;
  const counts = Object.fromEntries(LEGEND_KEYS.map((k) => [k, 0])) as Record<LegendKey, number>;
  const counted = new Map<string, PartyStatus>(Object.entries(statuses));
  for (const row of rows) if (row.code !== 'eu') counted.set(row.code, row.status);
  for (const status of counted.values()) counts[legendKey(status)] += 1;
  return { statuses, rows, unlisted, counts, notDrawn: rows.filter((r) => !r.onMap) };
}

const COUNT_WORDS: Record<LegendKey, [string, string]> = {
  party: ['State bound', 'States bound'],
  'presumed-party': ['likely Party (not confirmed)', 'likely Parties (not confirmed)'],
  signatory: ['signatory that has not ratified', 'signatories that have not ratified'],
  none: ['State not bound', 'States not bound'],
  unknown: ['State unknown', 'States unknown'],
};

/** "72 Parties, 2 signatories that have not ratified, 100 States not documented". */
export function countsText(counts: Record<LegendKey, number>): string {
  const parts = LEGEND_KEYS.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${COUNT_WORDS[k][counts[k] === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(', ') : 'no State';
}
