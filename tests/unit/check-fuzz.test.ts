/**
 * The checker never ends in a stack trace: whatever bytes a pull request puts in content/
 * (truncated, binary, huge, deeply nested), each file gets problems naming it, and the
 * command line ends with its summary and exit code 1.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/lib/check/index.ts';
import { parseContentFile } from '../../src/lib/check/load.ts';
import { FIXTURES, TODAY, fixture } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/dist.ts';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const country = fixture('content/countries/is.mdx');
const encoder = new TextEncoder();

function inputs(): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  const full = encoder.encode(country);
  for (let cut = 0; cut < full.length; cut += 97) out.push({ name: `truncated at byte ${cut}`, bytes: full.slice(0, cut) });
  const rnd = random(20261201);
  for (let i = 0; i < 40; i++) out.push({ name: `random bytes #${i}`, bytes: Uint8Array.from({ length: 1 + Math.floor(rnd() * 4000) }, () => Math.floor(rnd() * 256)) });
  for (let i = 0; i < 40; i++) {
    // The valid file with a handful of bytes flipped: near misses are what parsers mishandle.
    const copy = full.slice();
    for (let k = 0; k < 5; k++) copy[Math.floor(rnd() * copy.length)] = Math.floor(rnd() * 256);
    out.push({ name: `flipped bytes #${i}`, bytes: copy });
  }
  out.push({ name: '5 MB of text', bytes: encoder.encode(`---\ncode: is\nname: ${'x'.repeat(5 * 1024 * 1024)}\n---\n`) });
  out.push({ name: 'deeply nested YAML flow list', bytes: encoder.encode(`---\ncode: is\naliases: ${'['.repeat(20000)}${']'.repeat(20000)}\n---\n`) });
  out.push({ name: 'deeply nested YAML maps', bytes: encoder.encode(`---\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} v\n---\n`) });
  out.push({ name: 'deeply nested block quotes', bytes: encoder.encode(`${country.slice(0, country.indexOf('\n---', 4) + 5)}\n${'>'.repeat(50000)} x\n`) });
  out.push({ name: 'deeply nested elements', bytes: encoder.encode(`${country.slice(0, country.indexOf('\n---', 4) + 5)}\n<Guidance section="requirements">\n${'<span>'.repeat(5000)}x${'</span>'.repeat(5000)}\n</Guidance>\n`) });
  out.push({ name: 'one very long line', bytes: encoder.encode(`${country}\n${'a'.repeat(500_000)}\n`) });
  out.push({ name: 'only dashes', bytes: encoder.encode('---\n---\n---\n---\n') });
  return out;
}

describe('the checker on hostile input', () => {
  const cases = inputs();
  it(`reports problems and never throws, on ${cases.length} inputs`, () => {
    expect(cases.length).toBeGreaterThan(100);
    const silent: string[] = [];
    for (const { name, bytes } of cases) {
      let problems: unknown[] = [];
      expect(() => {
        const file = parseContentFile('countries', 'content/countries/is.mdx', bytes);
        problems = checkFiles([file], TODAY).problems.filter((p) => p.severity === 'error');
      }, name).not.toThrow();
      if (problems.length === 0 && name !== 'truncated at byte 0') silent.push(name);
    }
    // Random bytes and truncations can happen to be valid only in a vanishing number of cases.
    expect(silent.filter((n) => !n.startsWith('flipped'))).toEqual([]);
  }, 120_000);

  const temps: string[] = [];
  afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
  it('npm run check ends with its summary and exit code 1, and no stack trace', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mlat-fuzz-'));
    temps.push(root);
    cpSync(join(FIXTURES, 'content'), join(root, 'content'), { recursive: true });
    const nasty = cases.filter((c) => /5 MB|nested|random bytes #0|truncated at byte 194/.test(c.name));
    nasty.forEach((c, i) => writeFileSync(join(root, 'content', 'countries', `${['fr', 'de', 'es', 'it', 'pt', 'nl', 'be'][i]}.mdx`), c.bytes));
    const run = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'check.ts')], {
      cwd: ROOT,
      env: { ...process.env, MLAT_ROOT: root, MLAT_CONTENT_DIR: join(root, 'content'), BUILD_DATE: TODAY },
      maxBuffer: 64 * 1024 * 1024,
    }).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/at .*\(.*:\d+:\d+\)|Error:/);
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ errors?, \d+ warnings? in \d+ files?$/);
    for (const code of ['fr', 'de', 'es', 'it', 'pt', 'nl', 'be'].slice(0, nasty.length)) expect(run.stdout).toMatch(new RegExp(`content/countries/${code}\\.mdx:\\d+`));
  }, 120_000);
});
