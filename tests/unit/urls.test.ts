/** Links built from content: contact details and external addresses. */
import { describe, expect, it } from 'vitest';
import { contactHref, externalHref } from '../../src/lib/contract/urls.ts';

describe('contactHref', () => {
  it.each([
    ['email', 'MAREQUESTS@JUSTICE.IE', 'mailto:MAREQUESTS@JUSTICE.IE'],
    ['email', 'not an email', undefined],
    ['phone', '+353 1 408 6108', 'tel:+35314086108'],
    ['phone', '00 356 2122 4001', 'tel:003562122 4001'.replace(/ /g, '')],
    // Printed without its country code: shown, never completed into a number to dial.
    ['phone', '371.67.280437', undefined],
    ['phone', '(230) 203-4740', undefined],
    // Several numbers in one string: shown, never dialled as one.
    ['phone', '371.67.280437/371.67.282607', undefined],
    ['phone', '+33 1 44 77 60 25 or +33 1 44 77 61 90', undefined],
    ['fax', '+357 22 518328', undefined],
    ['web', 'https://www.gov.ie/en/mla/', 'https://www.gov.ie/en/mla/'],
    ['web', 'www.gov.ie', undefined],
    ['online-service', 'https://example.org/a b', 'https://example.org/a%20b'],
    ['postal', '51 St. Stephen’s Green, Dublin 2', undefined],
  ])('%s %j → %j', (type, value, href) => {
    expect(contactHref(type, value)).toBe(href);
  });
});

describe('externalHref', () => {
  it('percent-encodes what a browser would, and keeps the address', () => {
    expect(externalHref('https://mosaiquefm.net/amp/fr/x/1246391/{{instagram}}')).toBe('https://mosaiquefm.net/amp/fr/x/1246391/%7B%7Binstagram%7D%7D');
    expect(externalHref('https://example.org/ok?a=1#b')).toBe('https://example.org/ok?a=1#b');
    expect(externalHref('not a url')).toBe('not a url');
  });
});
