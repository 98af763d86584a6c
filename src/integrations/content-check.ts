/**
 * Runs the content checker before Astro loads any collection, so an invalid tree
 * stops the build with every problem listed (Astro alone stops at the first one). In dev
 * the errors are logged and the refused files are simply not loaded.
 */
import type { AstroIntegration } from 'astro';
import { contentVerdict } from '../lib/check/accepted.ts';
import { formatProblem } from '../lib/check/report.ts';
import { contentRoot } from '../lib/paths.ts';
import { timedSync } from './phases.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'mlat-content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // The loaders reuse this verdict: they load only the files it accepts.
        const { result } = timedSync('content check', () => contentVerdict(process.cwd(), contentRoot()));
        const errors = result.problems.filter((p) => p.severity === 'error');
        if (result.warnings > 0) logger.info(`${result.warnings} content warning(s); run npm run check to list them`);
        if (errors.length === 0) return;
        const message = [
          `Content has ${errors.length} error(s); nothing was built:`,
          ...errors.map((p) => `  ${formatProblem(p)}`),
          'Run npm run check to see every problem, with warnings.',
        ].join('\n');
        if (command === 'build') throw new Error(message);
        logger.error(message);
      },
    },
  };
}
