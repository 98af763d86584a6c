/**
 * The benchmark run: builds our site and the baseline against the real content and each
 * synthetic tree (one build at a time: the machine has two cores), times the content check,
 * then measures the built real site in Chromium (page weight, search, Lighthouse).
 *
 * The work folder lives in .bench/ inside the project (gitignored) rather than in /tmp:
 * when --outDir is outside the working directory, Astro puts its prerender chunks in
 * <cwd>/.astro/.prerender, where any other build started from the project at the same
 * time deletes them; inside the project each build keeps them in its own outDir.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../src/lib/contract/collections.ts';
import { stateName } from '../../src/lib/format.ts';
import type { BenchOptions } from './args.ts';
import { baselineSiteFiles } from './baseline.ts';
import { CHROMIUM_PATH, launchChromium, pageWeight, searchMetrics, searchQueries, type PageWeight, type SearchMetrics } from './browser.ts';
import { folderSize, pagefindSize, writeTree } from './files.ts';
import { lighthouseScores, type LighthouseScores } from './lighthouse.ts';
import { runMeasured, type RunResult } from './process.ts';
import { readPhases, renderBlockingScripts, routeFamilies, type Phase, type RouteFamily } from './phases.ts';
import type { BenchResults, BuildMeasure, CheckMeasure, CheckRuns, LanguageMeasure, SiteMeasure } from './results.ts';
import { DEFAULT_LOCALE, LOCALES, localizePath } from '../../src/lib/i18n/locales.ts';
import { serveStatic } from './server.ts';
import { growth, linearFit } from './stats.ts';
import { MIX_DESCRIPTION, meanSizes, planMix, syntheticTree, type MixCounts, type SyntheticFile } from './synthetic.ts';
import { TARGETS, evaluateTargets } from './targets.ts';

export interface RunContext {
  /** Project root (where package.json and astro.config.mjs are). */
  root: string;
  /** The Node binary that runs builds and checks (the one running the benchmark: Node 24 under npm). */
  node: string;
  today: string;
  command: string;
  log(message: string): void;
}

const SEARCH_QUERIES = 101; // the first loads the index; the next 100 are timed

