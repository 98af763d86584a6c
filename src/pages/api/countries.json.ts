import type { APIRoute } from 'astro';
import { countries, instruments } from '../../data/index.ts';
import { publishContext } from '../../data/records.ts';
import { apiJson, countriesIndex } from '../../lib/publish/api.ts';
import { countriesIndexFile } from '../../lib/schema/api.ts';
import { jsonResponse } from './_publication.ts';

export const GET: APIRoute = async () => {
  const inst = (await instruments()).map((i) => i.data);
  const index = countriesIndex((await countries()).map((e) => e.data), inst, await publishContext());
  return jsonResponse(apiJson(countriesIndexFile, index, '/api/countries.json'));
};
