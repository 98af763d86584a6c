import type { APIRoute, GetStaticPaths } from 'astro';
import { countryCitation } from '../../../data/citations.ts';
import { countries, type CountryEntry } from '../../../data/index.ts';
import { cslJson } from '../../../lib/publish/citation-formats.ts';

/** The entry's citation as CSL-JSON (Zotero, Pandoc): the page's "Cite this entry" block links it. */
export const getStaticPaths: GetStaticPaths = async () => (await countries()).map((e) => ({ params: { code: e.id }, props: { entry: e } }));

export const GET: APIRoute = ({ props }) =>
  new Response(`${cslJson(countryCitation((props['entry'] as CountryEntry).data))}\n`, { headers: { 'content-type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
