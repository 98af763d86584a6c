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
import { readPhases, renderBlockingScripts, routeFamilies } from '../../scripts/bench/phases.ts';
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
    phases: [
      { phase: 'content check', ms: oursMs * 0.2 },
      { phase: 'bundle and render every page (Astro)', ms: oursMs * 0.5 },
      { phase: 'search index (Pagefind)', ms: oursMs * 0.1 },
    ],
    routes: [
      { family: 'countries', pages: 10, ms: oursMs * 0.2 },
      { family: 'api', pages: 20, ms: oursMs * 0.1 },
    ],
  };
}

/** A page of `total` bytes of HTML, CSS and JavaScript, `js` of them JavaScript, plus a favicon outside the budget. */
function weight(js: number, total: number): PageWeight {
  return { ...summarise('/countries/ie/', []), html: total - js - 500, css: 500, js, other: 300, total: total + 300 };
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
  const checkRuns = (coldMs: number, warmMs: number) => ({
    entries: 1000,
    cold: { ms: coldMs, entries: 1000, errors: 0, warnings: 0 },
    warm: { ms: warmMs, entries: 1000, errors: 0, warnings: 0 },
  });
  const base = {
    sizes,
    linearity: { fit: linearFit(sizes.map((s) => ({ x: s.entries, y: s.ours.ms }))), growth: growth(sizes.map((s) => ({ x: s.entries, y: s.ours.ms }))) },
    countryPage: weight(2_000, 15_000),
    countryBlockingScripts: [] as string[],
    lighthouse: [{ path: '/countries/ie/', scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }, failing: [] }],
    search: { real: searchResult(100_000, 150_000, 29.9), synthetic: { ...searchResult(90_000, null, 10), entries: 1000 } },
    check: checkRuns(1999, 800),
  };
  const status = (r: ReturnType<typeof evaluateTargets>) => Object.fromEntries(r.map((t) => [t.id, t.status]));
  const withMemory = (ours: number, baseline: number) => {
    const s = site(1000, 12000, 8000);
    return { ...s, ours: { ...s.ours, peakRssBytes: ours }, baseline: { ...s.baseline, peakRssBytes: baseline } };
  };

  it('PASS at each boundary, except the second build step at 1.5 and the typed query with no measurement', () => {
    const r = evaluateTargets({ ...base, sizes: [sizes[0]!, sizes[1]!, withMemory(1.5e9, 1e9)] });
    const s = status(r);
    const notPass = Object.entries(s).filter(([, v]) => v !== 'PASS').map(([k]) => k).sort();
    expect(notPass).toEqual(['build-ratio-stretch', 'search-typed:synthetic']);
    expect(s['search-typed:synthetic']).toBe('n/a');
    expect(r.find((t) => t.id === 'build-ratio')!.value).toBe('1.50');
    expect(r.find((t) => t.id === 'build-memory')!.value).toBe('1.50 (1500 MB / 1000 MB)');
    expect(r.find((t) => t.id === 'country-js')).toMatchObject({ value: '2.0 KB', target: '≤ 2.0 KB' });
    expect(r.find((t) => t.id === 'check-warm')).toMatchObject({ value: '0.80 s', target: '< 2 s', status: 'PASS' });
    expect(r.find((t) => t.id === 'country-blocking')).toMatchObject({ value: 'none', status: 'PASS' });
  });

  it('the second build step passes at 1.3', () => {
    expect(status(evaluateTargets({ ...base, sizes: [sizes[0]!, sizes[1]!, site(1000, 10400, 8000)] }))['build-ratio-stretch']).toBe('PASS');
  });

  it('a country page in every language has the same budget: HTML+CSS+JS ≤ 15 KB, JS ≤ 2 KB', () => {
    const page = (locale: string, html: number, css: number, js: number) => ({ locale, path: `/${locale}/countries/ie/`, weight: { ...summarise(`/${locale}/countries/ie/`, []), html, css, js, total: html + css + js } });
    const languages = { allMs: 60_000, englishMs: 20_000, allPages: 600, englishPages: 100, msPerLanguage: 8_000, pages: [page('en', 9_500, 4_000, 2_100), page('fr', 9_000, 4_000, 2_000), page('ar', 9_001, 4_000, 2_001), { locale: 'zh', path: '/zh/countries/ie/', weight: null }] };
    const r = status(evaluateTargets({ ...base, languages }));
    expect(r).toMatchObject({ 'country-weight:fr': 'PASS', 'country-js:fr': 'PASS', 'country-weight:ar': 'MISS', 'country-js:ar': 'MISS' });
    expect(r['country-weight:zh']).toBeUndefined();
    // English is judged once, by the country-page rows.
    expect(r['country-weight:en']).toBeUndefined();
  });

  it('MISS just past each boundary', () => {
    const r = status(
      evaluateTargets({
        ...base,
        sizes: [sizes[0]!, sizes[1]!, { ...withMemory(1.51e9, 1e9), ours: { ...withMemory(1.51e9, 1e9).ours, ms: 12100 }, ratio: 12100 / 8000 }],
        countryPage: weight(2_001, 15_001),
        countryBlockingScripts: ['/_astro/boot.js'],
        lighthouse: [{ path: '/search/', scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: null }, failing: [] }],
        search: { real: searchResult(100_001, 150_001, 30), synthetic: null },
        check: checkRuns(2000, 2000),
      }),
    );
    for (const id of ['build-ratio', 'build-ratio-stretch', 'build-memory', 'country-weight', 'country-js', 'country-blocking', 'lighthouse:/search/', 'search-bytes:real', 'search-typed:real', 'search-latency:real', 'check-cold', 'check-warm']) {
      expect(r[id], id).toBe('MISS');
    }
    expect(r['search-bytes:synthetic']).toBe('n/a');
  });

  it('flags superlinear growth and says n/a when N=1,000 or enough sizes were not run', () => {
    const quad = [50, 200, 1000].map((n) => site(n, 2000 + n * n * 0.01, 2000 + n * 5));
    const r = status(evaluateTargets({ ...base, sizes: quad, linearity: { fit: linearFit(quad.map((s) => ({ x: s.entries, y: s.ours.ms }))), growth: growth(quad.map((s) => ({ x: s.entries, y: s.ours.ms }))) } }));
    expect(r['linear']).toBe('MISS');
    const quick = evaluateTargets({ ...base, sizes: [sizes[0]!], linearity: null, lighthouse: [], countryPage: null, countryBlockingScripts: null, check: null });
    const q = status(quick);
    expect(q['build-ratio']).toBe('n/a');
    expect(q['build-memory']).toBe('n/a');
    expect(quick.find((t) => t.id === 'build-ratio')!.value).toMatch(/largest N run was 50/);
    for (const id of ['linear', 'lighthouse', 'country-weight', 'country-blocking', 'check-cold', 'check-warm']) expect(q[id], id).toBe('n/a');
  });

  it('judges the API query and the typed query each on its own target', () => {
    const r = evaluateTargets({ ...base, search: { real: searchResult(100_000, 160_000, 3), synthetic: { ...searchResult(100_001, null, 3), entries: 1000 } } });
    expect(r.find((t) => t.id === 'search-bytes:real')).toMatchObject({ status: 'PASS', value: '100.0 KB' });
    expect(r.find((t) => t.id === 'search-typed:real')).toMatchObject({ status: 'MISS', value: '160.0 KB' });
    expect(r.find((t) => t.id === 'search-bytes:synthetic')).toMatchObject({ status: 'MISS', value: '100.0 KB' });
  });

  it('the report prints every target with its status and the phases; the README section has both tables', () => {
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
      check: base.check,
      countryPage: base.countryPage,
      countryBlockingScripts: [],
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
    expect(text).toContain('2.00 s on a first run (no cache), 0.80 s after one file changed');
    expect(text).toMatch(/rendering \/countries\/ \(10 pages\)\s+2\.40\s+20%/);
    const md = readmeSection(results);
    expect(md).toMatch(/^## Performance/);
    expect(md).toContain('| 1,000 synthetic | 1000 | 12.00 s | 8.00 s | 1.50 |');
    expect(md).toContain('Where the build spends its time, N=1,000');
    expect(md).toContain('| content check | 2.40 | 20% |');
    expect(md).toContain('| &nbsp;&nbsp;rendering /api/ (20 pages) | 1.20 | 10% |');
    expect(md).toContain('| other (process start, Astro set-up, writing files) | 2.40 | 20% |');
    expect(md).toContain('npm run bench');
  });
});