function tail(result: RunResult, lines = 25): string {
  return `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-lines).join('\n');
}

class Bench {
  readonly work: string;
  readonly astro: string;
  readonly options: BenchOptions;
  readonly ctx: RunContext;
  constructor(options: BenchOptions, ctx: RunContext) {
    this.options = options;
    this.ctx = ctx;
    mkdirSync(join(ctx.root, '.bench'), { recursive: true });
    this.work = mkdtempSync(join(ctx.root, '.bench', 'work-'));
    this.astro = join(ctx.root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  }

  /** `npm run check` of a tree; without the content-hash cache unless `cache` (a contributor's second run). */
  async check(contentDir: string, entries: number, cache = false): Promise<CheckMeasure> {
    const result = await runMeasured(this.ctx.node, [join(this.ctx.root, 'scripts', 'check.ts')], {
      cwd: this.ctx.root,
      env: { ...process.env, MLAT_CONTENT_DIR: contentDir, MLAT_CHECK_CACHE: cache ? '1' : '0' },
    });
    const summary = /^(\d+) errors?, (\d+) warnings?/.exec(result.stdout.trim().split('\n').at(-1) ?? '');
    const errors = summary ? Number(summary[1]) : result.exitCode === 0 ? 0 : NaN;
    if (result.exitCode !== 0) throw new Error(`npm run check found errors in ${contentDir}:\n${tail(result)}`);
    return { ms: result.ms, entries, errors, warnings: summary ? Number(summary[2]) : NaN };
  }

  /**
   * Builds ours with some languages only (MLAT_LOCALES): the synthetic trees compare one
   * English page per entry with the baseline's one page per entry.
   */
  locales: string | undefined = undefined;

  /** The check of a tree as a contributor meets it: a first run fills the cache, one file changes, the next run is timed. */
  async checkAfterOneChange(contentDir: string, entries: number, files: SyntheticFile[]): Promise<CheckMeasure> {
    await this.check(contentDir, entries, true);
    const changed = files.find((f) => f.collection === 'countries') ?? files[0]!;
    const path = join(contentDir, changed.path);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n`);
    return this.check(contentDir, entries, true);
  }

  private async build(kind: 'ours' | 'baseline', contentDir: string, dir: string, locales = this.locales): Promise<RunResult & { dist: string; phases: Phase[]; routes: RouteFamily[] }> {
    const cache = join(dir, `cache-${kind}`);
    const dist = join(dir, `dist-${kind}`);
    rmSync(cache, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    let result: RunResult;
    const phasesFile = join(dir, `phases-${kind}.jsonl`);
    mkdirSync(dir, { recursive: true });
    rmSync(phasesFile, { force: true });
    if (kind === 'ours') {
      // The content check runs without its cache, as on a clean clone; each phase is recorded.
      result = await runMeasured(this.ctx.node, [this.astro, 'build', '--outDir', dist], {
        cwd: this.ctx.root,
        env: { ...env, MLAT_CONTENT_DIR: contentDir, MLAT_CACHE_DIR: cache, MLAT_CHECK_CACHE: '0', MLAT_PHASES_FILE: phasesFile, ...(locales ? { MLAT_LOCALES: locales } : {}) },
      });
    } else {
      const site = join(dir, 'baseline');
      rmSync(site, { recursive: true, force: true });
      writeTree(site, Object.entries(baselineSiteFiles({ contentDir, cacheDir: cache })).map(([path, source]) => ({ path, source })));
      symlinkSync(join(this.ctx.root, 'node_modules'), join(site, 'node_modules'), 'dir');
      result = await runMeasured(this.ctx.node, [this.astro, 'build', '--outDir', dist], { cwd: site, env });
    }
    if (result.exitCode !== 0) throw new Error(`${kind} build of ${contentDir} failed (exit ${result.exitCode}):\n${tail(result)}`);
    return { ...result, dist, phases: kind === 'ours' ? readPhases(phasesFile) : [], routes: kind === 'ours' ? routeFamilies(result.stdout) : [] };
  }

  /** One English-only build of a tree (ours), for the cost of the other languages. */
  async englishOnly(contentDir: string, dir: string): Promise<{ ms: number; pages: number }> {
    const run = await this.build('ours', contentDir, join(dir, 'english'), 'en');
    const pages = folderSize(run.dist).htmlFiles;
    if (!this.options.keep) rmSync(run.dist, { recursive: true, force: true });
    return { ms: run.ms, pages };
  }

  /** Builds ours and the baseline `runs` times each, alternating, and keeps the fastest time. */
  async site(contentDir: string, dir: string, mix: MixCounts, meanEntryBytes: SiteMeasure['meanEntryBytes']): Promise<SiteMeasure & { dist: string }> {
    const entries = mix.countries + mix.instruments + mix.glossary + mix.modules;
    this.ctx.log(`  check ${entries} entries…`);
    const check = await this.check(contentDir, entries);
    const runs: { ours: (RunResult & { phases: Phase[]; routes: RouteFamily[] })[]; baseline: RunResult[] } = { ours: [], baseline: [] };
    let dist = '';
    let baseDist = '';
    for (let run = 1; run <= this.options.runs; run++) {
      this.ctx.log(`  build ours${this.options.runs > 1 ? ` (run ${run})` : ''}…`);
      const ours = await this.build('ours', contentDir, dir);
      runs.ours.push(ours);
      dist = ours.dist;
      this.ctx.log(`  build baseline${this.options.runs > 1 ? ` (run ${run})` : ''}…`);
      const base = await this.build('baseline', contentDir, dir);
      runs.baseline.push(base);
      baseDist = base.dist;
    }
    const measure = (list: RunResult[], folder: string): BuildMeasure => {
      const size = folderSize(folder);
      return {
        ms: Math.min(...list.map((r) => r.ms)),
        runs: list.map((r) => Math.round(r.ms)),
        peakRssBytes: Math.max(...list.map((r) => r.peakRssBytes)),
        pages: size.htmlFiles,
        distBytes: size.bytes,
        distFiles: size.files,
      };
    };
    const ours = measure(runs.ours, dist);
    const fastest = runs.ours.reduce((a, b) => (b.ms < a.ms ? b : a));
    const baseline = measure(runs.baseline, baseDist);
    const pagefindDir = join(dist, 'pagefind');
    const pagefind = existsSync(pagefindDir) ? pagefindSize(pagefindDir) : null;
    if (!this.options.keep) rmSync(baseDist, { recursive: true, force: true });
    return {
      entries,
      mix,
      meanEntryBytes,
      ours,
      baseline,
      ratio: ours.ms / baseline.ms,
      pagesPerSecond: ours.pages / (ours.ms / 1000),
      msPerEntry: ours.ms / entries,
      pagefind,
      check,
      phases: fastest.phases,
      routes: fastest.routes,
      dist,
    };
  }

  synthetic(entries: number, name: string): { contentDir: string; dir: string; files: SyntheticFile[] } {
    const dir = join(this.work, name);
    const contentDir = join(dir, 'content');
    const files = syntheticTree(entries, { today: this.ctx.today });
    writeTree(contentDir, files);
    return { contentDir, dir, files };
  }

  cleanup(): void {
    if (!this.options.keep) rmSync(this.work, { recursive: true, force: true });
  }
}

