/** Command-line options of `npm run bench`. */

export const DEFAULT_SIZES = [50, 200, 1000];
/** Builds per tree; the fastest is kept, since other work on the machine only ever adds time. */
export const DEFAULT_RUNS = 3;

export interface BenchOptions {
  sizes: number[];
  runs: number;
  lighthouse: boolean;
  keep: boolean;
  out: string;
  help: boolean;
}

export const USAGE = `npm run bench [-- options]

Builds this site and a bare Astro + MDX baseline against synthetic content trees, then
measures the real site in Chromium. Prints a table and writes a JSON file. Targets are
reported as PASS or MISS; the command fails only when something cannot be measured.

  --quick          N=50 only, one run per build, no Lighthouse (for development)
  --sizes 50,200   entry counts of the synthetic trees (default ${DEFAULT_SIZES.join(',')})
  --runs 3         build each tree this many times and keep the fastest (default 3; 1 with --quick)
  --no-lighthouse  skip Lighthouse
  --keep           keep the work folder (.bench/work-*) with the trees and builds
  --out FILE       where to write the JSON results (default .bench/results.json)
  --help           this text`;

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { sizes: DEFAULT_SIZES, runs: DEFAULT_RUNS, lighthouse: true, keep: false, out: '.bench/results.json', help: false };
  let quick = false;
  let sizesGiven = false;
  let runsGiven = false;
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const take = () => {
      if (inline !== undefined) return inline;
      const v = value(i, flag);
      i++;
      return v;
    };
    switch (flag) {
      case '--quick':
        quick = true;
        break;
      case '--sizes': {
        const text = take();
        const sizes = text.split(',').map((s) => s.trim());
        if (sizes.some((s) => !/^[1-9]\d*$/.test(s))) throw new Error(`--sizes expects positive whole numbers separated by commas, e.g. 50,200; got "${text}"`);
        options.sizes = [...new Set(sizes.map(Number))].sort((a, b) => a - b);
        sizesGiven = true;
        break;
      }
      case '--runs': {
        const text = take();
        if (!/^[1-9]\d*$/.test(text)) throw new Error(`--runs expects a positive whole number, got "${text}"`);
        options.runs = Number(text);
        runsGiven = true;
        break;
      }
      case '--no-lighthouse':
        options.lighthouse = false;
        break;
      case '--keep':
        options.keep = true;
        break;
      case '--out':
        options.out = take();
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`unknown option "${arg}" (see --help)`);
    }
  }
  if (quick) {
    options.lighthouse = false;
    if (!sizesGiven) options.sizes = [50];
    if (!runsGiven) options.runs = 1;
  }
  return options;
}
