import type { APIRoute, GetStaticPaths } from 'astro';
import { countries, instruments, type InstrumentEntry } from '../../../data/index.ts';
import { publishContext } from '../../../data/records.ts';
import { apiJson, instrumentRecord } from '../../../lib/publish/api.ts';
import { instrumentFile } from '../../../lib/schema/api.ts';
import { jsonResponse } from '../_publication.ts';
import { apiInstrumentUrl } from '../../../lib/contract/urls.ts';

export const getStaticPaths: GetStaticPaths = async () => (await instruments()).map((e) => ({ params: { id: e.id }, props: { entry: e } }));

export const GET: APIRoute = async ({ props }) => {
  const entry = props['entry'] as InstrumentEntry;
  const states = (await countries()).map((c) => c.data);
  return jsonResponse(apiJson(instrumentFile, instrumentRecord(entry.data, states, await publishContext()), apiInstrumentUrl(entry.id)));
};
