import { apiCountryUrl } from '../../../lib/contract/urls.ts';
import type { APIRoute, GetStaticPaths } from 'astro';
import { countries, type CountryEntry } from '../../../data/index.ts';
import { countryRecords } from '../../../data/records.ts';
import { apiJson } from '../../../lib/publish/api.ts';
import { countryFile } from '../../../lib/schema/api.ts';
import { jsonResponse } from '../_publication.ts';

export const getStaticPaths: GetStaticPaths = async () => (await countries()).map((e) => ({ params: { code: e.id }, props: { entry: e } }));

export const GET: APIRoute = async ({ props }) => {
  const entry = props['entry'] as CountryEntry;
  const record = (await countryRecords()).get(entry.id)!;
  return jsonResponse(apiJson(countryFile, record, apiCountryUrl(entry.id)));
};