describe('build phases', () => {
  it('sums Astro page lines by route family and reads the phase file', () => {
    const log = [
      ' generating static routes ',
      '00:55:13   ├─ /404.html (+81ms) ',
      '00:55:13   ├─ /api/countries/af.json (+199ms) ',
      '00:55:13   ├─ /api/countries/al.json (+15ms) ',
      '00:55:14   └─ /countries/ie/index.html (+12ms)',
      'not a page line (+5ms)',
    ].join('\n');
    expect(routeFamilies(log)).toEqual([
      { family: 'api', pages: 2, ms: 214 },
      { family: '(root)', pages: 1, ms: 81 },
      { family: 'countries', pages: 1, ms: 12 },
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'mlat-phases-'));
    const file = join(dir, 'phases.jsonl');
    expect(readPhases(file)).toEqual([]);
    writeFileSync(file, '{"phase":"content check","ms":120}\n\n{"phase":"search index (Pagefind)","ms":40}\n');
    expect(readPhases(file)).toEqual([{ phase: 'content check', ms: 120 }, { phase: 'search index (Pagefind)', ms: 40 }]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds external classic scripts that block rendering', () => {
    expect(renderBlockingScripts('<script type="module" src="/a.js"></script><script src="/b.js" defer></script><script async src="/c.js"></script><script>inline()</script>')).toEqual([]);
    expect(renderBlockingScripts('<head><script src="/boot.js"></script><SCRIPT SRC=/x.js></SCRIPT></head>')).toEqual(['/boot.js', '/x.js']);
  });

  it('the phase recorder writes one line per phase, only when asked', async () => {
    const { recordPhase, timed, timedSync } = await import('../../src/integrations/phases.ts');
    const dir = mkdtempSync(join(tmpdir(), 'mlat-phases-'));
    const file = join(dir, 'phases.jsonl');
    recordPhase('ignored', 5, {});
    expect(readPhases(file)).toEqual([]);
    // A file that cannot be written never stops the build.
    expect(() => recordPhase('lost', 5, { MLAT_PHASES_FILE: join(dir, 'missing', 'phases.jsonl') })).not.toThrow();
    const previous = process.env['MLAT_PHASES_FILE'];
    process.env['MLAT_PHASES_FILE'] = file;
    try {
      expect(timedSync('sync step', () => 7)).toBe(7);
      expect(await timed('async step', async () => 8)).toBe(8);
      await expect(timed('failing step', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    } finally {
      if (previous === undefined) delete process.env['MLAT_PHASES_FILE'];
      else process.env['MLAT_PHASES_FILE'] = previous;
    }
    expect(readPhases(file).map((p) => p.phase)).toEqual(['sync step', 'async step', 'failing step']);
    rmSync(dir, { recursive: true, force: true });
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
