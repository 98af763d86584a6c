/** World maps of party status, drawn as static SVG from Natural Earth 1:110m. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import {
  LEGEND_KEYS,
  MAP_PALETTE,
  countsText,
  escapeXml,
  hasMap,
  instrumentMap,
  legendKey,
  mapClass,
  mapSize,
  mapStatuses,
  mappedCodes,
  missingGeometry,
  renderWorldMap,
  worldShapes,
} from '../../src/lib/publish/map.ts';
import type { PartyContext, PartyStatus } from '../../src/lib/parties.ts';
import { group } from '../../src/lib/schema/group.ts';
import { instrument, type Instrument } from '../../src/lib/schema/instrument.ts';
import { stateName } from '../../src/lib/format.ts';

const SOURCES = [{ id: 's', url: 'https://example.org/s', title: 'Fixture list', date: '2024-01-01', kind: 'depositary' }];
const DATE = '2026-12-01';
type Lists = Partial<{ parties: { code: string }[]; signatories: { code: string }[]; nonParties: { code: string }[]; partyList: 'complete' | 'partial' | 'near-universal'; binds: unknown[] }>;
const lists = (over: Lists): Instrument =>
  instrument.parse({
    id: 'fixture',
    title: 'Fixture Convention',
    shortTitle: 'Fixture',
    kind: 'multilateral',
    status: 'in-force',
    summary: 'A fixture instrument.',
    sources: SOURCES,
    parties: (over.parties ?? []).map((p) => ({ ...p, cite: ['s'] })),
    signatories: (over.signatories ?? []).map((p) => ({ ...p, cite: ['s'] })),
    nonParties: (over.nonParties ?? []).map((p) => ({ ...p, cite: ['s'] })),
    partyList: over.partyList ?? 'partial',
    binds: over.binds ?? [],
  });
const member = (code: string, extra: Record<string, string> = {}) => ({ code, cite: ['s'], ...extra });
const ctx: PartyContext = {
  groups: new Map([
    ['eu', group.parse({ name: 'European Union', shortName: 'EU', kind: 'organisation', memberList: 'complete', sources: SOURCES, members: [member('fr'), member('dk'), member('gb', { left: '2020-01-31' })] })],
    ['un', group.parse({ name: 'UN Member States', kind: 'organisation', memberList: 'partial', sources: SOURCES, members: ['br', 'fr', 'so'].map((c) => member(c)) })],
  ]),
};

/** The class attribute of the path drawn for a State, or undefined when there is none. */
function classOf(svg: string, code: string): string | undefined {
  return new RegExp(`<path class="([^"]+)" data-code="${code}"`).exec(svg)?.[1];
}

describe('status to map class', () => {
  const cases: [PartyStatus, string, string][] = [
    ['party', 'party', 'party'],
    ['member', 'party', 'party'],
    ['presumed-party', 'party', 'presumed-party'],
    ['signatory', 'signatory', 'signatory'],
    ['non-party', 'none', 'none'],
    ['not-party', 'none', 'none'],
    ['excluded', 'none', 'none'],
    ['former-member', 'none', 'none'],
    ['signed', 'unknown', 'unknown'],
    ['unconfirmed', 'unknown', 'unknown'],
    ['unknown', 'unknown', 'unknown'],
  ];
  it.each(cases)('%s is drawn as %s (legend: %s)', (status, cls, key) => {
    expect(mapClass(status)).toBe(cls);
    expect(legendKey(status)).toBe(key);
  });

  it('bilateral treaties get no map; every other kind does', () => {
    expect(hasMap('bilateral')).toBe(false);
    for (const kind of ['multilateral', 'regional', 'eu-law', 'scheme', 'agreement'] as const) expect(hasMap(kind)).toBe(true);
  });
});

