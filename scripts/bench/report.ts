/** The benchmark's report as plain-text tables, and the README's Performance section. */
import { LIGHTHOUSE_CATEGORIES } from './lighthouse.ts';
import type { BenchResults, SiteMeasure } from './results.ts';
import { kb } from './targets.ts';

/** A plain-text table; a column whose cells are all numbers (or "–") is right-aligned. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => /^(\d[\d.,]*( ?[A-Za-z%×]+)?|–)$/.test(r[i] ?? '')));
  const line = (cells: string[]) =>
    headers
      .map((_, i) => (numeric[i] ? (cells[i] ?? '').padStart(widths[i]!) : (cells[i] ?? '').padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const seconds = (ms: number): string => (ms / 1000).toFixed(2);
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** The builds whose phases are shown: the real content and the largest synthetic tree. */
function phaseSites(r: BenchResults): { name: string; s: SiteMeasure }[] {
  const largest = r.sizes.at(-1);
  return [...(r.real?.phases.length ? [{ name: 'real content', s: r.real }] : []), ...(largest?.phases.length ? [{ name: `N=${largest.entries.toLocaleString('en')}`, s: largest }] : [])];
}

/** Phases in build order, with page rendering broken down by route family (largest five, then the rest). */
export function phaseRows(s: SiteMeasure): string[][] {
  const share = (ms: number) => `${Math.round((100 * ms) / s.ours.ms)}%`;
  const rows: string[][] = [];
  for (const p of s.phases) {
    rows.push([p.phase, seconds(p.ms), share(p.ms)]);
    if (p.phase.startsWith('bundle and render') && s.routes.length) {
      const top = s.routes.slice(0, 5);
      const rest = s.routes.slice(5);
      for (const f of top) rows.push([`  rendering /${f.family}/ (${f.pages} pages)`, seconds(f.ms), share(f.ms)]);
      if (rest.length) {
        const ms = rest.reduce((sum, f) => sum + f.ms, 0);
        rows.push([`  rendering ${rest.length} other route families (${rest.reduce((n, f) => n + f.pages, 0)} pages)`, seconds(ms), share(ms)]);
      }
    }
  }
  const accounted = s.phases.reduce((sum, p) => sum + p.ms, 0);
  rows.push(['other (process start, Astro set-up, writing files)', seconds(Math.max(0, s.ours.ms - accounted)), share(Math.max(0, s.ours.ms - accounted))]);
  rows.push(['whole build', seconds(s.ours.ms), '100%']);
  return rows;
}

function mixText(s: SiteMeasure): string {
  return `${s.mix.countries}/${s.mix.instruments}/${s.mix.glossary}/${s.mix.modules}`;
}

function buildRows(r: BenchResults): string[][] {
  const rows: { name: string; s: SiteMeasure }[] = [...(r.real ? [{ name: 'real content', s: r.real }] : []), ...r.sizes.map((s) => ({ name: `N=${s.entries.toLocaleString('en')}`, s }))];
  return rows.map(({ name, s }) => [
    name,
    mixText(s),
    String(s.ours.pages),
    seconds(s.ours.ms),
    seconds(s.baseline.ms),
    s.ratio.toFixed(2),
    s.pagesPerSecond.toFixed(1),
    s.msPerEntry.toFixed(1),
    mb(s.ours.peakRssBytes),
    mb(s.baseline.peakRssBytes),
    mb(s.ours.distBytes),
    s.pagefind ? mb(s.pagefind.dataBytes) : '–',
    seconds(s.check.ms),
  ]);
}

