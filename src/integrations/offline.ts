/**
 * After the build and the search index: write offline-manifest.json (every file with its
 * size) and sw.js (the worker with this build's version and shell list).
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifest, formatBytes, type BuiltFile } from '../lib/offline/manifest.ts';
import { buildInfo } from '../site.config.ts';

async function listFiles(root: string, dir = root): Promise<BuiltFile[]> {
  const out: BuiltFile[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(root, full)));
    else out.push({ path: relative(root, full).split('\\').join('/'), bytes: (await stat(full)).size });
  }
  return out;
}

export function offline(): AstroIntegration {
  return {
    name: 'mlat-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { id, date } = buildInfo();
        const manifest = buildManifest(await listFiles(root), id, date);
        await writeFile(join(root, 'offline-manifest.json'), JSON.stringify(manifest));
        const body = await readFile(new URL('../lib/offline/sw-body.js', import.meta.url), 'utf8');
        const config = { version: id, buildDate: date, shell: manifest.shell };
        await writeFile(join(root, 'sw.js'), `const CONFIG = ${JSON.stringify(config)};\n${body}`);
        logger.info(`service worker ${id}: shell ${manifest.shell.length} files, whole site ${manifest.files.length} files (${formatBytes(manifest.totalBytes)})`);
      },
    },
  };
}
