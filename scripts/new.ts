/**
 * npm run new -- <country|instrument|module|term> <key> [display name]
 * Writes a valid, empty entry to content/. Refuses an existing entry or an invalid key.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KIND_DIRS, SCAFFOLD_KINDS, invalidKey, scaffold, type ScaffoldKind } from './new/scaffold.ts';

const [kind, key, ...nameParts] = process.argv.slice(2);
const usage = `usage: npm run new -- <${SCAFFOLD_KINDS.join('|')}> <key> [display name]
  e.g. npm run new -- country mt "Malta"`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!kind || !key) fail(usage);
if (!(SCAFFOLD_KINDS as readonly string[]).includes(kind)) fail(`unknown kind "${kind}"\n${usage}`);
const problem = invalidKey(kind as ScaffoldKind, key);
if (problem) fail(problem);

const contentDir = resolve(process.env['MLAT_CONTENT_DIR'] ?? 'content');
const dir = join(contentDir, KIND_DIRS[kind as ScaffoldKind]);
const file = join(dir, `${key}.mdx`);
if (existsSync(file)) fail(`${file} already exists: edit it instead of creating a new one`);
mkdirSync(dir, { recursive: true });
writeFileSync(file, scaffold(kind as ScaffoldKind, key, nameParts.join(' ') || undefined));
process.stdout.write(`created ${file}\nnext: add sourced facts, then run npm run check\n`);
