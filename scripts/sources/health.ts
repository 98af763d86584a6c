/**
 * Source health: is every cited source still there, where does it lead, and has it changed
 * since the last run? Opt-in tooling (it uses the network), never part of `npm test`; the
 * scheduled workflow runs it and opens one issue listing what needs a human look.
 */
import { createHash } from 'node:crypto';

export interface CitedSource {
  url: string;
  /** Where it is cited: "content/countries/ie.mdx#ejn-ie". */
  citedIn: string[];
  title: string;
}

export interface Suppression {
  /** Host name the suppression covers, e.g. "www.docstoc.com". */
  host: string;
  /** Why its failures are expected (required: an exception without a reason is an error). */
  reason: string;
  /** Which findings it hides; default: all. */
  kinds?: ('broken' | 'changed' | 'redirected')[];
}

export interface UrlResult {
  url: string;
  /** Final HTTP status, or null when no response came (network error, timeout, redirect loop). */
  status: number | null;
  /** Each hop, in order, when the URL redirected. */
  redirects: string[];
  finalUrl: string;
  /** SHA-256 of the body (first 5 MB), when a 2xx body arrived. */
  hash: string | null;
  error: string | null;
}

export interface Finding {
  kind: 'broken' | 'changed' | 'redirected';
  url: string;
  detail: string;
  citedIn: string[];
  suppressed?: string;
}

export interface CheckOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxRedirects?: number;
  maxBytes?: number;
  userAgent?: string;
}

const DEFAULTS = { timeoutMs: 20_000, maxRedirects: 5, maxBytes: 5 * 1024 * 1024, userAgent: 'MLAT Navigator source check (https://github.com/mlat-navigator/mlat-navigator)' };

/** Every distinct source URL of the validated entries, with where it is cited. */
export function collectSources(entries: { file: string; sources: { id: string; url: string; title: string }[] }[]): CitedSource[] {
  const byUrl = new Map<string, CitedSource>();
  for (const { file, sources } of entries) {
    for (const s of sources) {
      const found = byUrl.get(s.url) ?? { url: s.url, citedIn: [], title: s.title };
      found.citedIn.push(`${file}#${s.id}`);
      byUrl.set(s.url, found);
    }
  }
  return [...byUrl.values()].sort((a, b) => a.url.localeCompare(b.url));
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    chunks.push(value);
    size += value.length;
    if (size >= maxBytes) {
      await reader.cancel();
      break;
    }
  }
  const out = new Uint8Array(Math.min(size, maxBytes));
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, Math.min(c.length, out.length - at));
    out.set(part, at);
    at += part.length;
    if (at >= out.length) break;
  }
  return out;
}

/** Fetches one URL, following redirects by hand so each hop is recorded. */
export async function checkUrl(url: string, options: CheckOptions = {}): Promise<UrlResult> {
  const o = { ...DEFAULTS, ...options };
  const doFetch = o.fetch ?? fetch;
  const redirects: string[] = [];
  let current = url;
  for (let hop = 0; hop <= o.maxRedirects; hop++) {
    let response: Response;
    try {
      response = await doFetch(current, { redirect: 'manual', headers: { 'user-agent': o.userAgent, accept: 'text/html,application/pdf,*/*' }, signal: AbortSignal.timeout(o.timeoutMs) });
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string; errors?: { code?: string }[] } };
      const reason = e.name === 'TimeoutError' || e.name === 'AbortError' ? `no answer within ${o.timeoutMs / 1000} s` : (e.cause?.code ?? e.cause?.errors?.[0]?.code ?? e.cause?.message ?? e.message);
      return { url, status: null, redirects, finalUrl: current, hash: null, error: reason };
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await response.body?.cancel();
      const next = new URL(response.headers.get('location')!, current).toString();
      redirects.push(next);
      if (redirects.slice(0, -1).includes(next) || next === url) return { url, status: null, redirects, finalUrl: next, hash: null, error: 'redirect loop' };
      current = next;
      continue;
    }
    const ok = response.status >= 200 && response.status < 300;
    const body = ok ? await readLimited(response, o.maxBytes) : (await response.body?.cancel(), null);
    return { url, status: response.status, redirects, finalUrl: current, hash: body ? createHash('sha256').update(body).digest('hex') : null, error: ok ? null : `HTTP ${response.status}` };
  }
  return { url, status: null, redirects, finalUrl: current, hash: null, error: `more than ${o.maxRedirects} redirects` };
}

