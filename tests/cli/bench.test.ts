/**
 * The benchmark's pure parts. Synthetic trees pass the content checker and have
 * typical sizes; statistics, targets, options, process-tree memory and the baseline site
 * are right, including on bad input.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseArgs, DEFAULT_SIZES } from '../../scripts/bench/args.ts';
import { BASELINE_ELEMENTS, baselineSiteFiles } from '../../scripts/bench/baseline.ts';
import { assetKind, searchQueries, summarise, type PageWeight, type SearchMetrics } from '../../scripts/bench/browser.ts';
import { folderSize, isCompressible, pagefindSize, wireBytes, writeTree } from '../../scripts/bench/files.ts';
import { descendants, parsePpid, parseVmRss, runMeasured } from '../../scripts/bench/process.ts';
import { seededRandom } from '../../scripts/bench/random.ts';
import { formatReport, readmeSection, table } from '../../scripts/bench/report.ts';
import type { BenchResults, SiteMeasure } from '../../scripts/bench/results.ts';
import { serveStatic, type StaticServer } from '../../scripts/bench/server.ts';
import { growth, linearFit, median, percentile } from '../../scripts/bench/stats.ts';
import { ISO_CODES, meanSizes, planMix, syntheticTree, yamlScalar, type SyntheticFile } from '../../scripts/bench/synthetic.ts';
import { evaluateTargets } from '../../scripts/bench/targets.ts';
import { parseContentFile } from '../../src/lib/check/load.ts';
import { checkFiles } from '../../src/lib/check/index.ts';
import { formatProblem } from '../../src/lib/check/report.ts';
import { isIso2 } from '../../src/lib/schema/common.ts';
import { ALLOWED_COMPONENT_NAMES } from '../../src/lib/mdx-components.ts';

const TODAY = '2026-11-27';

function checkTree(files: SyntheticFile[]) {
  return checkFiles(
    files.map((f) => parseContentFile(f.collection, `content/${f.path}`, f.source)),
    TODAY,
  );
}

describe('synthetic content', () => {
  const tree50 = syntheticTree(50, { today: TODAY });

  it('a 50-entry tree passes the content checker with no error and no warning', () => {
    const result = checkTree(tree50);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ctx.valid.countries.length + result.ctx.valid.instruments.length + result.ctx.valid.glossary.length + result.ctx.valid.modules.length).toBe(50);
  });

  it('a 250-entry tree passes too (protocols, bilateral pairs, cross-links at a larger scale)', () => {
    const result = checkTree(syntheticTree(250, { today: TODAY }));
    expect(result.errors).toBe(0);
    expect(result.warnings).toBe(0);
  });

  it('a 1,000-entry tree (the benchmark size) passes with no error: long pairs of names get a short title by codes', () => {
    const files = syntheticTree(1000, { today: TODAY });
    const result = checkTree(files);
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    const titles = files.filter((f) => f.collection === 'instruments').map((f) => /^shortTitle: (.*)$/m.exec(f.source)![1]!);
    expect(titles).toContain('GS–VC MLAT');
    expect(titles.some((t) => /^[A-Z][a-z].*–.* MLAT$/.test(t))).toBe(true);
  });

  it.each([1, 2, 3, 7])('a tiny tree of %i entries is still valid', (n) => {
    const files = syntheticTree(n, { today: TODAY });
    expect(files).toHaveLength(n);
    expect(checkTree(files).problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('splits N in the fixed mix and names every file after its entry', () => {
    expect(planMix(50)).toEqual({ countries: 10, instruments: 24, glossary: 13, modules: 3, groups: 0 });
    expect(planMix(1000)).toEqual({ countries: 200, instruments: 500, glossary: 250, modules: 50, groups: 0 });
    const counts = { countries: 0, instruments: 0, glossary: 0, modules: 0, groups: 0 };
    for (const f of tree50) {
      counts[f.collection]++;
      expect(f.path).toBe(`${f.collection}/${f.id}.mdx`);
    }
    expect(counts).toEqual(planMix(50));
  });

  it('uses real ISO codes in the order of the i18n-iso-countries list, and never more countries than codes', () => {
    const codes = tree50.filter((f) => f.collection === 'countries').map((f) => f.id);
    expect(codes).toEqual(ISO_CODES.slice(0, 10));
    expect(codes.every(isIso2)).toBe(true);
    for (const f of tree50.filter((x) => x.collection === 'countries')) expect(f.source).toContain(`\ncode: ${f.id}\n`);
    const big = planMix(5000);
    expect(big.countries).toBe(ISO_CODES.length);
    expect(big.countries + big.instruments + big.glossary + big.modules).toBe(5000);
  });

  it('entries have the typical size of real ones (country ≈ 9 KB, instrument ≈ 3 KB, term ≈ 2 KB)', () => {
    const sizes = meanSizes(syntheticTree(1000, { today: TODAY }));
    expect(sizes.countries).toBeGreaterThan(6000);
    expect(sizes.countries).toBeLessThan(13000);
    expect(sizes.instruments).toBeGreaterThan(1500);
    expect(sizes.instruments).toBeLessThan(6000);
    expect(sizes.glossary).toBeGreaterThan(1000);
    expect(sizes.glossary).toBeLessThan(4000);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(syntheticTree(20, { today: TODAY })).toEqual(syntheticTree(20, { today: TODAY }));
    expect(syntheticTree(20, { today: TODAY, seed: 1 })).not.toEqual(syntheticTree(20, { today: TODAY, seed: 2 }));
  });

  it('refuses a bad size or date', () => {
    expect(() => planMix(0)).toThrow(/positive whole number/);
    expect(() => planMix(-5)).toThrow(/positive whole number/);
    expect(() => planMix(2.5)).toThrow(/positive whole number/);
    expect(() => syntheticTree(10, { today: '27/11/2026' })).toThrow(/YYYY-MM-DD/);
  });

  it('writes YAML scalars that read back as the same text', () => {
    for (const text of ['Plain sentence, with a comma.', 'Needs: quoting', 'lower case start', 'Ends with colon:', 'Has # hash', 'Côte d’Ivoire', 'null', '123', 'Say "hi"']) {
      expect(parseYaml(`k: ${yamlScalar(text)}`)).toEqual({ k: text });
    }
    expect(yamlScalar('Plain sentence.')).toBe('Plain sentence.');
    expect(yamlScalar('Needs: quoting')).toBe('"Needs: quoting"');
  });

  it('seeded random helpers stay in range', () => {
    const rng = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const v = rng.int(3, 5);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(5);
    }
    expect(rng.sample([1, 2, 3, 4], 2)).toHaveLength(2);
    expect(rng.sample([1, 2], 5)).toEqual([1, 2]);
    expect(() => rng.pick([])).toThrow(/empty/);
  });
});

describe('statistics', () => {
  it('median and percentile', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5], 0)).toBe(1);
    expect(percentile([1, 2, 3, 4, 5], 100)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5], 95)).toBeCloseTo(4.8);
    expect(() => median([])).toThrow(/no values/);
    expect(() => median([1, Number.NaN])).toThrow(/finite/);
    expect(() => percentile([1], 101)).toThrow(/between 0 and 100/);
  });

  it('fits a line exactly and reports a lower R² for scattered points', () => {
    const exact = linearFit([{ x: 50, y: 3100 }, { x: 200, y: 4600 }, { x: 1000, y: 12600 }]);
    expect(exact.slope).toBeCloseTo(10);
    expect(exact.intercept).toBeCloseTo(2600);
    expect(exact.r2).toBeCloseTo(1);
    const scattered = linearFit([{ x: 1, y: 1 }, { x: 2, y: 5 }, { x: 3, y: 2 }, { x: 4, y: 6 }]);
    expect(scattered.r2).toBeLessThan(0.8);
    expect(() => linearFit([{ x: 1, y: 1 }])).toThrow(/two points/);
    expect(() => linearFit([{ x: 1, y: 1 }, { x: 1, y: 2 }])).toThrow(/distinct/);
  });

  it('growth is about 1 for linear cost and well above 1 for quadratic cost', () => {
    const linear = growth([{ x: 1000, y: 12000 }, { x: 50, y: 2500 }, { x: 200, y: 4000 }]);
    expect(linear.segments.map((s) => s.from)).toEqual([50, 200]);
    expect(linear.ratio).toBeCloseTo(1);
    const quadratic = growth([50, 200, 1000].map((x) => ({ x, y: 2000 + x * x * 0.01 })));
    expect(quadratic.ratio).toBeGreaterThan(4);
    expect(growth([{ x: 1, y: 1 }, { x: 2, y: 2 }]).ratio).toBeNull();
    expect(() => growth([{ x: 1, y: 1 }, { x: 1, y: 2 }])).toThrow(/same x/);
  });
});

function site(entries: number, oursMs: number, baseMs: number): SiteMeasure {
  const build = (ms: number) => ({ ms, runs: [ms], peakRssBytes: 5e8, pages: entries, distBytes: 1e6, distFiles: entries });
  return {
    entries,
    mix: planMix(entries),
    meanEntryBytes: {},
    ours: build(oursMs),
    baseline: build(baseMs),
    ratio: oursMs / baseMs,
    pagesPerSecond: entries / (oursMs / 1000),
    msPerEntry: oursMs / entries,
    pagefind: { bytes: 2e6, files: 40, dataBytes: 1e6 },
    check: { ms: 900, entries, errors: 0, warnings: 0 },
  };
}

function weight(js: number, total: number): PageWeight {
  return { ...summarise('/countries/ie/', []), js, total };
}

function searchResult(firstQueryBytes: number, uiFirstQueryBytes: number | null, medianMs: number): SearchMetrics {
  return {
    index: { bytes: 1, files: 1, dataBytes: 1 },
    firstQueryBytes,
    firstQueryRequests: [],
    firstQuery: 'q',
    firstQueryResults: 1,
    uiFirstQueryBytes,
    medianMs,
    p95Ms: medianMs,
    queries: 100,
    meanResults: 3,
  };
}

describe('targets', () => {
  const sizes = [site(50, 3000, 2000), site(200, 4500, 3000), site(1000, 12000, 8000)];
  const base = {
    sizes,
    linearity: { fit: linearFit(sizes.map((s) => ({ x: s.entries, y: s.ours.ms }))), growth: growth(sizes.map((s) => ({ x: s.entries, y: s.ours.ms }))) },
    countryPage: weight(0, 20_000),
    lighthouse: [{ path: '/countries/ie/', scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }, failing: [] }],
    search: { real: searchResult(100_000, 120_000, 3), synthetic: { ...searchResult(140_000, null, 10), entries: 1000 } },
    check500: { ms: 2000, entries: 500, errors: 0, warnings: 0 },
  };
  const status = (r: ReturnType<typeof evaluateTargets>) => Object.fromEntries(r.map((t) => [t.id, t.status]));

  it('all PASS when every value is within its target (boundaries included)', () => {
    const r = evaluateTargets({ ...base, sizes: [sizes[0]!, sizes[1]!, site(1000, 12000, 8000)] });
    expect(Object.values(status(r)).every((s) => s === 'PASS')).toBe(true);
    expect(r.find((t) => t.id === 'build-ratio')!.value).toBe('1.50');
  });

  it('MISS just past each boundary', () => {
    const r = status(
      evaluateTargets({
        ...base,
        sizes: [sizes[0]!, sizes[1]!, site(1000, 12100, 8000)],
        countryPage: weight(1, 30_001),
        lighthouse: [{ path: '/search/', scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: null }, failing: [] }],
        search: { real: searchResult(150_001, 100_000, 50.1), synthetic: null },
        check500: { ms: 5000, entries: 500, errors: 0, warnings: 0 },
      }),
    );
    expect(r['build-ratio']).toBe('MISS');
    expect(r['country-weight']).toBe('MISS');
    expect(r['country-js']).toBe('MISS');
    expect(r['lighthouse:/search/']).toBe('MISS');
    expect(r['search-bytes:real']).toBe('MISS');
    expect(r['search-latency:real']).toBe('MISS');
    expect(r['search-bytes:synthetic']).toBe('n/a');
    expect(r['check-500']).toBe('MISS');
  });

  it('flags superlinear growth and says n/a when N=1,000 or enough sizes were not run', () => {
    const quad = [50, 200, 1000].map((n) => site(n, 2000 + n * n * 0.01, 2000 + n * 5));
    const r = status(evaluateTargets({ ...base, sizes: quad, linearity: { fit: linearFit(quad.map((s) => ({ x: s.entries, y: s.ours.ms }))), growth: growth(quad.map((s) => ({ x: s.entries, y: s.ours.ms }))) } }));
    expect(r['linear']).toBe('MISS');
    const quick = evaluateTargets({ ...base, sizes: [sizes[0]!], linearity: null, lighthouse: [], countryPage: null, check500: null });
    expect(status(quick)['build-ratio']).toBe('n/a');
    expect(quick.find((t) => t.id === 'build-ratio')!.value).toMatch(/largest N run was 50/);
    expect(status(quick)['linear']).toBe('n/a');
    expect(status(quick)['lighthouse']).toBe('n/a');
    expect(status(quick)['check-500']).toBe('n/a');
  });

  it('judges the first query on the Pagefind API bytes and shows the search-field bytes beside them', () => {
    const r = evaluateTargets({ ...base, search: { real: searchResult(100_000, 160_000, 3), synthetic: { ...searchResult(150_001, null, 3), entries: 1000 } } });
    expect(r.find((t) => t.id === 'search-bytes:real')).toMatchObject({ status: 'PASS', value: '100.0 KB (typed into the search field: 160.0 KB)' });
    expect(r.find((t) => t.id === 'search-bytes:synthetic')).toMatchObject({ status: 'MISS', value: '150.0 KB' });
  });

  it('the report prints every target with its status, and the README section has the table', () => {
    const targets = evaluateTargets(base);
    const results: BenchResults = {
      startedAt: '2026-11-27T00:00:00.000Z',
      durationMs: 1000,
      command: 'npm run bench',
      machine: { cpus: 2, memoryBytes: 24e9, node: '24.21.0', loadAverage: 0.1 },
      options: { sizes: DEFAULT_SIZES, runs: 1, lighthouse: true },
      mix: 'mix',
      real: site(238, 9000, 5000),
      sizes,
      linearity: base.linearity,
      check500: base.check500,
      countryPage: base.countryPage,
      searchPage: null,
      lighthouse: base.lighthouse,
      search: base.search,
      targets,
      notes: ['a note'],
    };
    const text = formatReport(results);
    for (const t of targets) expect(text).toContain(t.label);
    expect(text).toMatch(/PASS {2}build time ours\/baseline at N=1,000/);
    expect(text).toContain('Note: a note');
    const md = readmeSection(results);
    expect(md).toMatch(/^## Performance/);
    expect(md).toContain('| 1,000 synthetic | 1000 | 12.00 s | 8.00 s | 1.50 |');
    expect(md).toContain('npm run bench');
  });
});

describe('text table', () => {
  it('right-aligns numeric columns only', () => {
    const t = table(['name', 'n'], [['a', '5'], ['bbb', '12.5 KB']]).split('\n');
    expect(t[0]).toBe('name        n');
    expect(t[2]).toBe('a           5');
    expect(t[3]).toBe('bbb   12.5 KB');
  });
});

describe('options', () => {
  it('defaults, --quick, and --quick with sizes', () => {
    expect(parseArgs([])).toMatchObject({ sizes: [50, 200, 1000], runs: 3, lighthouse: true, keep: false, out: '.bench/results.json' });
    expect(parseArgs(['--quick'])).toMatchObject({ sizes: [50], runs: 1, lighthouse: false });
    expect(parseArgs(['--sizes', '200', '--quick', '--runs', '2'])).toMatchObject({ sizes: [200], runs: 2, lighthouse: false });
    expect(parseArgs(['--sizes=1000,50,200,50', '--runs', '3', '--keep', '--out', 'x.json', '--no-lighthouse'])).toMatchObject({
      sizes: [50, 200, 1000],
      runs: 3,
      keep: true,
      out: 'x.json',
      lighthouse: false,
    });
  });

  it.each([
    [['--sizes', '50,abc'], /positive whole numbers/],
    [['--sizes', '0'], /positive whole numbers/],
    [['--sizes'], /needs a value/],
    [['--runs', '0'], /positive whole number/],
    [['--fast'], /unknown option "--fast"/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('process tree memory', () => {
  it('reads VmRSS and the parent pid, even with spaces and parentheses in the command name', () => {
    expect(parseVmRss('Name:\tnode\nVmRSS:\t  123456 kB\nThreads: 7\n')).toBe(123456 * 1024);
    expect(parseVmRss('Name:\tzombie\nState:\tZ\n')).toBeNull();
    expect(parsePpid('4242 (my (odd) name) S 17 4242 4242 0 -1')).toBe(17);
    expect(parsePpid('garbage')).toBeNull();
  });

  it('collects a pid and all its descendants, and nothing else', () => {
    const parents = new Map([
      [2, 1],
      [3, 2],
      [4, 3],
      [5, 1],
      [6, 2],
    ]);
    expect(descendants(2, parents).sort()).toEqual([2, 3, 4, 6]);
    expect(descendants(9, parents)).toEqual([9]);
  });

  it('measures time, exit code and the memory of a child process tree', async () => {
    const script = `const keep = Buffer.alloc(64 * 1024 * 1024, 1); require('node:child_process').execFileSync(process.execPath, ['-e', 'setTimeout(() => {}, 400)']); process.exit(keep[0] === 1 ? 3 : 0);`;
    const result = await runMeasured(process.execPath, ['-e', script], { intervalMs: 50 });
    expect(result.exitCode).toBe(3);
    expect(result.ms).toBeGreaterThan(300);
    expect(result.peakRssBytes).toBeGreaterThan(64 * 1024 * 1024);
  });
});

describe('baseline site', () => {
  const files = baselineSiteFiles({ contentDir: '/tmp/x "y"/content', cacheDir: '/tmp/x/cache' });

  it('is Astro with only the MDX integration, glob loaders without schemas, one page per entry', () => {
    expect(Object.keys(files).sort()).toEqual(['astro.config.mjs', 'src/content.config.ts', 'src/pages/[collection]/[id].astro']);
    expect(files['astro.config.mjs']).toMatch(/integrations: \[mdx\(\)\]/);
    expect(files['src/content.config.ts']).not.toMatch(/schema/);
    expect(files['src/content.config.ts']).toContain(JSON.stringify('/tmp/x "y"/content/countries'));
    expect(files['src/pages/[collection]/[id].astro']).toContain('<Content components={elements} />');
  });

  it('has a plain stand-in element for every component contributors may use', () => {
    for (const name of ALLOWED_COMPONENT_NAMES) expect(BASELINE_ELEMENTS[name]).toMatch(/^[a-z]+$/);
  });
});

describe('sizes and transfers', () => {
  it('gzips text and counts other bodies as they are', () => {
    const text = Buffer.from('abc '.repeat(1000));
    expect(wireBytes(text, 'text/html; charset=utf-8')).toBeLessThan(100);
    expect(wireBytes(text, 'application/octet-stream')).toBe(4000);
    expect(isCompressible('image/svg+xml')).toBe(true);
    expect(isCompressible('image/png')).toBe(false);
  });

  it('classifies and sums transfers by kind', () => {
    expect(assetKind('text/javascript; charset=utf-8', '/a.js')).toBe('js');
    expect(assetKind('application/octet-stream', '/x.mjs')).toBe('js');
    expect(assetKind('text/css', '/a.css')).toBe('css');
    expect(assetKind('image/svg+xml', '/f.svg')).toBe('other');
    const w = summarise('/p/', [
      { url: '/p/', kind: 'html', bytes: 100 },
      { url: '/a.css', kind: 'css', bytes: 20 },
      { url: '/b.js', kind: 'js', bytes: 5 },
    ], [{ url: '/sw.js', kind: 'js', bytes: 1000 }]);
    expect(w).toMatchObject({ html: 100, css: 20, js: 5, other: 0, total: 125, serviceWorker: { bytes: 1000 } });
  });

  it('makes the requested number of distinct queries', () => {
    const q = searchQueries(['Ireland', 'Germany', 'Ireland'], 100);
    expect(q).toHaveLength(100);
    expect(new Set(q).size).toBe(100);
    expect(q.slice(0, 2)).toEqual(['ireland', 'germany']);
    expect(searchQueries([], 5)).toHaveLength(5);
  });

  describe('on disk and over HTTP', () => {
    let dir: string;
    let server: StaticServer;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
      writeTree(dir, [
        { path: 'index.html', source: '<!doctype html><title>x</title>'.repeat(50) },
        { path: '404.html', source: 'missing page' },
        { path: 'pagefind/pagefind.js', source: 'x'.repeat(100) },
        { path: 'pagefind/index/en_1.pf_index', source: 'y'.repeat(30) },
        { path: 'pagefind/fragment/en_1.pf_fragment', source: 'z'.repeat(20) },
        { path: 'pagefind/pagefind.en_1.pf_meta', source: 'm'.repeat(7) },
      ]);
      mkdirSync(join(dir, 'empty'));
      writeFileSync(join(dir, 'outside.txt'), 'nope');
      server = await serveStatic(join(dir, 'pagefind'));
    });
    afterAll(async () => {
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('measures folders and the Pagefind index data', () => {
      expect(folderSize(dir)).toEqual({ bytes: 1550 + 12 + 100 + 30 + 20 + 7 + 4, files: 7, htmlFiles: 2 });
      expect(pagefindSize(join(dir, 'pagefind'))).toEqual({ bytes: 157, files: 4, dataBytes: 57 });
    });

    it('serves files gzipped when asked, 404 for missing ones, and nothing outside its root', async () => {
      const js = await fetch(`${server.url}/pagefind.js`, { headers: { 'accept-encoding': 'gzip' } });
      expect(js.status).toBe(200);
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      expect((await js.text()).length).toBe(100);
      const raw = await fetch(`${server.url}/pagefind.js`, { headers: { 'accept-encoding': 'identity' } });
      expect(raw.headers.get('content-encoding')).toBeNull();
      expect(raw.headers.get('content-length')).toBe('100');
      expect((await fetch(`${server.url}/nothing.html`)).status).toBe(404);
      const escape = await fetch(`${server.url}/..%2Foutside.txt`);
      expect(escape.status).not.toBe(200);
    });
  });
});
