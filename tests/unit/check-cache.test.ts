/**
 * The checker's content-hash cache (src/lib/check/cache.ts): a cached run reports exactly
 * what an uncached run reports, for every golden scenario and the valid tree, cold and warm;
 * what it keys on, what it refuses to keep, and what it does with a damaged cache file.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheEnabled, fileKey, jsonExact, openCache } from '../../src/lib/check/cache.ts';
import { blank } from '../../src/lib/check/frontmatter.ts';
import { checkContent, checkFiles } from '../../src/lib/check/index.ts';
import { parseContentFile } from '../../src/lib/check/load.ts';
import { parseFrontmatter, splitFrontmatter } from '../../src/lib/check/frontmatter.ts';
import { TODAY, fixture, validTree, type TreeFile } from '../helpers/fixtures.ts';
import { SCENARIOS } from '../helpers/golden-scenarios.ts';

const DIRS = { countries: 'countries', instruments: 'instruments', modules: 'modules', glossary: 'glossary', groups: 'groups' } as const;
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function writeTree(tree: TreeFile[]): string {
  const root = mkdtempSync(join(tmpdir(), 'mlat-cache-'));
  roots.push(root);
  for (const f of tree) {
    mkdirSync(join(root, 'content', DIRS[f.collection]), { recursive: true });
    writeFileSync(join(root, 'content', DIRS[f.collection], `${f.id}.mdx`), f.source);
  }
  return root;
}

const run = (root: string, cache: boolean) => checkContent({ root, today: TODAY, cache });

describe('a cached check reports exactly what an uncached one does', () => {
  const cases: [string, TreeFile[]][] = [['the valid tree', validTree()], ...Object.entries(SCENARIOS)];
  it.each(cases)('%s', (_name, tree) => {
    const root = writeTree(tree);
    const plain = run(root, false);
    const cold = run(root, true);
    const warm = run(root, true);
    expect(cold.problems).toEqual(plain.problems);
    expect(warm.problems).toEqual(plain.problems);
    const entries = (r: typeof plain) => Object.values(r.ctx.valid).flatMap((list) => list.map((e: { file: { file: string }; data: unknown }) => [e.file.file, e.data]));
    expect(entries(warm)).toEqual(entries(plain));
    expect(plain.cache).toBeUndefined();
    expect(cold.cache?.hits).toBe(0);
    // Every file read without a parse error comes from the cache the second time.
    const readable = plain.ctx.files.filter((f) => !f.parseError).length;
    expect(readable).toBeGreaterThan(0);
    expect(warm.cache).toEqual({ hits: readable, misses: plain.ctx.files.length - readable });
  });
});

describe('what the cache keys on and keeps', () => {
  it('a changed file is read again; the others come from the cache', () => {
    const tree = validTree();
    const root = writeTree(tree);
    run(root, true);
    const path = join(root, 'content', 'countries', 'is.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('name: Fixtureland', 'name: Fixtureland Changed'));
    const again = run(root, true);
    expect(again.cache).toEqual({ hits: tree.length - 1, misses: 1 });
    expect(again.ctx.valid.countries.find((c) => c.file.id === 'is')?.data.name).toBe('Fixtureland Changed');
  });

  it('a file that turns bad after being cached is reported, not served from the cache', () => {
    const root = writeTree(validTree());
    expect(run(root, true).errors).toBe(0);
    const path = join(root, 'content', 'countries', 'is.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('name: Fixtureland', 'name: [unclosed'));
    const again = run(root, true);
    expect(again.problems.filter((p) => p.file === 'content/countries/is.mdx' && p.severity === 'error').length).toBeGreaterThan(0);
    expect(again.problems).toEqual(run(root, false).problems);
  });

  it('the key covers collection, path and text', () => {
    const k = fileKey('countries', 'content/countries/is.mdx', 'text');
    expect(fileKey('countries', 'content/countries/is.mdx', 'text')).toBe(k);
    expect(fileKey('instruments', 'content/countries/is.mdx', 'text')).not.toBe(k);
    expect(fileKey('countries', 'content/countries/it.mdx', 'text')).not.toBe(k);
    expect(fileKey('countries', 'content/countries/is.mdx', 'text ')).not.toBe(k);
  });

  it('a cache written by other code (another fingerprint) is discarded', () => {
    const root = writeTree(validTree());
    run(root, true);
    const dir = join(root, 'node_modules', '.cache', 'mlat-check');
    const [name] = readdirSync(dir);
    const stored = JSON.parse(readFileSync(join(dir, name!), 'utf8')) as { fingerprint: string };
    writeFileSync(join(dir, name!), JSON.stringify({ ...stored, fingerprint: 'other code' }));
    expect(run(root, true).cache?.hits).toBe(0);
    expect(run(root, true).cache?.hits).toBeGreaterThan(0);
  });

  it('a damaged or hand-edited cache file is ignored', () => {
    const root = writeTree(validTree());
    run(root, true);
    const dir = join(root, 'node_modules', '.cache', 'mlat-check');
    const [name] = readdirSync(dir);
    for (const junk of ['{not json', 'null', '[]', '{"fingerprint":1}']) {
      writeFileSync(join(dir, name!), junk);
      const r = run(root, true);
      expect(r.cache?.hits).toBe(0);
      expect(r.problems).toEqual(run(root, false).problems);
    }
  });

  it('keeps only records that read back from JSON exactly, and only the files of the last run', () => {
    expect(jsonExact({ a: [1, 'x', null, { b: true }] })).toBe(true);
    expect(jsonExact({ a: undefined })).toBe(false);
    expect(jsonExact({ d: new Date(0) })).toBe(false);
    expect(jsonExact({ n: Number.NaN })).toBe(false);
    expect(jsonExact({ big: 10n })).toBe(false);
    const root = mkdtempSync(join(tmpdir(), 'mlat-cache-'));
    roots.push(root);
    const cache = openCache(root, join(root, 'content'))!;
    const record = (data: unknown) => ({ data, lines: {}, validation: { problems: [] }, mdx: { error: { line: 1, message: 'x' } } });
    cache.put('exact', record({ a: 1 }));
    cache.put('inexact', record({ a: undefined }));
    cache.save();
    const reopened = openCache(root, join(root, 'content'))!;
    expect(reopened.get('exact')).toEqual(record({ a: 1 }));
    expect(reopened.get('inexact')).toBeUndefined();
    reopened.save();
    expect(openCache(root, join(root, 'content'))!.get('exact')).toEqual(record({ a: 1 }));
    // A run that did not read "exact" drops it.
    const third = openCache(root, join(root, 'content'))!;
    third.put('other', record({ b: 2 }));
    third.save();
    expect(openCache(root, join(root, 'content'))!.get('exact')).toBeUndefined();
  });

  it('is on unless MLAT_CHECK_CACHE=0', () => {
    expect(cacheEnabled({})).toBe(true);
    expect(cacheEnabled({ MLAT_CHECK_CACHE: '1' })).toBe(true);
    expect(cacheEnabled({ MLAT_CHECK_CACHE: '0' })).toBe(false);
  });
});

/** Every path present in a frontmatter value, with a missing child of each. */
function paths(data: unknown): (string | number)[][] {
  const out: (string | number)[][] = [[], ['nope', 'deeper']];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (path.length > 0) out.push(path, [...path, 'missing'], [...path, 99]);
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(data, []);
  return out;
}

