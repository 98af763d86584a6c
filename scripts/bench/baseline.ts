/**
 * The baseline site: bare Astro + MDX rendering the same content files, one page per entry,
 * with glob loaders and no schemas, no components of ours, no checks, no search. Building
 * it beside ours shows how much the site's own work (validation, rendering of structured
 * data, indexes, API files, headers) adds to what Astro and MDX cost anyway.
 */
import { COLLECTIONS } from '../../src/lib/contract/collections.ts';
import { ALLOWED_COMPONENT_NAMES } from '../../src/lib/mdx-components.ts';

export interface BaselineOptions {
  /** Absolute path of the content folder to render. */
  contentDir: string;
  /** Absolute path for Astro's cache (content store, Vite cache). */
  cacheDir: string;
}

/**
 * Bodies use our MDX components (<Cite>, <Guidance>, <Country>…); MDX throws on an
 * undefined component, so the baseline maps each to a plain HTML element.
 */
export const BASELINE_ELEMENTS: Record<string, string> = {
  Guidance: 'section',
  Cite: 'sup',
  Country: 'a',
  Instrument: 'a',
  Term: 'a',
  Module: 'a',
};

/** The baseline project's files, by path relative to its root (node_modules is linked separately). */
export function baselineSiteFiles(options: BaselineOptions): Record<string, string> {
  const missing = ALLOWED_COMPONENT_NAMES.filter((name) => !BASELINE_ELEMENTS[name]);
  if (missing.length) throw new Error(`baseline has no stand-in element for <${missing.join('>, <')}>`);
  const collections = Object.entries(COLLECTIONS)
    .map(([name, { dir }]) => `  ${name}: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(`${options.contentDir}/${dir}`)} }) }),`)
    .join('\n');
  return {
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  cacheDir: ${JSON.stringify(options.cacheDir)},
  devToolbar: { enabled: false },
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
${collections}
};
`,
    'src/pages/[collection]/[id].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const names = ${JSON.stringify(Object.keys(COLLECTIONS))};
  const paths = [];
  for (const collection of names) {
    for (const entry of await getCollection(collection)) paths.push({ params: { collection, id: entry.id }, props: { entry } });
  }
  return paths;
}

const { entry } = Astro.props;
const { Content } = await render(entry);
const elements = ${JSON.stringify(BASELINE_ELEMENTS)};
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.id}</title></head>
  <body><main><h1>{entry.id}</h1><Content components={elements} /></main></body>
</html>
`,
  };
}
