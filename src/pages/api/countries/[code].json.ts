import type { APIRoute, GetStaticPaths } from 'astro';
import { countries, instruments, type CountryEntry } from '../../../data/index.ts';
import { apiJson, countryRecord } from '../../../lib/api.ts';
import { countryFile } from '../../../lib/schema/api.ts';
import { PUBLICATION, jsonResponse } from '../_publication.ts';

export const getStaticPaths: GetStaticPaths = async () => (await countries()).map((e) => ({ params: { code: e.id }, props: { entry: e } }));

export const GET: APIRoute = async ({ props }) => {
  const entry = props['entry'] as CountryEntry;
  const inst = (await instruments()).map((i) => i.data);
  return jsonResponse(apiJson(countryFile, countryRecord(entry.data, inst, PUBLICATION), `/api/countries/${entry.id}.json`));
};