export function formatReport(r: BenchResults): string {
  const out: string[] = [];
  out.push(`MLAT Navigator benchmark, ${r.startedAt} (${seconds(r.durationMs)} s)`);
  out.push(
    `Machine: ${r.machine.cpus} cores, ${mb(r.machine.memoryBytes)}, Node ${r.machine.node}, load average ${r.machine.loadAverage.toFixed(2)} at start; ${r.options.runs} run(s) per build, fastest kept.`,
  );
  out.push(`Synthetic trees: ${r.mix}.`);
  out.push('');
  out.push('Builds (ours = this site; baseline = bare Astro + MDX, one page per entry, same files)');
  out.push(
    table(
      ['tree', 'c/i/g/m', 'pages', 'ours s', 'base s', 'ratio', 'pages/s', 'ms/entry', 'peak RSS', 'base RSS', 'dist', 'index', 'check s'],
      buildRows(r),
    ),
  );
  out.push('c/i/g/m: countries/instruments/glossary terms/modules; pages: HTML files; peak RSS: whole build process tree; index: Pagefind index data; check: node scripts/check.ts');
  if (r.linearity) {
    const { fit, growth } = r.linearity;
    out.push('');
    out.push(
      `Linearity: fitted ${fit.slope.toFixed(1)} ms per entry + ${seconds(fit.intercept)} s fixed, R² ${fit.r2.toFixed(3)}; marginal cost ${growth.segments
        .map((g) => `${g.from}→${g.to}: ${g.perUnit.toFixed(1)} ms/entry`)
        .join(', ')}${growth.ratio === null ? '' : ` (last/first ${growth.ratio.toFixed(2)}×)`}.`,
    );
  }
  if (r.check) {
    out.push(
      `Content check of ${r.check.entries} synthetic entries: ${seconds(r.check.cold.ms)} s on a first run (no cache), ${seconds(r.check.warm.ms)} s after one file changed (content-hash cache); ${r.check.cold.errors} errors, ${r.check.cold.warnings} warnings.`,
    );
  }
  for (const { name, s } of phaseSites(r)) {
    out.push('');
    out.push(`Where our build spends its time, ${name} (fastest run; content check without its cache)`);
    out.push(table(['phase', 's', 'share'], phaseRows(s)));
  }

  const pages = [r.countryPage, r.searchPage].filter((p) => p !== null);
  if (pages.length) {
    out.push('');
    out.push('Page weight on first visit (real site; every response, gzipped; search not used)');
    out.push(
      table(
        ['page', 'HTML', 'CSS', 'JS', 'other', 'total', 'requests', 'service worker'],
        pages.map((p) => [p.path, kb(p.html), kb(p.css), kb(p.js), kb(p.other), kb(p.total), String(p.requests.length), p.serviceWorker.requests.length ? `${kb(p.serviceWorker.bytes)} in ${p.serviceWorker.requests.length}` : '–']),
      ),
    );
    out.push('service worker: its script and offline precache, fetched in the background after the page loaded (not in total)');
  }
  if (r.languages) {
    const l = r.languages;
    out.push('');
    out.push(`Languages (real site): ${l.allPages} pages in ${seconds(l.allMs)} s with every language, ${l.englishPages} in ${seconds(l.englishMs)} s in English only: ${seconds(l.msPerLanguage)} s per added language.`);
    const weighed = l.pages.filter((p) => p.weight !== null);
    if (weighed.length) {
      out.push(
        table(
          ['language', 'page', 'HTML', 'CSS', 'JS', 'HTML+CSS+JS', 'total'],
          weighed.map(({ locale, path, weight: w }) => [locale, path, kb(w!.html), kb(w!.css), kb(w!.js), kb(w!.html + w!.css + w!.js), kb(w!.total)]),
        ),
      );
    }
  }
  if (r.lighthouse.length) {
    out.push('');
    out.push('Lighthouse (default mobile settings, simulated throttling)');
    out.push(table(['page', ...LIGHTHOUSE_CATEGORIES], r.lighthouse.map((l) => [l.path, ...LIGHTHOUSE_CATEGORIES.map((c) => (l.scores[c] === null ? '–' : String(l.scores[c])))])));
    for (const l of r.lighthouse) {
      if (l.failing.length) out.push(`  ${l.path} lost points on: ${l.failing.map((f) => `${f.id} (${f.category})`).join(', ')}`);
    }
  }
  const searches = [
    ...(r.search.real ? [{ name: 'real content', m: r.search.real }] : []),
    ...(r.search.synthetic ? [{ name: `N=${r.search.synthetic.entries.toLocaleString('en')}`, m: r.search.synthetic }] : []),
  ];
  if (searches.length) {
    out.push('');
    out.push('Search (Pagefind JS API in Chromium, service worker blocked; first query = load + init + query + data of 5 results)');
    out.push(
      table(
        ['tree', 'dist/pagefind', 'index data', 'first query', 'requests', 'via search field', 'median ms', 'p95 ms', 'queries', 'results/query'],
        searches.map(({ name, m }) => [
          name,
          mb(m.index.bytes),
          mb(m.index.dataBytes),
          kb(m.firstQueryBytes),
          String(m.firstQueryRequests.length),
          m.uiFirstQueryBytes === null ? '–' : kb(m.uiFirstQueryBytes),
          m.medianMs.toFixed(1),
          m.p95Ms.toFixed(1),
          String(m.queries),
          m.meanResults.toFixed(1),
        ]),
      ),
    );
  }
  out.push('');
  out.push('Targets (reported, not enforced)');
  out.push(table(['', 'measure', 'target', 'value'], r.targets.map((t) => [t.status, t.label, t.target, t.value])));
  if (r.notes.length) {
    out.push('');
    for (const note of r.notes) out.push(`Note: ${note}`);
  }
  return out.join('\n');
}

