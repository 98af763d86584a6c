/**
 * Build phase timings for the benchmark (npm run bench). Recorded only when MLAT_PHASES_FILE
 * names a file: one JSON line per phase, { "phase": name, "ms": duration }. The integration
 * marks Astro's own steps between its hooks; the other integrations time their work with
 * timed(). Page rendering is broken down by the benchmark from Astro's per-page log lines.
 */
import type { AstroIntegration } from 'astro';
import { appendFileSync } from 'node:fs';

export function recordPhase(phase: string, ms: number, env: NodeJS.ProcessEnv = process.env): void {
  const file = env['MLAT_PHASES_FILE'];
  if (!file) return;
  try {
    appendFileSync(file, `${JSON.stringify({ phase, ms: Math.round(ms) })}\n`);
  } catch {
    // Timing is for the benchmark: it never stops a build.
  }
}

export async function timed<T>(phase: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    recordPhase(phase, performance.now() - start);
  }
}

export function timedSync<T>(phase: string, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    recordPhase(phase, performance.now() - start);
  }
}

/** Marks the time between Astro's build hooks: set-up and content sync, bundling, page generation. */
export function buildPhases(): AstroIntegration {
  let last = 0;
  const mark = (phase: string) => {
    const now = performance.now();
    if (last) recordPhase(phase, now - last);
    last = now;
  };
  return {
    name: 'mlat-build-phases',
    hooks: {
      'astro:config:done': () => mark('start'),
      'astro:build:start': () => mark('content sync and types (Astro)'),
      'astro:build:generated': () => mark('bundle and render every page (Astro)'),
    },
  };
}
