/** Every built page belongs to a known template, so none escapes the axe, privacy and HTML checks. */
import { beforeAll, expect, it } from 'vitest';
import { htmlPages, requireDist } from '../helpers/dist.ts';
import { templateOf, templates } from '../helpers/templates.ts';

beforeAll(requireDist);

it('every built page belongs to a template of tests/helpers/templates.ts', () => {
  const orphans = htmlPages().filter((p) => !templateOf(p));
  expect(orphans).toEqual([]);
});

it('every template of the list has at least one built page, and a page to check', () => {
  const pages = htmlPages();
  for (const t of templates()) {
    expect(pages.some((p) => t.matches.test(p)), t.template).toBe(true);
    expect(t.path, t.template).toBeTruthy();
  }
});
