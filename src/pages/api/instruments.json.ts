import type { APIRoute } from 'astro';
import { instruments } from '../../data/index.ts';
import { apiJson, instrumentsIndex } from '../../lib/publish/api.ts';
import { instrumentsIndexFile } from '../../lib/schema/api.ts';
import { PUBLICATION, jsonResponse } from './_publication.ts';

export const GET: APIRoute = async () => {
  const index = instrumentsIndex((await instruments()).map((i) => i.data), PUBLICATION);
  return jsonResponse(apiJson(instrumentsIndexFile, index, '/api/instruments.json'));
};
