/** npm run sources, against a local HTTP server: broken, redirected and changed sources, and the suppression ratchet. */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrl, collectSources, findings, politely, reportMarkdown, suppressionProblems } from '../../scripts/sources/health.ts';

let server: Server;
let base = '';
let version = 1;
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/ok') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>same</p>');
    else if (path === '/gone') res.writeHead(404).end('not here');
    else if (path === '/moved') res.writeHead(301, { location: '/ok' }).end();
    else if (path === '/loop') res.writeHead(302, { location: '/loop2' }).end();
    else if (path === '/loop2') res.writeHead(302, { location: '/loop' }).end();
    else if (path === '/changing') res.writeHead(200).end(`version ${version}`);
    else if (path === '/slow') setTimeout(() => res.writeHead(200).end('late'), 2000);
    else res.writeHead(500).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe('checking one URL', () => {
  it('reads status, body hash and redirects', async () => {
    const ok = await checkUrl(`${base}/ok`);
    expect(ok).toMatchObject({ status: 200, redirects: [], error: null });
    expect(ok.hash).toMatch(/^[0-9a-f]{64}$/);
    const moved = await checkUrl(`${base}/moved`);
    expect(moved).toMatchObject({ status: 200, redirects: [`${base}/ok`], finalUrl: `${base}/ok`, hash: ok.hash });
  });

  it('names what is broken: an error status, a redirect loop, a timeout, a refused connection', async () => {
    expect((await checkUrl(`${base}/gone`)).error).toBe('HTTP 404');
    expect((await checkUrl(`${base}/loop`)).error).toBe('redirect loop');
    expect((await checkUrl(`${base}/slow`, { timeoutMs: 300 })).error).toMatch(/no answer within 0.3 s/);
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    expect((await checkUrl(`http://127.0.0.1:${port}/`)).error).toMatch(/ECONNREFUSED/);
  });
});

describe('a run over the cited sources', () => {
  const entries = [
    { file: 'content/countries/ie.mdx', sources: [{ id: 'a', url: `__/ok`, title: 'A' }, { id: 'b', url: `__/gone`, title: 'B' }] },
    { file: 'content/countries/mt.mdx', sources: [{ id: 'c', url: `__/ok`, title: 'A' }, { id: 'd', url: `__/moved`, title: 'D' }, { id: 'e', url: `__/changing`, title: 'E' }] },
  ];
  const withBase = () => entries.map((e) => ({ ...e, sources: e.sources.map((s) => ({ ...s, url: s.url.replace('__', base) })) }));

  it('lists each URL once with every place that cites it', () => {
    const sources = collectSources(withBase());
    expect(sources.map((s) => s.url.replace(base, ''))).toEqual(['/changing', '/gone', '/moved', '/ok']);
    expect(sources.find((s) => s.url.endsWith('/ok'))!.citedIn).toEqual(['content/countries/ie.mdx#a', 'content/countries/mt.mdx#c']);
  });

  it('reports broken and redirected sources, then changed content on the next run', async () => {
    const sources = collectSources(withBase());
    const first = await politely(sources, () => '127.0.0.1', 2, (s) => checkUrl(s.url));
    const found1 = findings(sources, first, {}, []);
    expect(found1.map((f) => `${f.kind} ${f.url.replace(base, '')}`)).toEqual(['broken /gone', 'redirected /moved']);
    const state = Object.fromEntries(first.filter((r) => r.hash).map((r) => [r.url, r.hash!]));
    version = 2;
    const second = await politely(sources, () => '127.0.0.1', 2, (s) => checkUrl(s.url));
    const found2 = findings(sources, second, state, []);
    expect(found2.map((f) => `${f.kind} ${f.url.replace(base, '')}`)).toEqual(['changed /changing', 'broken /gone', 'redirected /moved']);
    const report = reportMarkdown(found2, sources.length, '2026-12-01');
    expect(report).toMatch(/4 source URLs checked, 3 need a look/);
    expect(report).toMatch(/## Broken[\s\S]*\/gone: HTTP 404\. Cited in `content\/countries\/ie\.mdx#b`/);
  });

  it('a suppression hides a host’s findings and says why; the report counts it', async () => {
    const sources = collectSources(withBase());
    const results = await politely(sources, () => '127.0.0.1', 2, (s) => checkUrl(s.url));
    const found = findings(sources, results, {}, [{ host: '127.0.0.1', reason: 'local test server that always answers 404 on /gone', kinds: ['broken'] }]);
    expect(found.find((f) => f.kind === 'broken')!.suppressed).toMatch(/local test server/);
    expect(found.find((f) => f.kind === 'redirected')!.suppressed).toBeUndefined();
    expect(reportMarkdown(found, sources.length, '2026-12-01')).toMatch(/1 need a look \(1 suppressed\)/);
  });

  it('the suppression list is a ratchet: every entry needs a reason and a host still cited', () => {
    const sources = collectSources(withBase());
    expect(suppressionProblems([{ host: '127.0.0.1', reason: 'a long enough reason' }], sources)).toEqual([]);
    expect(suppressionProblems([{ host: '127.0.0.1', reason: '' }], sources).join()).toMatch(/needs a reason/);
    expect(suppressionProblems([{ host: 'old.example', reason: 'a long enough reason' }], sources).join()).toMatch(/remove the suppression/);
  });

  it('never runs two requests at once against one host', async () => {
    let running = 0;
    let most = 0;
    await politely([1, 2, 3, 4, 5, 6], (n) => (n % 2 ? 'a' : 'b'), 4, async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 20));
      running -= 1;
    });
    expect(most).toBe(2);
  });
});
