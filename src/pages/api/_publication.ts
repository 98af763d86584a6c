/** Shared by the /api/ endpoints (the leading underscore keeps Astro from routing it). */
export { PUBLICATION } from '../../data/records.ts';

export function jsonResponse(body: string): Response {
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
