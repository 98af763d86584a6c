import type { APIRoute } from 'astro';
import { countries, instruments } from '../../data/index.ts';
import { countryRecord } from '../../lib/api.ts';
import { countriesCsv } from '../../lib/csv.ts';
import { PUBLICATION } from './_publication.ts';

export const GET: APIRoute = async () => {
  const inst = (await instruments()).map((i) => i.data);
  const records = (await countries()).map((e) => countryRecord(e.data, inst, PUBLICATION));
  return new Response(countriesCsv(records), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
