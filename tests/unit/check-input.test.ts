/**
 * The checker reads content as the build reads it, or more strictly: the same files, the
 * same frontmatter split, the same YAML result, the same MDX parser. Every file it cannot
 * read that way is a located problem, never a crash and never a silent pass.
 */
import { parseFrontmatter as astroParseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { contentGuard } from '../../src/integrations/content-guard.ts';
import { decodeContent, MAX_FILE_BYTES } from '../../src/lib/check/decode.ts';
import { listContentFiles, nameProblem } from '../../src/lib/check/files.ts';
import { firstDifference, parseFrontmatter, splitFrontmatter, splitLikeBuild } from '../../src/lib/check/frontmatter.ts';
import { parseContentFile } from '../../src/lib/check/load.ts';
import { isCommentOnly } from '../../src/lib/check/mdx.ts';
import { formatProblem } from '../../src/lib/check/report.ts';
import { earliestDay, futureDates } from '../../src/lib/check/rules/future-dates.ts';
import { invisibleCharacters } from '../../src/lib/check/rules/invisible-characters.ts';
import { checkLinkUrl, checkResourceUrl, isDangerousUrl, srcsetUrls } from '../../src/lib/check/urls.ts';
import { check, countryWith, fixture, validTree, withFile } from '../helpers/fixtures.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const problemsOf = (source: string | Uint8Array) => parseContentFile('countries', 'content/countries/is.mdx', source).parseError ?? [];

describe('decoding', () => {
  it.each([
    ['an empty file', bytes(), /file is empty/],
    ['a byte-order mark', utf8('\uFEFF---\ncode: is\n---\n'), /byte-order mark/],
    ['invalid UTF-8 (a Latin-1 é)', bytes(...utf8('---\nname: Caf'), 0xe9, ...utf8('\n---\n')), /not valid UTF-8/],
    ['a NUL byte', utf8('---\nname: x\u0000\n---\n'), /NUL character/],
    ['CR-only line endings', utf8('---\rcode: is\r---\r'), /CR-only line endings/],
    ['white space only', utf8('  \n\n '), /only white space/],
  ])('refuses %s with a message that names the cause', (_what, input, message) => {
    const decoded = decodeContent(input);
    expect('problem' in decoded && decoded.problem.message).toMatch(message);
  });

  it('names the line of the first invalid byte', () => {
    const decoded = decodeContent(bytes(...utf8('---\ncode: is\nname: Caf'), 0xe9, ...utf8('\n---\n')));
    expect('problem' in decoded && decoded.problem.line).toBe(3);
  });

  it('refuses a file larger than an entry may be without reading it', () => {
    const decoded = decodeContent(new Uint8Array(MAX_FILE_BYTES + 1));
    expect('problem' in decoded && decoded.problem.message).toMatch(/larger than/);
  });

  it('accepts UTF-8 text with CRLF line endings and non-Latin scripts', () => {
    expect(decodeContent(utf8('---\r\nname: Україна ☕ 中国\r\n---\r\n'))).toEqual({ text: '---\r\nname: Україна ☕ 中国\r\n---\r\n' });
  });
});

describe('the frontmatter split is the build’s split', () => {
  const cases = [
    '---\ncode: is\n---\nbody\n',
    '---\r\ncode: is\r\n---\r\nbody\r\n',
    '---\na: 1\n---x\nimport a from "b"\n---\n',
    '\n\n---\na: 1\n---\nbody',
    '+++\na = 1\n+++\nbody',
    '---\na: "x---"\n---\n---\nmore',
    '---\na: |\n  line\n  ---\n---\nbody',
    'no frontmatter at all',
    '---\n---\n',
  ];
  it.each(cases)('blanks exactly what Astro blanks: %j', (code) => {
    const ours = splitLikeBuild(code);
    const theirs = astroParseFrontmatter(code, { frontmatter: 'empty-with-spaces' });
    if (ours) expect(ours.content).toBe(theirs.content);
    else expect(theirs.rawFrontmatter).toBe('');
  });

  it.each([
    ['no --- on the first line', '\n---\ncode: is\n---\n', /first line to be exactly ---/],
    ['TOML frontmatter', '+++\ncode = "is"\n+++\n', /first line to be exactly ---/],
    ['a closing line with more than ---', '---\ncode: is\n---x\nimport a from "b"\n---\n', /must be exactly ---/],
    ['no closing ---', '---\ncode: is\n', /no closing ---/],
  ])('refuses %s', (_what, code, message) => {
    const split = splitFrontmatter(code);
    expect('problem' in split && split.problem.message + (split.problem.expected ?? '')).toMatch(message);
  });

  it('keeps the body’s lines where they are in the file', () => {
    const split = splitFrontmatter('---\ncode: is\nname: x\n---\n\nline six\n');
    expect('content' in split && split.content.split('\n')[5]).toBe('line six');
  });
});

describe('YAML is read as the build reads it, or refused', () => {
  const read = (yaml: string) => parseFrontmatter(`\n${yaml}`);
  it.each([
    ['a js-yaml function tag', 'code: !!js/function "function () { return 1 }"', /YAML tag "tag:yaml.org,2002:js\/function" is not allowed/],
    ['a verbatim tag', 'code: !<tag:yaml.org,2002:str> is', /YAML tag .* is not allowed/],
    ['a local tag', 'code: !custom is', /YAML tag .* is not allowed/],
    ['an anchor', 'aliases: &a [x]\nnames: *a', /YAML (anchor &a|alias \*a) is not allowed/],
    ['a merge key', 'base: {a: 1}\n<<: {b: 2}', /merge key << is not allowed/],
    ['an unquoted date', 'lastVerified: 2026-11-27', /unquoted date/],
    ['an impossible unquoted date', 'lastVerified: 2026-13-01', /unquoted date|the build/],
    ['a duplicate key', 'code: is\ncode: mt', /YAML syntax error/],
    ['a syntax error', 'name: "open', /YAML syntax error/],
    ['a list at the top', '- a\n- b', /must be a list of fields/],
  ])('%s', (_what, yaml, message) => {
    const { problems } = read(yaml);
    expect(problems.map((p) => `${p.message} ${p.expected ?? ''}`).join('\n')).toMatch(message);
  });

  it('survives an alias bomb without expanding it, naming the line', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
    const started = Date.now();
    const { problems } = read(bomb);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(problems[0]!.message).toMatch(/anchor|alias/);
    expect(problems[0]!.line).toBe(2);
  });

  it('accepts plain YAML and gives line numbers of the file', () => {
    const parsed = read('code: is\nname: "Fixtureland"\naliases: [a, b]');
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toEqual({ code: 'is', name: 'Fixtureland', aliases: ['a', 'b'] });
    expect(parsed.lineOf(['aliases', 1])).toBe(4);
  });

  it('compares deeply and names the first difference', () => {
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBeNull();
    expect(firstDifference({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toEqual(['a', 1, 'b']);
    expect(firstDifference({ a: 1 }, { a: 1, c: 2 })).toEqual(['c']);
    expect(firstDifference([1], [1, 2])).toEqual([]);
  });
});

describe('the one list of content files', () => {
  const tree = () => {
    const root = mkdtempSync(join(tmpdir(), 'mlat-listing-'));
    temps.push(root);
    for (const dir of ['countries', 'instruments', 'modules', 'glossary']) mkdirSync(join(root, 'content', dir), { recursive: true });
    writeFileSync(join(root, 'content', 'countries', 'is.mdx'), fixture('content/countries/is.mdx'));
    return root;
  };
  it('lists entries and names everything else in a collection folder', () => {
    const root = tree();
    const c = (name: string) => join(root, 'content', 'countries', name);
    writeFileSync(c('_lu.mdx'), '---\ncode: lu\n---\n');
    writeFileSync(c('.hidden.mdx'), '---\n---\n');
    writeFileSync(c('Notes.mdx'), '---\n---\n');
    writeFileSync(c('readme.md'), 'x');
    mkdirSync(c('drafts'));
    symlinkSync('is.mdx', c('ie.mdx'));
    symlinkSync('/does/not/exist', c('xx.mdx'));
    writeFileSync(join(root, 'content', 'stray.mdx'), 'x');
    const { files, problems } = listContentFiles(root);
    expect(files.map((f) => f.file)).toEqual(['content/countries/is.mdx']);
    const lines = problems.map(formatProblem).join('\n');
    expect(lines).toMatch(/content\/countries\/_lu\.mdx:1 file name "_lu\.mdx" starts with "_"/);
    expect(lines).toMatch(/content\/countries\/\.hidden\.mdx:1 hidden file/);
    expect(lines).toMatch(/content\/countries\/Notes\.mdx:1 file name "Notes\.mdx" is not an entry key/);
    expect(lines).toMatch(/content\/countries\/readme\.md:1 "readme\.md" is not a \.mdx file/);
    expect(lines).toMatch(/content\/countries\/drafts:1 folder inside content\/countries\//);
    expect(lines).toMatch(/content\/countries\/ie\.mdx:1 symbolic link \(points to "is\.mdx"\)/);
    expect(lines).toMatch(/content\/countries\/xx\.mdx:1 symbolic link \(points to "\/does\/not\/exist"\)/);
    expect(lines).toMatch(/content\/stray\.mdx:1 "stray\.mdx" is not a collection folder/);
    expect(problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('accepts exactly the entry names the loaders load', () => {
    expect(nameProblem('ie.mdx', '.mdx')).toBeNull();
    expect(nameProblem('mlat-au-us.mdx', '.mdx')).toBeNull();
    for (const bad of ['_ie.mdx', '.ie.mdx', 'IE.mdx', 'ie.md', 'ie .mdx', 'ie--x.mdx', '-ie.mdx', 'ie.mdx.bak']) expect(nameProblem(bad, '.mdx'), bad).not.toBeNull();
  });
});

describe('the MDX parser is the build’s compiler', () => {
  it('is the very copy of Sätteri that Astro’s MDX pipeline loads', () => {
    const fromPipeline = createRequire(createRequire(import.meta.url).resolve('@astrojs/markdown-satteri')).resolve('satteri');
    expect(createRequire(import.meta.url).resolve('satteri')).toBe(fromPipeline);
  });

  it('tells comments from code in braces', () => {
    expect(isCommentOnly('/* a note */')).toBe(true);
    expect(isCommentOnly('  /* a */  ')).toBe(true);
    expect(isCommentOnly('/* a */ alert(1) /* b */')).toBe(false);
    expect(isCommentOnly('// a')).toBe(false);
    expect(isCommentOnly('1 + 1')).toBe(false);
  });

  it.each([
    ['import', 'import fs from "node:fs"\n\ntext'],
    ['export', 'export const x = 1\n\ntext'],
    ['an expression', 'text {process.exit(1)}'],
    ['an attribute expression', '<a href={x}>y</a>'],
    ['a spread attribute', '<a {...x}>y</a>'],
  ])('the build’s guard refuses %s even if the checker missed it', async (_what, source) => {
    await expect(Promise.resolve().then(() => mdxToJs(source, { mdastPlugins: [contentGuard] }))).rejects.toThrow(/MLAT content guard/);
  });

  it('the guard lets ordinary content and comments through', async () => {
    await expect(Promise.resolve().then(() => mdxToJs('# Title\n\nText {/* note */} <a href="/x/">link</a>', { mdastPlugins: [contentGuard] }))).resolves.toBeDefined();
  });
});

describe('URLs', () => {
  it.each([
    ['javascript:alert(1)'],
    ['  JaVaScRiPt:alert(1)'],
    ['java\tscript:alert(1)'],
    ['jav&#x61;script:alert(1)'],
    ['javascript&colon;alert(1)'],
    ['data:text/html,x'],
    ['vbscript:x'],
  ])('%j is a script URL', (url) => {
    expect(isDangerousUrl(url)).toBe(true);
    expect(checkLinkUrl(url).ok).toBe(false);
  });

  it.each([['https://example.org/'], ['/countries/ie/'], ['#sources'], ['mailto:mla@example.org'], ['../x/']])('%j is a fine link', (url) => {
    expect(checkLinkUrl(url)).toEqual({ ok: true });
  });

  it.each([['https://gov.ie@evil.example/x'], ['https://user:pass@example.org/']])('%j hides its host behind a user name', (url) => {
    expect(checkLinkUrl(url)).toMatchObject({ ok: false, message: expect.stringMatching(/user name or password/) });
  });

  it.each([['//evil.example/p.png'], ['/\\evil.example/p.png'], ['/\t/evil.example/p.png'], ['https:evil.example/p.png'], ['http://evil.example/p.png'], ['https://a@site.invalid/p.png']])(
    'the image %j loads from another site',
    (url) => {
      expect(checkResourceUrl(url).ok).toBe(false);
    },
  );

  it.each([['/map.png'], ['map.png'], ['../img/x.png']])('the image %j stays on the site', (url) => {
    expect(checkResourceUrl(url)).toEqual({ ok: true });
  });

  it('splits srcset into its candidates, commas inside URLs included', () => {
    expect(srcsetUrls('/a.png 1x, https://evil.example/b.png 2x')).toEqual(['/a.png', 'https://evil.example/b.png']);
    expect(srcsetUrls('/a.png?x=1,https://evil.example/b.png 2x')).toEqual(['/a.png?x=1', 'https://evil.example/b.png']);
  });

  it('the schema refuses a source URL with a user name', () => {
    const problems = check(withFile(validTree(), countryWith('url: https://', 'url: https://gov.ie@'))).problems.filter((p) => p.rule === 'schema');
    expect(problems.map(formatProblem).join('\n')).toMatch(/sources\[\d\]\.url: .*without a user name or password/);
  });
});

describe('dates and characters', () => {
  it('a partial date counts from its first day', () => {
    expect(earliestDay('2026')).toBe('2026-01-01');
    expect(earliestDay('2026-12')).toBe('2026-12-01');
    expect(futureDates({ date: '2026-12' }, '2026-12-01')).toEqual([]);
    expect(futureDates({ date: '2026-12-02' }, '2026-12-01')).toEqual([{ path: ['date'], value: '2026-12-02' }]);
    expect(futureDates({ date: '2026-12-01' }, '2026-12-01')).toEqual([]);
  });

  it('a treaty may enter into force, or apply, in the future; it cannot be signed there', () => {
    const data = { inForce: '2030-01-01', appliesFrom: '2030-01-01', parties: [{ signed: '2030-01-01', inForce: '2031-01-01' }] };
    expect(futureDates(data, '2026-12-01')).toEqual([{ path: ['parties', 0, 'signed'], value: '2030-01-01' }]);
  });

  it('finds bidirectional controls and zero-width spaces, but allows the joiners scripts need', () => {
    expect(invisibleCharacters('a\u202Eb\nc\u2066d\u200Be').map((f) => [f.line, f.char])).toEqual([
      [1, '\u202E'],
      [2, '\u2066'],
      [2, '\u200B'],
    ]);
    expect(invisibleCharacters('می\u200Cخواهم क्\u200Dष')).toEqual([]);
  });
});

describe('a file the checker cannot read is refused with its reason, never a crash', () => {
  it('the problems name the file and line', () => {
    expect(problemsOf('---\ncode: !!js/function "x"\n---\n')[0]).toMatchObject({ line: 2, message: expect.stringMatching(/YAML tag/) });
    expect(problemsOf(bytes())[0]!.message).toMatch(/empty/);
  });

  it('the whole tree check reports them as frontmatter errors', () => {
    const tree = withFile(validTree(), { collection: 'countries', id: 'is', source: '---\ncode: is\nlastVerified: 2026-01-01\n---\n' });
    const lines = check(tree).problems.filter((p) => p.rule === 'frontmatter').map(formatProblem);
    expect(lines).toEqual([expect.stringMatching(/^content\/countries\/is\.mdx:3 lastVerified: unquoted date/)]);
  });
});
