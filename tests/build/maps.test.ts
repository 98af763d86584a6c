/** Instrument maps (static SVG files) and the instruments matrix, in the built site. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { hasMap, mapClass, mappedCodes, missingGeometry } from '../../src/lib/publish/map.ts';
import { MATRIX_KINDS } from '../../src/lib/publish/matrix.ts';
import { LISTED_STATUSES, namedStates, standing, type PartyStatus } from '../../src/lib/parties.ts';
import { PARTY_STATUS_LABELS, PARTY_STATUS_SHORT } from '../../src/lib/vocabulary.ts';
import { DIST, readPage, requireDist } from '../helpers/dist.ts';
import { builtContent } from '../helpers/publish.ts';

beforeAll(requireDist);

const content = builtContent();
const { instruments, ctx } = content;
const statusOf = (instrument: (typeof instruments)[number], code: string) => standing(instrument, code, ctx.parties, ctx.date).status;
const mapped = instruments.filter((i) => hasMap(i.kind));
const bilateral = instruments.filter((i) => !hasMap(i.kind));
const countries = content.countries.map((c) => ({ code: c.code, name: c.name }));

/** Coded countries in the dataset, counted straight from world-atlas (Antarctica is left out of the map). */
const datasetCountries = (world as unknown as { objects: { countries: { geometries: { id?: string }[] } } }).objects.countries.geometries.filter(
  (g) => g.id !== undefined && g.id !== '010',
).length;

const svgFile = (id: string) => join(DIST, 'instruments', id, 'map.svg');
const svgOf = (id: string) => readFileSync(svgFile(id), 'utf8');
const classOf = (svg: string, code: string) => new RegExp(`<path class="([^"]+)" data-code="${code}"`).exec(svg)?.[1];
const expectedClass = (status: PartyStatus) => (status === 'presumed-party' ? 'party presumed' : mapClass(status));