describe('shapes from world-atlas', () => {
  it('draws every coded country of the dataset except Antarctica, each once', () => {
    const ids = (world as unknown as { objects: { countries: { geometries: { id?: string }[] } } }).objects.countries.geometries
      .map((g) => g.id)
      .filter((id): id is string => id !== undefined && id !== '010');
    const coded = worldShapes().filter((s) => s.code !== null);
    expect(coded).toHaveLength(ids.length);
    expect(new Set(coded.map((s) => s.code)).size).toBe(coded.length);
    expect(mappedCodes().has('aq')).toBe(false);
    for (const code of ['fr', 'us', 'br', 'in', 'jp', 'za', 'au', 'gb', 'ru', 'fj']) expect(mappedCodes().has(code), code).toBe(true);
  });

  it('keeps territories without an ISO code (Kosovo, N. Cyprus, Somaliland) as uncoded shapes rather than dropping them', () => {
    const names = worldShapes().filter((s) => s.code === null).map((s) => s.name);
    expect(names.sort()).toEqual(['Kosovo', 'N. Cyprus', 'Somaliland']);
  });

  it('projects once and reuses the result', () => {
    expect(worldShapes()).toBe(worldShapes());
    expect(mappedCodes()).toBe(mappedCodes());
  });

  it('fits a fixed width, with a height that contains the drawing', () => {
    const { width, height } = mapSize();
    expect(width).toBe(960);
    expect(height).toBeGreaterThan(350);
    expect(height).toBeLessThan(600);
    for (const shape of worldShapes()) {
      for (const n of shape.d.match(/-?\d+(?:\.\d+)?/g)!.map(Number)) {
        expect(n).toBeGreaterThanOrEqual(0);
        expect(n).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('missingGeometry', () => {
  it('reports small States and the EU, which the 1:110m map cannot draw', () => {
    expect(missingGeometry(['fr', 'sg', 'mt', 'eu', 'ie', 'li'])).toEqual(['sg', 'mt', 'eu', 'li']);
  });

  it('reports each code once and nothing for drawn States', () => {
    expect(missingGeometry(['sg', 'sg'])).toEqual(['sg']);
    expect(missingGeometry(['de', 'us'])).toEqual([]);
    expect(missingGeometry([])).toEqual([]);
  });

  it('of the documented countries, reports Singapore', () => {
    const documented = readdirCountries();
    expect(documented.length).toBeGreaterThan(0);
    expect(missingGeometry(documented)).toContain('sg');
    expect(missingGeometry(documented)).not.toContain('fr');
  });
});

function readdirCountries(): string[] {
  return readdirSync(join(import.meta.dirname, '..', '..', 'content', 'countries'))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => n.slice(0, -4));
}

describe('renderWorldMap', () => {
  const svg = renderWorldMap({ fr: 'party', de: 'presumed-party', us: 'signatory', ru: 'non-party', cn: 'not-party', zz: 'party' }, { title: 'Status under Test' });

  it('gives a known party the party class and the party colour', () => {
    expect(classOf(svg, 'fr')).toBe('party');
    expect(svg).toMatch(new RegExp(`data-code="fr" fill="${MAP_PALETTE.light.party}"`));
  });

  it('marks a presumed party apart from a listed one (stripes)', () => {
    expect(classOf(svg, 'de')).toBe('party presumed');
    expect(svg).toContain('data-code="de" fill="url(#presumed)"');
    expect(svg).toContain('<pattern id="presumed"');
  });

  it('draws signatories, non-parties and not-parties with their own classes', () => {
    expect(classOf(svg, 'us')).toBe('signatory');
    expect(classOf(svg, 'ru')).toBe('none');
    expect(classOf(svg, 'cn')).toBe('none');
  });

  it('shows a country without a status as unknown', () => {
    expect(classOf(svg, 'br')).toBe('unknown');
    expect(svg).toContain('data-code="br" fill="url(#unknown)"');
  });

  it('draws one path per shape and ignores codes it cannot draw', () => {
    expect(svg.match(/<path /g)).toHaveLength(worldShapes().length);
    expect(svg).not.toContain('data-code="zz"');
    expect(svg.match(/class="unknown territory"/g)).toHaveLength(3);
  });

  it('is a well-formed SVG document with a title and a fixed viewBox', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: Record<string, unknown> };
    expect(doc.svg['@_xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(doc.svg['@_viewBox']).toBe(`0 0 960 ${mapSize().height}`);
    expect(svg).toContain('<title id="map-title">Status under Test</title>');
  });

  it('contains no script, no event handler and no external reference', () => {
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
    expect(svg).not.toMatch(/(?:href|src)\s*=/i);
    expect(svg).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
    expect(svg).not.toMatch(/@import|url\((?!#)/);
  });

  it('escapes the title, so content cannot inject markup', () => {
    const hostile = renderWorldMap({}, { title: 'A & B <script>alert(1)</script> "q"' });
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('A &amp; B &lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot;');
    expect(XMLValidator.validate(hostile)).toBe(true);
    expect(escapeXml(`'`)).toBe('&apos;');
  });

  it('shows everything as unknown when no status is given', () => {
    const empty = renderWorldMap({}, { title: 'Empty' });
    expect(empty.match(/<path class="unknown/g)).toHaveLength(worldShapes().length);
  });

  it('restyles every class for the dark scheme', () => {
    expect(svg).toContain('@media (prefers-color-scheme: dark)');
    for (const colour of Object.values(MAP_PALETTE.dark)) expect(svg).toContain(colour);
    expect(svg).toMatch(/\.party\.presumed\{fill:url\(#presumed\)\}/);
  });
});

describe('mapStatuses and instrumentMap use parties.ts', () => {
  it('a partial list: listed States keep their status, others are unknown', () => {
    const statuses = mapStatuses(lists({ parties: [{ code: 'fr' }], signatories: [{ code: 'ie' }], nonParties: [{ code: 'ru' }] }), ctx, DATE);
    expect(statuses['fr']).toBe('party');
    expect(statuses['ie']).toBe('signatory');
    expect(statuses['ru']).toBe('non-party');
    expect(statuses['br']).toBe('unknown');
    expect(Object.keys(statuses)).toHaveLength(mappedCodes().size);
  });

  it('a complete list: others are not parties; near-universal: others are presumed parties', () => {
    expect(mapStatuses(lists({ parties: [{ code: 'fr' }], partyList: 'complete' }), ctx, DATE)['br']).toBe('not-party');
    const near = mapStatuses(lists({ nonParties: [{ code: 'so' }], partyList: 'near-universal' }), ctx, DATE);
    expect(near['br']).toBe('presumed-party');
    expect(near['so']).toBe('non-party');
    // Presumed only for a State the UN list names; the others stay unknown.
    expect(near['us']).toBe('unknown');
  });

  it('a membership rule draws the members of the group, minus those excepted or gone', () => {
    const statuses = mapStatuses(lists({ partyList: 'complete', binds: [{ group: 'eu', except: ['dk'], cite: ['s'] }] }), ctx, DATE);
    expect(statuses['fr']).toBe('member');
    expect(statuses['dk']).toBe('excluded');
    expect(statuses['gb']).toBe('former-member');
    expect(statuses['us']).toBe('not-party');
  });

  it('the table lists every listed State and every documented country, by name, with unknown for documented ones not listed', () => {
    const m = instrumentMap(lists({ parties: [{ code: 'fr' }, { code: 'mt' }], signatories: [{ code: 'us' }] }), ctx, DATE, ['ie', 'sg', 'fr'], stateName);
    expect(m.rows.map((r) => [r.code, r.status, r.listed, r.documented])).toEqual([
      ['fr', 'party', true, true],
      ['ie', 'unknown', false, true],
      ['mt', 'party', true, false],
      ['sg', 'unknown', false, true],
      ['us', 'signatory', true, false],
    ]);
    expect(m.unlisted).toBe('unknown');
  });

  it('lists what the map cannot draw: small States and the EU', () => {
    const m = instrumentMap(lists({ parties: [{ code: 'eu' }, { code: 'jp' }, { code: 'mt' }], partyList: 'complete' }), ctx, DATE, ['sg', 'jp'], stateName);
    expect(m.notDrawn.map((r) => r.code)).toEqual(['eu', 'mt', 'sg']);
    expect(m.notDrawn.find((r) => r.code === 'sg')?.status).toBe('not-party');
    expect(m.unlisted).toBe('not-party');
  });

  it('counts every drawn, listed or documented State once, and not the EU', () => {
    const m = instrumentMap(lists({ parties: [{ code: 'eu' }, { code: 'fr' }, { code: 'mt' }], signatories: [{ code: 'us' }], partyList: 'complete' }), ctx, DATE, ['sg'], stateName);
    const total = LEGEND_KEYS.reduce((n, k) => n + m.counts[k], 0);
    expect(total).toBe(mappedCodes().size + 2); // + Malta and Singapore, which the map cannot draw
    expect(m.counts.party).toBe(2);
    expect(m.counts.signatory).toBe(1);
    expect(m.counts.unknown).toBe(0);
    expect(m.counts.none).toBe(total - 3);
  });

  it('counts read as words, skipping empty classes', () => {
    expect(countsText({ party: 1, 'presumed-party': 0, signatory: 2, none: 0, unknown: 3 })).toBe(
      '1 State bound, 2 signatories that have not ratified, 3 States unknown',
    );
    expect(countsText({ party: 0, 'presumed-party': 0, signatory: 0, none: 0, unknown: 0 })).toBe('no State');
  });
});

describe('legend swatches on the page', () => {
  it('WorldMap.astro uses the same colours as the SVG, in both schemes', () => {
    const component = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'components', 'instrument', 'WorldMap.astro'), 'utf8');
    const [lightPart, darkPart] = component.split('@media (prefers-color-scheme: dark)');
    for (const colour of Object.values(MAP_PALETTE.light)) expect(lightPart, `light ${colour}`).toContain(colour);
    for (const colour of Object.values(MAP_PALETTE.dark)) expect(darkPart, `dark ${colour}`).toContain(colour);
  });
});
