/** Every internal link and #anchor in dist/ resolves; external URLs are well-formed (not fetched). */
import { beforeAll, expect, it } from 'vitest';
import { htmlPages, readPage, requireDist } from '../helpers/dist.ts';
import { checkPageLinks } from '../helpers/links.ts';

beforeAll(requireDist);

it('no broken internal link or fragment on any built page', () => {
  const pages = htmlPages();
  expect(pages.length).toBeGreaterThan(3);
  const broken = pages.flatMap((p) => checkPageLinks(p, readPage(p)));
  expect(broken.map((b) => `${b.page}: ${b.href} (${b.reason})`)).toEqual([]);
});
