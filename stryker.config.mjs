// @ts-check
/**
 * Mutation testing of the domain logic and the content checker: npm run mutation.
 * Not part of npm test (it takes minutes); .github/workflows/mutation.yml runs it weekly and
 * on demand and keeps the HTML report. Incremental: a rerun tests only what changed.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // The domain logic and the checker. `npm run mutation -- --mutate <glob>` narrows a run.
  mutate: [
    'src/lib/parties.ts',
    'src/lib/country/*.ts',
    '!src/lib/country/names.ts',
    'src/lib/route/*.ts',
    '!src/lib/route/types.ts',
    'src/lib/citations.ts',
    'src/lib/contract/*.ts',
    'src/lib/csp.ts',
    'src/lib/dates.ts',
    'src/lib/publish/csv.ts',
    'src/lib/publish/countries-csv.ts',
    'src/lib/publish/matrix.ts',
    'src/lib/search.ts',
    'src/lib/check/urls.ts',
    'src/lib/check/mdx.ts',
    'src/lib/check/rules/*.ts',
  ],
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