describe('the build parser alone reads what both parsers read, with the same lines', () => {
  const real = ['countries', 'instruments', 'glossary', 'modules', 'groups'].flatMap((dir) =>
    readdirSync(join('content', dir)).map((name) => ({ file: `content/${dir}/${name}`, source: readFileSync(join('content', dir, name), 'utf8') })),
  );
  const files = [{ file: 'tests/fixtures/content/countries/is.mdx', source: fixture('content/countries/is.mdx') }, ...real];

  it('for the fixture and every real content file: same data, same line for every path', () => {
    expect(real.length).toBeGreaterThan(400);
    let fast = 0;
    for (const { file, source } of files) {
      const split = splitFrontmatter(source);
      if ('problem' in split) throw new Error(`${file} has no frontmatter`);
      const both = parseFrontmatter(split.raw, { fast: false });
      const one = parseFrontmatter(split.raw);
      expect(one.problems, file).toEqual(both.problems);
      expect(one.data, file).toEqual(both.data);
      expect(both.parsers, file).toBe(2);
      if (one.parsers === 1) fast++;
      for (const path of paths(both.data)) expect(one.lineOf(path), `${file} ${JSON.stringify(path)}`).toBe(both.lineOf(path));
    }
    // Most files hold no tag, anchor or alias character and take the one-parser reading.
    expect(fast).toBeGreaterThan(files.length / 2);
  });

  it('a frontmatter with a character that could open a refused feature is read by both parsers', () => {
    const risky = [
      '\ntitle: A & B\n',
      '\ntitle: note *\n',
      '\ntitle: hello !\n',
      '\n<<: {a: 1}\n',
      '\n%YAML 1.2\n---\ntitle: x\n',
      '\na: &x 1\nb: *x\n',
      '\na: !!str 1\n',
      '\nm: {"a":&x 1, "b":*x}\n',
      '\nl: [&x 1,*x]\n',
      '\n- &x a\n',
      '\n? &k a\n: 1\n',
      '\na:\t&x 1\n',
    ];
    for (const raw of risky) {
      const one = parseFrontmatter(raw);
      expect(one.parsers, raw).not.toBe(1);
      expect(one, raw).toEqual({ ...parseFrontmatter(raw, { fast: false }), lineOf: one.lineOf });
    }
    // Inside a word the same characters begin nothing: the build's parser reads the text alone.
    const url = parseFrontmatter('\nurl: https://example.org/?a=1&b=2*3!\n');
    expect(url.parsers).toBe(1);
    expect(url.data).toEqual({ url: 'https://example.org/?a=1&b=2*3!' });
    expect(parseFrontmatter('\nd: 2026-01-01\n').problems[0]?.message).toBe('unquoted date');
    expect(parseFrontmatter('\n- a\n').problems[0]?.message).toMatch(/list of fields/);
    expect(parseFrontmatter('\na: 1\na: 2\n').problems[0]?.message).toMatch(/YAML syntax error/);
  });

  it('a file read from the cache gives the same lines as one parsed', () => {
    const source = fixture('content/countries/is.mdx');
    const fresh = parseContentFile('countries', 'content/countries/is.mdx', source);
    const cached = parseContentFile('countries', 'content/countries/is.mdx', source, {
      get: () => ({ data: fresh.data, validation: { problems: [] }, mdx: { error: { line: 1, message: 'x' } } }),
      pending: [],
    });
    expect(cached.data).toEqual(fresh.data);
    expect(cached.body).toBe(fresh.body);
    for (const path of paths(fresh.data)) expect(cached.lineOf(path), JSON.stringify(path)).toBe(fresh.lineOf(path));
  });
});