describe('map files', () => {
  it('there are instruments with maps and bilateral ones without', () => {
    expect(mapped.length).toBeGreaterThan(0);
    expect(bilateral.length).toBeGreaterThan(0);
  });

  it.each(mapped.map((i) => i.id))('/instruments/%s/map.svg exists and is a safe, well-formed SVG with one path per country', (id) => {
    expect(existsSync(svgFile(id))).toBe(true);
    const svg = svgOf(id);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+\s*=|(?:href|src)\s*=|javascript:/i);
    expect(svg).not.toMatch(/@import|url\((?!#)/);
    expect(svg.match(/<path [^>]*data-code="[a-z]{2}"/g)).toHaveLength(datasetCountries);
  });

  it.each(bilateral.map((i) => i.id))('/instruments/%s/ (bilateral) has no map file', (id) => {
    expect(existsSync(svgFile(id))).toBe(false);
  });

  it('colours States as their instrument entry lists them', () => {
    let checked = 0;
    for (const instrument of mapped) {
      const svg = svgOf(instrument.id);
      for (const code of namedStates(instrument, ctx.parties).filter((c) => mappedCodes().has(c))) {
        expect(classOf(svg, code), `${code} on ${instrument.id}`).toBe(expectedClass(statusOf(instrument, code)));
        checked++;
      }
      // A documented country the entry does not name: unknown on a partial list, none on a complete one, presumed (UN members) on a near-universal one.
      const unlisted = countries.find((c) => mappedCodes().has(c.code) && !LISTED_STATUSES.has(statusOf(instrument, c.code)));
      if (unlisted) {
        const status = statusOf(instrument, unlisted.code);
        expect(status).toBe(instrument.partyList === 'partial' ? 'unknown' : instrument.partyList === 'complete' ? 'not-party' : status === 'presumed-party' ? 'presumed-party' : 'unknown');
        expect(classOf(svg, unlisted.code), `${unlisted.code} (unlisted) on ${instrument.id}`).toBe(expectedClass(status));
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('a few known parties from content are drawn as parties', () => {
    const known = mapped.filter((i) => i.parties.some((p) => p.code === 'fr' || p.code === 'jp'));
    expect(known.length).toBeGreaterThan(0);
    for (const instrument of known) {
      for (const code of ['fr', 'jp'].filter((c) => instrument.parties.some((p) => p.code === c))) {
        expect(classOf(svgOf(instrument.id), code), `${code} on ${instrument.id}`).toBe('party');
      }
    }
  });
});

describe('instrument pages embed their map', () => {
  it.each(mapped.map((i) => i.id))('/instruments/%s/ has a Map section with the image, its alt text, a legend and the table alternative', (id) => {
    const instrument = mapped.find((i) => i.id === id)!;
    const page = readPage(`/instruments/${id}/`);
    expect(page.querySelectorAll('#map')).toHaveLength(1);
    const img = page.querySelector(`img[src="/instruments/${id}/map.svg"]`);
    expect(img).not.toBeNull();
    const alt = img!.getAttribute('alt') ?? '';
    expect(alt).toContain(instrument.shortTitle);
    expect(alt).toMatch(/\d+ /);
    expect(img!.getAttribute('width')).toBe('960');
    expect(Number(img!.getAttribute('height'))).toBeGreaterThan(0);
    expect(page.querySelectorAll('.map-legend li').length).toBeGreaterThan(0);

    const table = page.querySelectorAll('table').find((t) => t.querySelector('caption')?.text.trim() === 'Status by State');
    expect(table, 'table "Status by State"').toBeDefined();
    const rows = new Map(table!.querySelectorAll('tbody tr').map((tr) => [tr.querySelector('th[scope="row"]')!.text.trim(), tr.querySelector('td')!.text.trim()]));
    for (const country of countries) {
      expect(rows.get(country.name), `${country.name} on ${id}`).toBe(PARTY_STATUS_LABELS[statusOf(instrument, country.code)]);
    }
    const note = page.querySelector('.map-note')?.text ?? '';
    for (const code of missingGeometry(countries.map((c) => c.code))) {
      expect(note, `${code} not drawn on ${id}`).toContain(countries.find((c) => c.code === code)!.name);
    }
  });

  it.each(mapped.map((i) => i.id))('/instruments/%s/ keeps its contract anchors', (id) => {
    const instrument = mapped.find((i) => i.id === id)!;
    const ids = readPage(`/instruments/${id}/`).querySelectorAll('[id]').map((e) => e.id);
    for (const anchor of ['coverage', 'channels', 'safeguards', 'parties', 'map', 'sources']) expect(ids, `#${anchor}`).toContain(anchor);
    expect(ids.indexOf('parties')).toBeLessThan(ids.indexOf('map'));
    for (const code of namedStates(instrument, ctx.parties).filter((c) => LISTED_STATUSES.has(statusOf(instrument, c)))) {
      expect(ids.filter((x) => x === `party-${code}`), `#party-${code}`).toHaveLength(1);
    }
  });

  it.each(bilateral.map((i) => i.id))('/instruments/%s/ (bilateral) shows no map', (id) => {
    const page = readPage(`/instruments/${id}/`);
    expect(page.querySelector('#map')).toBeNull();
    expect(page.querySelector('img[src$="map.svg"]')).toBeNull();
  });
});

describe('instruments index', () => {
  it('#maps links to the map of every instrument that has one, and of no other', () => {
    const section = readPage('/instruments/').querySelector('section[aria-labelledby="maps"]');
    expect(section?.querySelector('h2#maps')).not.toBeNull();
    const links = section!.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect([...links].sort()).toEqual(mapped.map((i) => `/instruments/${i.id}/#map`).sort());
  });

  it('#matrix is a captioned table of documented countries by multilateral, regional and EU instruments, with statuses in words', () => {
    const section = readPage('/instruments/').querySelector('section[aria-labelledby="matrix"]');
    expect(section?.querySelector('h2#matrix')).not.toBeNull();
    const table = section!.querySelector('table')!;
    expect(table.querySelector('caption')?.text.trim().length).toBeGreaterThan(10);
    const columns = instruments.filter((i) => MATRIX_KINDS.includes(i.kind));
    const heads = table.querySelectorAll('thead th[scope="col"]');
    expect(heads).toHaveLength(columns.length + 1);
    const columnIds = heads.slice(1).map((th) => th.querySelector('a')!.getAttribute('href')!.replace(/^\/instruments\/(.+)\/$/, '$1'));
    expect([...columnIds].sort()).toEqual(columns.map((c) => c.id).sort());
    const rows = table.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(countries.length);
    for (const row of rows) {
      const code = row.querySelector('th[scope="row"] a')!.getAttribute('href')!.replace(/^\/countries\/([a-z]{2})\/$/, '$1');
      const cells = row.querySelectorAll('td');
      expect(cells).toHaveLength(columns.length);
      cells.forEach((td, i) => {
        const instrument = columns.find((c) => c.id === columnIds[i])!;
        expect(td.text.trim(), `${code} × ${instrument.id}`).toBe(PARTY_STATUS_SHORT[statusOf(instrument, code)]);
      });
    }
  });

  it('#matrix says that "not listed" on a partial list is unknown, not a confirmed non-party', () => {
    const text = readPage('/instruments/').querySelector('section[aria-labelledby="matrix"]')!.text;
    expect(text).toMatch(/partial list/);
    expect(text).toMatch(/not a confirmed non-party/);
  });
});
