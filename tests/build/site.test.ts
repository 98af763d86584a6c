/** The built site honours the anchor contract and lists every entry. */
import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_SECTION_IDS } from '../../src/lib/contract/sections.ts';
import { contentIds, htmlPages, readPage, requireDist } from '../helpers/dist.ts';

beforeAll(requireDist);

const countries = contentIds('countries');

describe('country pages', () => {
  it('there is at least one country entry to check', () => {
    expect(countries.length).toBeGreaterThan(0);
  });

  it.each(countries)('/countries/%s/ has every contract anchor exactly once, in contract order', (code) => {
    const page = readPage(`/countries/${code}/`);
    const ids = page.querySelectorAll('[id]').map((el) => el.id);
    for (const id of COUNTRY_SECTION_IDS) {
      expect(ids.filter((x) => x === id), `#${id} on /countries/${code}/`).toHaveLength(1);
    }
    const order = ids.filter((id) => (COUNTRY_SECTION_IDS as string[]).includes(id));
    expect(order).toEqual(COUNTRY_SECTION_IDS);
  });

  it.each(countries)('/countries/%s/ has exactly one h1 and no empty section', (code) => {
    const page = readPage(`/countries/${code}/`);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    for (const section of page.querySelectorAll('section[aria-labelledby]')) {
      const text = section.text.replace(section.querySelector('h2')?.text ?? '', '').trim();
      expect(text.length, `section ${section.getAttribute('aria-labelledby')} on ${code} is empty`).toBeGreaterThan(0);
    }
  });
});

describe('countries index', () => {
  it('lists every country entry, linking to its page', () => {
    const index = readPage('/countries/');
    const linked = index
      .querySelectorAll('table a[href^="/countries/"]')
      .map((a) => a.getAttribute('href')!.replace(/^\/countries\/([a-z]{2})\/$/, '$1'))
      .sort();
    expect(linked).toEqual(countries);
  });

  it('shows region, central authority and last verified for each row', () => {
    const rows = readPage('/countries/').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(countries.length);
    for (const row of rows) expect(row.querySelectorAll('td')).toHaveLength(4);
  });
});

describe('other pages', () => {
  it('home, instruments, glossary and 404 are built', () => {
    const pages = htmlPages();
    for (const p of ['/', '/countries/', '/instruments/', '/glossary/', '/404.html']) expect(pages).toContain(p);
  });

  it.each(contentIds('instruments'))('/instruments/%s/ exists', (id) => {
    expect(readPage(`/instruments/${id}/`).querySelector('h1')).not.toBeNull();
  });

  it('the glossary has one anchor per term', () => {
    const page = readPage('/glossary/');
    for (const id of contentIds('glossary')) expect(page.querySelectorAll(`[id="${id}"]`), id).toHaveLength(1);
  });
});