/** Runs `task` over `items`, at most `limit` at a time overall and one at a time per host. */
export async function politely<T, R>(items: T[], hostOf: (item: T) => string, limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  const busy = new Set<string>();
  let next = 0;
  const waiting = items.map((item, index) => ({ item, index }));
  await new Promise<void>((resolve, reject) => {
    let running = 0;
    const pump = () => {
      if (next >= waiting.length && running === 0) return resolve();
      for (let i = 0; i < waiting.length && running < limit; i++) {
        const w = waiting[i];
        if (!w || busy.has(hostOf(w.item))) continue;
        waiting[i] = undefined as never;
        next += 1;
        running += 1;
        const host = hostOf(w.item);
        busy.add(host);
        task(w.item)
          .then((r) => {
            results[w.index] = r;
          })
          .catch(reject)
          .finally(() => {
            busy.delete(host);
            running -= 1;
            pump();
          });
      }
    };
    pump();
  });
  return results;
}

export const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
};

/** What needs a human look: broken sources, redirects, and content that changed since the last run. */
export function findings(sources: CitedSource[], results: UrlResult[], lastRun: Record<string, string>, suppressions: Suppression[]): Finding[] {
  const out: Finding[] = [];
  results.forEach((r, i) => {
    const citedIn = sources[i]!.citedIn;
    if (r.error) out.push({ kind: 'broken', url: r.url, detail: r.error, citedIn });
    else if (r.redirects.length) out.push({ kind: 'redirected', url: r.url, detail: `now at ${r.finalUrl}`, citedIn });
    if (!r.error && r.hash && lastRun[r.url] && lastRun[r.url] !== r.hash) out.push({ kind: 'changed', url: r.url, detail: 'content differs from the last run', citedIn });
  });
  for (const f of out) {
    const s = suppressions.find((x) => x.host === hostOf(f.url) && (!x.kinds || x.kinds.includes(f.kind)));
    if (s) f.suppressed = s.reason;
  }
  return out;
}

/** Problems with the suppression list itself: a missing reason, or an entry no source needs any more (a ratchet). */
export function suppressionProblems(suppressions: Suppression[], sources: CitedSource[]): string[] {
  const hosts = new Set(sources.map((s) => hostOf(s.url)));
  const problems: string[] = [];
  suppressions.forEach((s, i) => {
    if (!s.host) problems.push(`suppressions[${i}]: no host`);
    if (!s.reason || s.reason.trim().length < 10) problems.push(`suppressions[${i}] (${s.host}): every suppression needs a reason of at least a few words`);
    if (s.host && !hosts.has(s.host)) problems.push(`suppressions[${i}] (${s.host}): no source is served from this host any more: remove the suppression`);
  });
  return problems;
}

/** The issue body: one section per kind, each finding with where it is cited. */
export function reportMarkdown(found: Finding[], checked: number, date: string): string {
  const open = found.filter((f) => !f.suppressed);
  const lines = [`Source check of ${date}: ${checked} source URLs checked, ${open.length} need a look (${found.length - open.length} suppressed).`, ''];
  const titles = { broken: 'Broken (no answer or an error status)', redirected: 'Redirected (update the URL if the new page is the same document)', changed: 'Changed since the last run (re-read the facts that cite it)' } as const;
  for (const kind of ['broken', 'redirected', 'changed'] as const) {
    const list = open.filter((f) => f.kind === kind);
    if (!list.length) continue;
    lines.push(`## ${titles[kind]}`, '');
    for (const f of list) lines.push(`- ${f.url}: ${f.detail}. Cited in ${f.citedIn.map((c) => `\`${c}\``).join(', ')}`);
    lines.push('');
  }
  if (!open.length) lines.push('Nothing to do.');
  return `${lines.join('\n').trimEnd()}\n`;
}
