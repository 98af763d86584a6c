/**
 * Every built page passes the W3C Nu HTML checker (the vnu-jar package, run with the
 * machine's Java: Debian's default-jre-headless). Zero errors.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { DIST, pageFile, requireDist } from '../helpers/dist.ts';
import { sampledPages } from '../helpers/templates.ts';

beforeAll(requireDist);

/** vnu-jar exports the path of the checker's jar. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

const JAVA = process.env['JAVA'] ?? '/usr/bin/java';
const javaAvailable = existsSync(JAVA);
const inCI = process.env['CI'] === 'true' || process.env['CI'] === '1';
if (!javaAvailable && inCI) throw new Error(`Java not found at ${JAVA}: CI must install it (apt-get install -y default-jre-headless).`);
if (!javaAvailable) console.warn(`Nu HTML checker skipped: no Java at ${JAVA} (install Debian's default-jre-headless).`);

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

it.skipIf(!javaAvailable)('every English page, and one page per template in each other language, passes the W3C Nu HTML checker', async () => {
  // The checker writes its JSON report to stderr, and exits 1 when it finds an error.
  const run = await promisify(execFile)(JAVA, ['-Xss8m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...sampledPages().map(pageFile)], { maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => r.stderr,
    (e: { stderr?: string }) => e.stderr ?? '',
  );
  const report = JSON.parse(run || '{"messages":[]}') as { messages: NuMessage[] };
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.message}`);
  expect(errors).toEqual([]);
}, 300_000);
