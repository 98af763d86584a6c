/**
 * URLs in contributor content, judged the way a browser will read them: decoded like HTML
 * attribute values, then parsed with the WHATWG URL parser against the site's origin.
 * Resources (images) must stay on the site; links may go anywhere safe.
 */
import { decodeHTMLAttribute } from 'entities';

/** Stand-in host for resolving relative URLs. */
const HOST = 'site.invalid';
/**
 * The site is served over https, and over http in a local preview; a URL such as
 * "https:evil.example/x" is relative on the first and off-site on the second, so a
 * resource must stay on the site from both.
 */
const PAGES = [`https://${HOST}/countries/xx/`, `http://${HOST}/countries/xx/`];
const PAGE = PAGES[0]!;

/** Protocols a link in content may use. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export type UrlVerdict = { ok: true } | { ok: false; message: string; expected: string };

function parse(raw: string, base = PAGE): URL | null {
  try {
    return new URL(decodeHTMLAttribute(raw), base);
  } catch {
    return null;
  }
}

const OK: UrlVerdict = { ok: true };

/** The scheme a browser would see, however the URL is disguised (case, entities, tabs, new lines, spaces). */
export function effectiveProtocol(raw: string): string | null {
  return parse(raw)?.protocol ?? null;
}

/** True for javascript:, vbscript:, data: and file: URLs, however they are disguised. */
export function isDangerousUrl(raw: string): boolean {
  const protocol = effectiveProtocol(raw);
  return protocol !== null && ['javascript:', 'vbscript:', 'data:', 'file:'].includes(protocol);
}

function userinfo(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/** A link (a href, Markdown link): http(s), mailto, tel or on this site; never a script or hidden user name. */
export function checkLinkUrl(raw: string): UrlVerdict {
  const url = parse(raw);
  if (!url) return { ok: false, message: `${JSON.stringify(raw)} is not a valid URL`, expected: 'an http(s) or site-relative URL' };
  if (!LINK_PROTOCOLS.has(url.protocol)) {
    return { ok: false, message: `link to a "${url.protocol}" URL is not allowed: it can run code or hide content`, expected: 'an http(s), mailto: or site-relative URL' };
  }
  if (userinfo(url)) {
    return { ok: false, message: `URL ${JSON.stringify(raw)} holds a user name or password, which hides the real host (${url.host})`, expected: 'a URL without user@ before the host' };
  }
  return OK;
}

/** A resource the browser fetches by itself (img src, srcset): only from this site. */
export function checkResourceUrl(raw: string): UrlVerdict {
  const url = parse(raw);
  if (!url) return { ok: false, message: `${JSON.stringify(raw)} is not a valid URL`, expected: 'an image in public/ referenced as /path.png' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: `"${url.protocol}" URL is not allowed for an image: it can run code or hide content`, expected: 'an image in public/ referenced as /path.png' };
  }
  for (const base of PAGES) {
    const resolved = parse(raw, base);
    if (!resolved || resolved.host !== HOST || resolved.protocol !== new URL(base).protocol || userinfo(resolved)) {
      return {
        ok: false,
        message: `images from other sites are not allowed: the portal makes no third-party requests (${JSON.stringify(raw)} loads from ${resolved?.host || 'another site'})`,
        expected: 'an image in public/ referenced as /path.png',
      };
    }
  }
  return OK;
}

/** The URLs of a srcset attribute (its image candidates), split as loosely as a browser might read them. */
export function srcsetUrls(srcset: string): string[] {
  return decodeHTMLAttribute(srcset)
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}
