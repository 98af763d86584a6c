/**
 * After the build and the search index: write offline-manifest.json (every file with its
 * size) and sw.js (the worker with this build's version and shell list).
 */
import type { AstroIntegration } from 'astro';
import { timed } from './phases.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifest, formatBytes } from '../lib/offline/manifest.ts';
import { builtFiles } from './files.ts';
import { buildInfo } from '../site.config.ts';

export function offline(): AstroIntegration {
  return {
    name: 'mlat-offline',
    hooks: {
      'astro:build:done': ({ dir, logger }) => timed('offline manifest and service worker', async () => {
        const root = fileURLToPath(dir);
        const { id, date } = buildInfo();
        const manifest = buildManifest(await builtFiles(root), id, date);
        await writeFile(join(root, 'offline-manifest.json'), JSON.stringify(manifest));
        const body = await readFile(new URL('../lib/offline/sw-body.js', import.meta.url), 'utf8');
        const config = { version: id, buildDate: date, shell: manifest.shell };
        await writeFile(join(root, 'sw.js'), `const CONFIG = ${JSON.stringify(config)};\n${body}`);
        logger.info(`service worker ${id}: shell ${manifest.shell.length} files, whole site ${manifest.files.length} files (${formatBytes(manifest.totalBytes)})`);
      }),
    },
  };
}
