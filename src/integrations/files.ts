/** The files of a built site, for the hooks that run after the build. */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { BuiltFile } from '../lib/offline/manifest.ts';

/** Every file under `root`, with its path relative to it (forward slashes), its size and a hash of its content. */
export async function builtFiles(root: string, dir = root): Promise<BuiltFile[]> {
  const out: BuiltFile[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await builtFiles(root, full)));
    else {
      const content = await readFile(full);
      out.push({ path: relative(root, full).split('\\').join('/'), bytes: content.length, hash: createHash('sha256').update(content).digest('hex').slice(0, 24) });
    }
  }
  return out;
}

/** The HTML files under `root` (paths relative to it, forward slashes), without reading them. */
export async function builtHtmlFiles(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await builtHtmlFiles(root, full)));
    else if (entry.name.endsWith('.html')) out.push(relative(root, full).split('\\').join('/'));
  }
  return out;
}