describe('rules only read the content they check', () => {
  it('no rule changes the parsed frontmatter (a cached record is handed to every later run)', () => {
    const deepFreeze = (v: unknown): unknown => {
      if (v && typeof v === 'object') {
        Object.values(v).forEach(deepFreeze);
        Object.freeze(v);
      }
      return v;
    };
    const files = validTree().map((f) => parseContentFile(f.collection, `content/${DIRS[f.collection]}/${f.id}.mdx`, f.source));
    const plain = checkFiles(validTree().map((f) => parseContentFile(f.collection, `content/${DIRS[f.collection]}/${f.id}.mdx`, f.source)), TODAY);
    for (const f of files) deepFreeze(f.data);
    // A rule that wrote into frozen data would throw, and the checker would report that it could not finish.
    expect(checkFiles(files, TODAY).problems).toEqual(plain.problems);
  });
});

describe('blanking the frontmatter', () => {
  it('replaces every character but CR and LF by a space, as the regular expression does', () => {
    for (const text of ['', 'a', '\n', 'ab\ncd\r\nef', '\r\r\n\n', 'é😀\nx', 'key: "v"\n  - y\n', '\n\nend']) {
      expect(blank(text)).toBe(text.replace(/[^\r\n]/g, ' '));
    }
  });
});
