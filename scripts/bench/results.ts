/** Shapes of the benchmark's results (written to .bench/results.json). */
import type { CollectionName } from '../../src/lib/contract/collections.ts';
import type { PageWeight, SearchMetrics } from './browser.ts';
import type { PagefindSize } from './files.ts';
import type { LighthouseScores } from './lighthouse.ts';
import type { Phase, RouteFamily } from './phases.ts';
import type { Growth, LinearFit } from './stats.ts';
import type { MixCounts } from './synthetic.ts';

export interface BuildMeasure {
  /** Wall time of `astro build` in ms (the fastest of the runs). */
  ms: number;
  /** Every run's time, in run order. */
  runs: number[];
  /** Peak resident memory of the build's process tree, in bytes (the highest of the runs). */
  peakRssBytes: number;
  /** HTML files written. */
  pages: number;
  distBytes: number;
  distFiles: number;
}

export interface CheckMeasure {
  ms: number;
  entries: number;
  errors: number;
  warnings: number;
}

export interface SiteMeasure {
  entries: number;
  mix: MixCounts;
  meanEntryBytes: Partial<Record<CollectionName, number>>;
  ours: BuildMeasure;
  baseline: BuildMeasure;
  /** ours.ms / baseline.ms */
  ratio: number;
  /** ours.pages per second of our build. */
  pagesPerSecond: number;
  /** ours.ms / entries */
  msPerEntry: number;
  pagefind: PagefindSize | null;
  check: CheckMeasure;
  /** Phases of our fastest build (content check without its cache, as on a clean clone). */
  phases: Phase[];
  /** Page rendering of our fastest build, by route family. */
  routes: RouteFamily[];
}

/** The content check of the largest tree: first run without a cache, then after one file changed. */
export interface CheckRuns {
  entries: number;
  cold: CheckMeasure;
  warm: CheckMeasure;
}

export interface Machine {
  cpus: number;
  memoryBytes: number;
  node: string;
  /** 1-minute load average when the run started: above ~0.5 on 2 cores, other work shared the machine. */
  loadAverage: number;
}

export type TargetStatus = 'PASS' | 'MISS' | 'n/a';

export interface TargetResult {
  id: string;
  label: string;
  target: string;
  value: string;
  status: TargetStatus;
}

export interface LanguageMeasure {
  /** Build of the real content with every language (the real site above), and English only. */
  allMs: number;
  englishMs: number;
  allPages: number;
  englishPages: number;
  /** (all − English) / number of other languages: what one more language costs. */
  msPerLanguage: number;
  pages: { locale: string; path: string; weight: PageWeight | null }[];
}

export interface BenchResults {
  startedAt: string;
  durationMs: number;
  command: string;
  machine: Machine;
  options: { sizes: number[]; runs: number; lighthouse: boolean };
  mix: string;
  real: SiteMeasure | null;
  sizes: SiteMeasure[];
  linearity: { fit: LinearFit; growth: Growth } | null;
  check: CheckRuns | null;
  countryPage: PageWeight | null;
  /** External scripts on the country page that block rendering. */
  countryBlockingScripts: string[] | null;
  searchPage: PageWeight | null;
  /**
   * The real site by language: the build time of the English-only build and of all six
   * languages, and the country page's weight in each language (the same budget for all).
   */
  languages?: LanguageMeasure | null | undefined;
  lighthouse: LighthouseScores[];
  search: { real: SearchMetrics | null; synthetic: (SearchMetrics & { entries: number }) | null };
  targets: TargetResult[];
  notes: string[];
}
