/**
 * The portal in the six UN languages, in Chromium: Arabic reads right to left without
 * overflow and passes axe; the route planner computes in Chinese; each language's search
 * finds a State by its name in that language; anchors and the switcher are the same everywhere;
 * the draft assistant, the route's checklist and compare show their interface in the page's language.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { browserAvailable, withSiteInBrowser } from '../helpers/browser.ts';
import { contentIds, pageFile } from '../helpers/dist.ts';
import { existsSync } from 'node:fs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ready = ['ie', 'cn', 'de'].every((c) => contentIds('countries').includes(c)) && ['ar', 'zh', 'fr', 'ru'].every((l) => existsSync(pageFile(`/${l}/`)));

describe.skipIf(!browserAvailable || !ready)('languages in Chromium', () => {
  const site = withSiteInBrowser();

  it('/ar/countries/ie/ renders right to left, mirrored, with no overflow at 320 px or 1280 px, and axe finds nothing serious', async () => {
    for (const width of [320, 1280]) {
      const page = await site.browser().newPage({ viewport: { width, height: 900 } });
      await page.goto(`${site.server().url}/ar/countries/ie/`, { waitUntil: 'networkidle' });
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('main')!).direction)).toBe('rtl');
      // Anchors stay the English ids.
      for (const id of ['at-a-glance', 'central-authority', 'preservation', 'safeguards', 'sources']) expect(await page.$(`h2#${id}`), id).not.toBeNull();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `overflow at ${width} px`).toBeLessThanOrEqual(1);
      if (width === 1280) {
        // The procedure flow runs from the right: its first step stands right of its second.
        const [first, second] = await page.$$eval('.flow-step', (steps) => steps.slice(0, 2).map((s) => s.getBoundingClientRect().left));
        expect(first!).toBeGreaterThan(second!);
        // Table columns are mirrored: the header of the first column is the rightmost.
        const cols = await page.$$eval('table.legal-bases thead th', (ths) => ths.map((th) => th.getBoundingClientRect().left));
        if (cols.length > 1) expect(cols[0]!).toBeGreaterThan(cols[1]!);
        await page.evaluate(axeSource);
        const violations = (await page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
          return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })).violations;
        })) as { id: string; impact: string | null; nodes: { target: string[] }[] }[];
        expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
      }
      await page.close();
    }
  });

  it('in Arabic, contact details keep their order: the phone number reads +353 1 408 6108 on the page and in the route', async () => {
    const page = await site.browser().newPage({ viewport: { width: 390, height: 844 } });
    /** The characters of the first phone link in the order they are drawn, left to right. */
    const drawn = () =>
      page.evaluate(() => {
        const link = document.querySelector<HTMLAnchorElement>('a.contact-value[href^="tel:"]')!;
        const text = link.firstChild as Text;
        const chars: { c: string; x: number }[] = [];
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + 1);
          const box = range.getBoundingClientRect();
          if (text.data[i] !== ' ') chars.push({ c: text.data[i]!, x: box.left });
        }
        return { value: text.data, drawn: chars.sort((a, b) => a.x - b.x).map((c) => c.c).join('') };
      });
    await page.goto(`${site.server().url}/ar/countries/ie/`, { waitUntil: 'networkidle' });
    const onPage = await drawn();
    expect(onPage.value).toContain('+353');
    expect(onPage.drawn).toBe(onPage.value.replace(/ /g, ''));
    await page.goto(`${site.server().url}/ar/route/?from=de&to=ie&measure=subscriber-information`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#route-result a.contact-value[href^="tel:"], a.contact-value[href^="tel:"]');
    const inRoute = await drawn();
    expect(inRoute.drawn).toBe(inRoute.value.replace(/ /g, ''));
    await page.close();
  });

  it('/zh/route/?from=cn&to=de&measure=bank-records computes a route with Chinese labels', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/zh/route/?from=cn&to=de&measure=bank-records`);
    await page.waitForSelector('#route-summary');
    expect(await page.textContent('#route-summary')).toBe('银行记录：从中国到德国');
    expect(await page.textContent('#route-status')).toMatch(/^路径已计算/);
    expect(await page.textContent('#route-legal-basis')).toContain('法律依据');
    expect(await page.textContent('#route-addressee')).toContain('发送至何处及如何发送');
    expect(await page.textContent('label[for="route-form-measure"]')).toBe('您需要什么？');
    // Links the island builds stay in Chinese.
    const entry = await page.$$eval('#route-result a[href*="/countries/de/"]', (as) => as.map((a) => a.getAttribute('href')));
    expect(entry.length).toBeGreaterThan(0);
    for (const href of entry) expect(href).toMatch(/^\/zh\/countries\/de\//);
    expect(page.url()).toBe(`${site.server().url}/zh/route/?from=cn&to=de&measure=bank-records`);
    await page.close();
  });

  it('/fr/draft/ shows the assistant in French: sections, fields, checklist, warnings and status, with the letter in English', async () => {
    const page = await site.browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.server().url}/fr/draft/?from=de&to=ie&measure=subscriber-information`);
    await page.waitForSelector('#draft-heading');
    expect(await page.textContent('#draft-heading')).toBe('Lettre de demande : subscriber information, de Allemagne vers Irlande');
    expect(await page.textContent('#draft-status')).toMatch(/^Brouillon prêt : 17 sections, \d+ éléments de liste de contrôle tirés de la fiche de Irlande/);
    const legends = await page.$$eval('#draft-letter-form legend', (ls) => ls.map((l) => l.textContent ?? ''));
    expect(legends).toContain('Avant de commencer');
    expect(legends).toContain('1. Autorité requérante et contact');
    expect(legends).toContain('9. Entraide demandée');
    expect(await page.textContent('label[for="draft-f-authority"]')).toBe('Autorité requérante (nécessaire pour la lettre)');
    expect(await page.textContent('label[for="draft-f-subscriber-information-provider"]')).toMatch(/^Fournisseur de services détenant les informations sur l’abonné/);
    expect(await page.textContent('#draft-warnings-title')).toMatch(/^Encore manquant avant l’envoi \(\d+\)$/);
    expect(await page.textContent('#draft-warnings')).toContain('Autorité requérante et contact : le champ « autorité requérante » est vide.');
    expect(await page.textContent('label[for="draft-c-requirements"]')).toContain('Ce que Irlande exige de toute demande');
    // The reasons beside possible bases, and in the legal-basis checklist, are French (the same ids as the route planner's).
    const bases = (await page.textContent('.draft-bases')) ?? '';
    expect(bases).toContain('Allemagne : absent de la liste partielle des Parties');
    expect(bases).not.toContain('not on the partial list');
    // A confirmed basis's date of entry into force is a French date, not an ISO one.
    expect(bases).toMatch(/En vigueur pour Irlande depuis le \d{1,2}(er)? [a-zéû]+ \d{4}\./);
    expect(bases).not.toMatch(/depuis le \d{4}-\d{2}/);
    const checks = (await page.textContent('#draft-app > .no-print')) ?? '';
    expect(checks).toContain('les deux États sont liés selon les listes des Parties citées');
    expect(checks).not.toContain('both States bound according to');
    // No English interface text left in the form: none of these English labels appears.
    // The form, checklist, warnings and export controls (the letter's preview, in English, is outside this block).
    const form = (await page.textContent('#draft-app > .no-print')) ?? '';
    for (const english of ['Requesting authority', 'Before you start', 'Still missing', 'Keep this draft', 'Follows the structure of', 'What Ireland asks', 'needed for the letter', 'Print the letter', 'Check and export', 'not yet ticked']) expect(form, english).not.toContain(english);
    // The letter stays English (its notice says so), and links stay in French.
    expect(await page.textContent('#draft-letter-title')).toMatch(/^Request for mutual legal assistance/);
    for (const href of await page.$$eval('#draft-app a[href^="/"]', (as) => as.map((a) => a.getAttribute('href')!))) expect(href).toMatch(/^\/fr\//);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('/zh/route/ shows the checklist of the route in Chinese', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/zh/route/?from=cn&to=de&measure=bank-records`);
    await page.waitForSelector('section.route-checklist h3');
    const headings = await page.$$eval('section.route-checklist h3, section.route-safeguards h3', (hs) => hs.map((h) => h.textContent ?? ''));
    expect(headings).toContain('每项请求必须包含的内容');
    expect(headings).toContain('银行记录的规则');
    for (const english of ['What every request must contain', 'Rules for', 'Authorisation of coercive measures', 'Minor matters', 'Oversight and review']) expect(headings.join(' | '), english).not.toContain(english);
    await page.close();
  });

  it('/fr/compare/ sorts and compares with French labels, after choosing other States too', async () => {
    const page = await site.browser().newPage();
    await page.goto(`${site.server().url}/fr/compare/?c=de&c=ie`);
    await page.waitForFunction(() => document.querySelector('#compare-result table')?.getAttribute('data-countries') === 'de ie');
    const rows = await page.$$eval('#compare-result th[scope="row"], #compare-result th[scope="rowgroup"]', (ths) => ths.map((th) => th.textContent ?? ''));
    expect(rows).toContain('Où et comment envoyer');
    expect(rows).toContain('Canaux');
    for (const english of ['Where and how to send', 'Channels', 'Accepted languages', 'Safeguards', 'Completeness']) expect(rows, english).not.toContain(english);
    expect(await page.textContent('#compare-caption')).toBe('Comparaison : Allemagne et Irlande');
    // The values' fixed words too, rendered by the island from the page's messages.
    const cells = ((await page.textContent('#compare-result table')) ?? '').replace(/\s+/g, ' ');
    expect(cells).toContain('en vigueur depuis le');
    expect(cells).toMatch(/source non datée|au \d/);
    for (const english of ['as of ', 'undated source', 'in force ', 'instrument not in force']) expect(cells, english).not.toContain(english);
    await page.goto(`${site.server().url}/fr/compare/channels/`);
    await page.click('th:nth-child(3) button');
    expect(await page.textContent('[data-sort-note]')).toBe('Trié par canaux documentés, du plus petit au plus grand ; fiches sans valeur à la fin.');
    await page.close();
  });

  for (const [lang, query, count] of [
    ['fr', 'Allemagne', /résultat/],
    ['ru', 'Германия', /результат/],
  ] as const) {
    it(`searching “${query}” on /${lang}/search/ finds Germany`, async () => {
      const page = await site.browser().newPage();
      await page.goto(`${site.server().url}/${lang}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('search-status')?.textContent ?? ''), count.source, { timeout: 20_000 });
      const hrefs = await page.$$eval('#search-results a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.some((h) => h.startsWith(`/${lang}/countries/de/`)), hrefs.join(' ')).toBe(true);
      expect(hrefs[0]).toMatch(new RegExp(`^/${lang}/countries/de/`));
      await page.close();
    });
  }

  it('every language version has the switcher, hreflang alternates and the notice that entries are in English', async () => {
    const page = await site.browser().newPage();
    for (const lang of ['fr', 'es', 'ru', 'zh', 'ar']) {
      await page.goto(`${site.server().url}/${lang}/countries/ie/`);
      expect(await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => l.getAttribute('hreflang')).sort())).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'x-default', 'zh']);
      expect(await page.$$eval('.language-switcher a', (as) => as.length)).toBe(6);
      expect(await page.getAttribute('.language-switcher a[aria-current="true"]', 'hreflang')).toBe(lang);
      expect(await page.$('.translation-notice strong')).not.toBeNull();
      await page.click('.language-switcher a[hreflang="en"]');
      expect(new URL(page.url()).pathname).toBe('/countries/ie/');
    }
    await page.close();
  });
});
