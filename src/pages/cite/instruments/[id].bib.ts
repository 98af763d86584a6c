import type { APIRoute, GetStaticPaths } from 'astro';
import { instrumentCitation } from '../../../data/citations.ts';
import { instruments, type InstrumentEntry } from '../../../data/index.ts';
import { bibtex } from '../../../lib/publish/citation-formats.ts';

/** The entry's citation as BibTeX/biblatex: the page's "Cite this entry" block links it. */
export const getStaticPaths: GetStaticPaths = async () => (await instruments()).map((e) => ({ params: { id: e.id }, props: { entry: e } }));

export const GET: APIRoute = ({ props }) =>
  new Response(`${bibtex(instrumentCitation((props['entry'] as InstrumentEntry).data))}\n`, { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } });
