/**
 * Axe-core in Chromium on one page of every template (light and dark), and, in the other
 * languages (light), on the main templates in Arabic (right to left) and the country page
 * in the rest: no serious or critical violation. The templates are the same in every
 * language; these samples catch what the messages and the direction change.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { browserAvailable, withSiteInBrowser } from '../helpers/browser.ts';
import { localizedTemplatePages, templatePages } from '../helpers/templates.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(!browserAvailable)('accessibility (axe-core, WCAG 2.2 AA rules)', () => {
  const site = withSiteInBrowser();

  const ARABIC = new Set(['home', 'country', 'route planner', 'search', 'instrument', 'glossary', 'compare', 'countries index']);
  const runs = [
    ...templatePages().flatMap((p) => (['light', 'dark'] as const).map((scheme) => ({ ...p, scheme }))),
    ...localizedTemplatePages()
      .filter((p) => (p.locale === 'ar' ? ARABIC.has(p.template) : p.template === 'country'))
      .map((p) => ({ ...p, scheme: 'light' as const })),
  ];
  for (const { template, path, ready, scheme } of runs) {
    {
      it(`${template} (${path}, ${scheme} scheme)`, async () => {
        const page = await site.browser().newPage({ colorScheme: scheme });
        // Islands (route planner, draft assistant) render after their data loads: check what the user sees.
        await page.goto(`${site.server().url}${path}`, { waitUntil: 'networkidle' });
        if (ready) {
          await page.waitForFunction(
            ({ selector, text }) => {
              const el = document.querySelector(selector);
              return el !== null && (text === undefined || new RegExp(text.source, text.flags).test(el.textContent ?? ''));
            },
            { selector: ready.selector, text: ready.text ? { source: ready.text.source, flags: ready.text.flags } : undefined },
            { timeout: 20_000 },
          );
        }
        // Evaluated through the DevTools protocol, so the page's CSP does not block it.
        await page.evaluate(axeSource);
        const violations = (await page.evaluate(async () => {
          const axe = (globalThis as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          });
          return result.violations;
        })) as AxeViolation[];
        await page.close();
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`)).toEqual([]);
      });
    }
  }
});