function realMix(contentDir: string): { mix: MixCounts; mean: SiteMeasure['meanEntryBytes']; names: string[] } {
  const mix = { countries: 0, instruments: 0, glossary: 0, modules: 0 } as MixCounts;
  const mean: SiteMeasure['meanEntryBytes'] = {};
  const names: string[] = [];
  for (const [collection, { dir, ext }] of Object.entries(COLLECTIONS) as [CollectionName, { dir: string; ext: string }][]) {
    const folder = join(contentDir, dir);
    const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(ext)) : [];
    mix[collection] = files.length;
    if (files.length) mean[collection] = Math.round(files.reduce((s, f) => s + statSync(join(folder, f)).size, 0) / files.length);
    if (collection === 'countries') names.push(...files.map((f) => stateName(f.slice(0, -ext.length))));
    if (collection === 'glossary') names.push(...files.map((f) => f.slice(0, -ext.length).replace(/-/g, ' ')));
  }
  return { mix, mean, names };
}

function syntheticNames(files: SyntheticFile[]): string[] {
  const names: string[] = [];
  for (const f of files) {
    if (f.collection === 'countries') names.push(stateName(f.id));
    if (f.collection === 'glossary') names.push(f.id.replace(/-\d+$/, '').replace(/-/g, ' '));
  }
  return names;
}

