/** Shared by the /api/ endpoints (the leading underscore keeps Astro from routing it). */
import type { Publication } from '../../lib/api.ts';
import { SITE } from '../../site.config.ts';

export const PUBLICATION: Publication = { baseUrl: SITE.url, licence: SITE.contentLicence, siteName: SITE.name };

export function jsonResponse(body: string): Response {
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