const minutes = (ms: number): string => {
  const n = Math.max(1, Math.round(ms / 60_000));
  return `${n} minute${n === 1 ? '' : 's'}`;
};

/** The README "Performance" section as Markdown, from one run's results. */
export function readmeSection(r: BenchResults): string {
  const rows = [...(r.real ? [{ name: 'real content', s: r.real }] : []), ...r.sizes.map((s) => ({ name: `${s.entries.toLocaleString('en')} synthetic`, s }))];
  const lines = [
    '## Performance',
    '',
    `Measured with \`npm run bench\` on ${r.startedAt.slice(0, 10)} (${r.machine.cpus} cores, Node ${r.machine.node}). The baseline is a bare Astro + MDX site rendering the same files, one page per entry; the ratio is our build time over its time. Synthetic trees: ${r.mix}.`,
    '',
    '| entries | pages | build | baseline | ratio | pages/s | peak memory | dist | check |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(({ name, s }) => `| ${name} | ${s.ours.pages} | ${seconds(s.ours.ms)} s | ${seconds(s.baseline.ms)} s | ${s.ratio.toFixed(2)} | ${s.pagesPerSecond.toFixed(0)} | ${mb(s.ours.peakRssBytes)} | ${mb(s.ours.distBytes)} | ${seconds(s.check.ms)} s |`),
    '',
    '| measure | target | measured | |',
    '|---|---|---|---|',
    ...r.targets.map((t) => `| ${t.label} | ${t.target} | ${t.value} | ${t.status} |`),
    '',
    ...phaseSites(r).flatMap(({ name, s }) => [
      `Where the build spends its time, ${name} (fastest run; content check without its cache, as on a clean clone):`,
      '',
      '| phase | seconds | share |',
      '|---|---|---|',
      ...phaseRows(s).map((row) => `| ${row[0]!.replace(/^ {2}/, '&nbsp;&nbsp;')} | ${row[1]} | ${row[2]} |`),
      '',
    ]),
    ...(r.machine.loadAverage > 0.5 * r.machine.cpus ? [`The machine was shared with other work during this run (load average ${r.machine.loadAverage.toFixed(1)}), so build times are higher than on an idle machine.`, ''] : []),
    `Reproduce: \`npm run bench\` (about ${minutes(r.durationMs)} here; \`npm run bench -- --quick\` for N=50, one run, no Lighthouse). Targets are reported, not enforced. Full results: \`.bench/results.json\`.`,
  ];
  return lines.join('\n');
}
