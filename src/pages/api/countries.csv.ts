import type { APIRoute } from 'astro';
import { countryRecords } from '../../data/records.ts';
import { countriesCsv } from '../../lib/publish/countries-csv.ts';

export const GET: APIRoute = async () => {
  const records = [...(await countryRecords()).values()];
  return new Response(countriesCsv(records), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
};
