/**
 * Every English page, and one page per template in each other language (the templates are
 * the same; only messages differ), validates with html-validate; zero errors.
 */
import { HtmlValidate } from 'html-validate';
import { beforeAll, expect, it } from 'vitest';
import { pageFile, requireDist } from '../helpers/dist.ts';
import { sampledPages } from '../helpers/templates.ts';

beforeAll(requireDist);

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's compressed output puts each page on very few lines; style rules about layout do not apply.
    'no-trailing-whitespace': 'off',
    // Contract anchors such as /glossary/#24-7-network are valid HTML5 ids; only HTML's own rules apply.
    'valid-id': ['error', { relaxed: true }],
    // Phone numbers are shown exactly as their source prints them: copy-paste must give the same
    // characters, and long lists of numbers must still wrap on a 320 px screen.
    'tel-non-breaking': 'off',
    // Filter checkboxes share a name, as HTML intends for multi-valued form fields.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});

it('every sampled page is valid HTML', async () => {
  const problems: string[] = [];
  for (const page of sampledPages()) {
    const report = await validator.validateFile(pageFile(page));
    for (const result of report.results) {
      for (const m of result.messages) if (m.severity === 2) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
}, 300_000);