export async function runBench(options: BenchOptions, ctx: RunContext): Promise<BenchResults> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const notes: string[] = [];
  const load = loadavg()[0] ?? 0;
  if (load > 0.5 * cpus().length) notes.push(`the load average was ${load.toFixed(2)} when the run started: other work shared the machine, so times are high and noisy.`);
  const bench = new Bench(options, ctx);
  ctx.log(`Work folder: ${bench.work}`);
  try {
    // The real site first: it is measured in the browser, and it warms the file cache for both builds.
    const realContent = join(ctx.root, 'content');
    const { mix, mean, names } = realMix(realContent);
    ctx.log('Real content:');
    const realSite = await bench.site(realContent, join(bench.work, 'real'), mix, mean);
    ctx.log('  build ours in English only…');
    const english = await bench.englishOnly(realContent, join(bench.work, 'real'));
    const otherLocales = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
    const languages: LanguageMeasure = {
      allMs: realSite.ours.ms,
      englishMs: english.ms,
      allPages: realSite.ours.pages,
      englishPages: english.pages,
      msPerLanguage: Math.max(0, realSite.ours.ms - english.ms) / otherLocales.length,
      pages: [],
    };
    // Synthetic trees are compared with a baseline of one page per entry: English only.
    bench.locales = 'en';

    const sizes: (SiteMeasure & { dist: string })[] = [];
    let largestFiles: SyntheticFile[] = [];
    for (const n of options.sizes) {
      ctx.log(`Synthetic N=${n} (${Object.entries(planMix(n)).map(([k, v]) => `${v} ${k}`).join(', ')}):`);
      const tree = bench.synthetic(n, `n${n}`);
      const measured = await bench.site(tree.contentDir, tree.dir, planMix(n), meanSizes(tree.files));
      const previous = sizes.at(-1);
      if (previous && !options.keep) rmSync(previous.dist, { recursive: true, force: true });
      sizes.push(measured);
      largestFiles = tree.files;
    }

    ctx.log(`Content check of ${TARGETS.checkEntries} entries, first run and after one change:`);
    const checkTree = bench.synthetic(TARGETS.checkEntries, `check${TARGETS.checkEntries}`);
    const check: CheckRuns = {
      entries: TARGETS.checkEntries,
      cold: await bench.check(checkTree.contentDir, TARGETS.checkEntries),
      warm: await bench.checkAfterOneChange(checkTree.contentDir, TARGETS.checkEntries, checkTree.files),
    };

    ctx.log('Browser measurements of the real site:');
    const realDist = realSite.dist;
    const countryPath = existsSync(join(realDist, 'countries', 'ie', 'index.html'))
      ? '/countries/ie/'
      : (() => {
          const folder = join(realDist, 'countries');
          const first = existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).find((d) => d.isDirectory()) : undefined;
          return first ? `/countries/${first.name}/` : null;
        })();
    if (countryPath !== '/countries/ie/') notes.push(`no /countries/ie/ in the real build; measured ${countryPath ?? 'no country page'} instead.`);
    const hasSearchPage = existsSync(join(realDist, 'search', 'index.html'));
    let countryPage: PageWeight | null = null;
    const countryBlockingScripts = countryPath ? renderBlockingScripts(readFileSync(join(realDist, countryPath, 'index.html'), 'utf8')) : null;
    let searchPage: PageWeight | null = null;
    const search: BenchResults['search'] = { real: null, synthetic: null };
    const lighthouse: LighthouseScores[] = [];

    const browserAvailable = existsSync(CHROMIUM_PATH);
    if (!browserAvailable) notes.push(`no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH): page weight, search and Lighthouse were not measured.`);
    if (browserAvailable) {
      const server = await serveStatic(realDist);
      try {
        const browser = await launchChromium();
        try {
          if (countryPath) countryPage = await pageWeight(browser, server.url, countryPath);
          if (countryPath) {
            for (const locale of LOCALES) {
              const path = localizePath(countryPath, locale);
              const built = existsSync(join(realDist, path, 'index.html'));
              languages.pages.push({ locale, path, weight: built ? await pageWeight(browser, server.url, path) : null });
            }
          }
          if (hasSearchPage) searchPage = await pageWeight(browser, server.url, '/search/');
          if (realSite.pagefind && countryPath) {
            ctx.log('  search…');
            const queries = [`${stateName('ie').toLowerCase()} preservation`, ...searchQueries(names, SEARCH_QUERIES - 1)];
            search.real = await searchMetrics(browser, server.url, realSite.pagefind, queries, { startPath: countryPath, uiPath: countryPath });
          } else notes.push('the real build has no dist/pagefind: search was not measured.');
        } finally {
          await browser.close();
        }
        // Lighthouse launches its own Chromium, after Playwright's has closed: one browser at a time on two cores.
        if (options.lighthouse) {
          for (const path of [countryPath, hasSearchPage ? '/search/' : null]) {
            if (!path) continue;
            ctx.log(`  Lighthouse ${path}…`);
            lighthouse.push(await lighthouseScores(server.url, path));
          }
        }
      } finally {
        await server.close();
      }
    }

    const largest = sizes.at(-1);
    if (largest?.pagefind && browserAvailable) {
      ctx.log(`Search on the synthetic N=${largest.entries} site:`);
      const synthServer = await serveStatic(largest.dist);
      try {
        const browser = await launchChromium();
        try {
          const queries = searchQueries(syntheticNames(largestFiles), SEARCH_QUERIES);
          const firstCountry = largestFiles.find((f) => f.collection === 'countries');
          const start = firstCountry ? `/countries/${firstCountry.id}/` : '/';
          const metrics: SearchMetrics = await searchMetrics(browser, synthServer.url, largest.pagefind, queries, { startPath: start, uiPath: start });
          search.synthetic = { ...metrics, entries: largest.entries };
        } finally {
          await browser.close();
        }
      } finally {
        await synthServer.close();
      }
    }

    const strip = ({ dist: _dist, ...rest }: SiteMeasure & { dist: string }): SiteMeasure => rest;
    const measuredSizes = sizes.map(strip);
    const points = measuredSizes.map((s) => ({ x: s.entries, y: s.ours.ms }));
    const linearity = points.length >= 2 ? { fit: linearFit(points), growth: growth(points) } : null;
    const partial = {
      sizes: measuredSizes,
      linearity,
      countryPage,
      languages,
      countryBlockingScripts,
      lighthouse,
      search,
      check,
    };
    const results: BenchResults = {
      startedAt,
      durationMs: 0,
      command: ctx.command,
      machine: { cpus: cpus().length, memoryBytes: totalmem(), node: process.versions.node, loadAverage: load },
      options: { sizes: options.sizes, runs: options.runs, lighthouse: options.lighthouse },
      mix: MIX_DESCRIPTION,
      real: strip(realSite),
      searchPage,
      notes,
      targets: evaluateTargets(partial),
      ...partial,
    };
    results.durationMs = performance.now() - started;
    return results;
  } finally {
    bench.cleanup();
  }
}

