import type { APIRoute } from 'astro';
import { countries, instruments } from '../../data/index.ts';
import { apiJson, countriesIndex } from '../../lib/api.ts';
import { countriesIndexFile } from '../../lib/schema/api.ts';
import { PUBLICATION, jsonResponse } from './_publication.ts';

export const GET: APIRoute = async () => {
  const inst = (await instruments()).map((i) => i.data);
  const index = countriesIndex((await countries()).map((e) => e.data), inst, PUBLICATION);
  return jsonResponse(apiJson(countriesIndexFile, index, '/api/countries.json'));
};
