/** Search helpers: names typed exactly (countries, aliases, authorities) come first, accents and case aside. */
import { describe, expect, it } from 'vitest';
import { foldName, promoteExactNames, withoutIndexMarkup } from '../../src/lib/search.ts';

const r = (title: string, meta: Record<string, string> = {}) => ({ id: title, meta: { title, ...meta } });
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('foldName', () => {
  it.each([
    ['Ministério da Justiça', 'ministerio da justica'],
    ['  Bundesamt   für Justiz ', 'bundesamt fur justiz'],
    ['Attorney General’s Office', "attorney general's office"],
    ['ČESKÁ', 'ceska'],
  ])('%j folds to %j', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('promoteExactNames', () => {
  const results = [
    r('Ukraine', { aliases: 'UA;Україна' }),
    r('Bolivia', { authorities: 'Fiscalía General del Estado' }),
    r('Brazil', { centralAuthority: 'Ministério da Justiça e Segurança Pública' }),
    r('Ecuador', { centralAuthority: 'Fiscalía General del Estado' }),
    r('United Kingdom', { aliases: 'UK;GB;Britain', centralAuthority: 'UK Central Authority;UKCA' }),
    r('São Tomé and Príncipe', { centralAuthority: 'Ministério da Justiça' }),
  ];

  it('keeps the order when nothing matches a whole name', () => {
    expect(ids(promoteExactNames(results, 'mutual assistance'))).toEqual(ids(results));
    expect(ids(promoteExactNames(results, ''))).toEqual(ids(results));
  });

  it('moves an entry whose name or alias is the query to the top', () => {
    expect(ids(promoteExactNames(results, 'uk'))[0]).toBe('United Kingdom');
    expect(ids(promoteExactNames(results, 'UKCA'))[0]).toBe('United Kingdom');
  });

  it('puts the State whose central authority has the name before one where another authority has it', () => {
    expect(ids(promoteExactNames(results, 'Fiscalia General del Estado')).slice(0, 2)).toEqual(['Ecuador', 'Bolivia']);
  });

  it('then entries with an authority whose name starts with the query (two words or more)', () => {
    expect(ids(promoteExactNames(results, 'ministerio da justica')).slice(0, 2)).toEqual(['São Tomé and Príncipe', 'Brazil']);
    // One word is too little to mean a name.
    expect(ids(promoteExactNames(results, 'Ministério'))).toEqual(ids(results));
  });
});

describe('entity first', () => {
  it('a title that starts with the query comes next, shortest first', () => {
    const results = [r('Budapest Convention, Second Additional Protocol'), r('Cybercrime in Hungary'), r('Budapest Convention')];
    expect(ids(promoteExactNames(results, 'Budapest'))).toEqual(['Budapest Convention', 'Budapest Convention, Second Additional Protocol', 'Cybercrime in Hungary']);
  });

  it('namesEntry: a name, alias or first words of the name open the page itself', async () => {
    const { namesEntry } = await import('../../src/lib/search.ts');
    const uae = { meta: { title: 'United Arab Emirates', aliases: 'AE;UAE;Émirats Arabes Unis' } };
    expect(namesEntry(uae, 'UAE')).toBe(true);
    expect(namesEntry(uae, 'emirats arabes unis')).toBe(true);
    expect(namesEntry(uae, 'United Arab')).toBe(true);
    expect(namesEntry(uae, 'Arab')).toBe(false);
    expect(namesEntry(uae, 'preservation')).toBe(false);
  });
});

describe('withoutIndexMarkup', () => {
  it('removes the index-only elements and every data-pagefind-* attribute, and nothing else', () => {
    const page = '<main><article class="country" data-country="ie" data-pagefind-body><span data-pagefind-meta="type:Country"></span><span data-pagefind-filter="region:Europe"></span><h1 data-pagefind-weight="10">Ireland</h1><section class="s" data-pagefind-ignore aria-labelledby="x"><p>Text</p></section></article></main>';
    expect(withoutIndexMarkup(page)).toBe('<main><article class="country" data-country="ie"><h1>Ireland</h1><section class="s" aria-labelledby="x"><p>Text</p></section></article></main>');
  });

  it('leaves text and attribute values that merely mention the attributes', () => {
    const page = '<p title="see data-pagefind-body docs" data-note="a > b">Mark pages with data-pagefind-body="" in the layout.</p><code>&lt;div data-pagefind-ignore&gt;</code>';
    expect(withoutIndexMarkup(page)).toBe(page);
  });

  it('reads a quoted ">" as part of a value, not the end of the tag', () => {
    expect(withoutIndexMarkup('<a href="/x?a>b" data-pagefind-ignore="all" class="c">x</a>')).toBe('<a href="/x?a>b" class="c">x</a>');
  });

  it('returns a page without such markup unchanged', () => {
    const page = '<!DOCTYPE html><html lang="en"><body><p class="a">b</p></body></html>';
    expect(withoutIndexMarkup(page)).toBe(page);
  });
});
