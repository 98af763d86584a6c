/** The scaffold writes entries that pass the check, and refuses bad keys and existing files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SCAFFOLD_KINDS, invalidKey, scaffold } from '../../scripts/new/scaffold.ts';
import { formatProblem } from '../../src/lib/check/report.ts';
import { check, validTree, withFile } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/dist.ts';

const COLLECTION = { country: 'countries', instrument: 'instruments', module: 'modules', term: 'glossary' } as const;
const KEYS = { country: 'fr', instrument: 'new-treaty', module: 'new-module', term: 'new-term' } as const;

describe('scaffold templates', () => {
  for (const kind of SCAFFOLD_KINDS) {
    it(`a new ${kind} passes the content check with no error`, () => {
      const tree = withFile(validTree(), { collection: COLLECTION[kind], id: KEYS[kind], source: scaffold(kind, KEYS[kind]) });
      // The scaffold dates a module's review today: check it on the day it was written.
      const result = check(tree, new Date().toISOString().slice(0, 10));
      const mine = result.problems.filter((p) => p.file.endsWith(`/${KEYS[kind]}.mdx`));
      expect(mine.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    });
  }

  it('a new country has every section present and lastVerified empty', () => {
    const text = scaffold('country', 'fr');
    for (const key of ['centralAuthority:', 'otherAuthorities:', 'channels:', 'languages:', 'legalBases:', 'measures:', 'preservation:', 'urgent:', 'requirements:', 'safeguards:', 'timelines:', 'templates:', 'sources:']) {
      expect(text).toContain(`\n${key}`);
    }
    expect(text).toMatch(/\nlastVerified: null/);
    const result = check(withFile(validTree(), { collection: 'countries', id: 'fr', source: text }));
    expect(result.problems.some((p) => p.file.endsWith('/fr.mdx') && p.rule === 'staleness' && /not been verified/.test(p.message))).toBe(true);
  });

  it.each([
    ['country', 'xx', /not an assigned ISO 3166-1 alpha-2 code/],
    ['country', 'FRA', /two lower-case letters/],
    ['country', 'f', /two lower-case letters/],
    ['module', 'Bad Slug', /lower-case letters, digits and single hyphens/],
    ['term', 'double--hyphen', /single hyphens/],
    ['instrument', '-leading', /single hyphens/],
  ] as const)('refuses %s key %s', (kind, key, message) => {
    expect(invalidKey(kind, key)).toMatch(message);
  });

  it('accepts good keys', () => {
    expect(invalidKey('country', 'mt')).toBeNull();
    expect(invalidKey('module', 'preserving-evidence-2')).toBeNull();
  });
});

describe('npm run new (CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlat-new-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'node'), [join(ROOT, 'scripts', 'new.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, MLAT_CONTENT_DIR: join(dir, 'content') },
    }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );

  it('writes the file, then refuses to overwrite it', async () => {
    const first = await run('country', 'mt', 'Malta');
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, 'content', 'countries', 'mt.mdx'), 'utf8')).toContain('name: "Malta"');
    const second = await run('country', 'mt');
    expect(second.code).toBe(1);
    expect(second.out).toMatch(/already exists/);
  });

  it('refuses an invalid code and an unknown kind, with a message', async () => {
    const bad = await run('country', 'zz');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/"zz" is not an assigned ISO 3166-1 alpha-2 code/);
    const kind = await run('treaty', 'x');
    expect(kind.code).toBe(1);
    expect(kind.out).toMatch(/unknown kind "treaty"/);
  });
});
