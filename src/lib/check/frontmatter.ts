/**
 * Frontmatter read the way the build reads it, or more strictly. The build (Astro's MDX
 * integration) splits a file with one regular expression and parses the YAML with js-yaml;
 * the checker splits it with the same expression, parses the YAML with `yaml` (for line
 * numbers), refuses every YAML feature that could make the two parsers disagree or blow up
 * (tags, anchors, aliases, merge keys, unquoted dates) and then parses with js-yaml too:
 * if the two results differ in any way, the file is refused. A frontmatter that has no
 * character able to open one of those features is read by js-yaml alone (the checker then
 * validates exactly what the build loads), and `yaml` reads it only when a problem needs a line.
 */
import jsYaml from 'js-yaml';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { PathSegment } from '../citations.ts';

/** @astrojs/internal-helpers `frontmatterRE`, which the MDX integration and the glob loader use. */
const BUILD_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export interface Split {
  /** The YAML text as the build extracts it (starts right after the opening ---). */
  raw: string;
  /** The MDX source the build compiles: the file with its frontmatter blanked out, so offsets and lines stay those of the file. */
  content: string;
}

export interface Located {
  line: number;
  message: string;
  expected?: string;
  field?: string;
}

/** Every character but CR and LF replaced by a space (as /[^\r\n]/g would). */
export function blank(text: string): string {
  const parts = text.split(/([\r\n])/);
  for (let i = 0; i < parts.length; i += 2) parts[i] = ' '.repeat(parts[i]!.length);
  return parts.join('');
}

/** The build's split of a file into frontmatter and MDX source; null when the build sees no frontmatter. */
export function splitLikeBuild(code: string): (Split & { open: string; close: string; end: number }) | null {
  const match = BUILD_FRONTMATTER.exec(code);
  if (!match) return null;
  const raw = match[1]!;
  const end = match.index + match[0].length;
  const open = code.slice(end - raw.length - 6, end - raw.length - 3);
  const close = code.slice(end - 3, end);
  const delims = open;
  // Same result as parseFrontmatter(code, { frontmatter: 'empty-with-spaces' }), which replaces the first
  // occurrence of the delimited text by spaces (keeping line breaks); spliced by hand, as one flat string.
  const needle = `${delims}${raw}${delims}`;
  const at = code.indexOf(needle);
  const content = at < 0 ? code : `${code.slice(0, at)}   ${blank(raw)}   ${code.slice(at + needle.length)}`;
  return { raw, content, open, close, end };
}

/** The split, accepted only in its plain form: --- on the first line, --- alone on the closing line. */
export function splitFrontmatter(code: string): Split | { problem: Located } {
  if (!/^---\r?\n/.test(code)) {
    return { problem: { line: 1, message: 'expected frontmatter between --- lines at the top of the file', expected: 'the first line to be exactly ---' } };
  }
  const split = splitLikeBuild(code);
  if (!split) return { problem: { line: 1, message: 'the frontmatter has no closing --- line', expected: 'a line with only --- after the fields' } };
  const closingLine = split.raw.split('\n').length;
  if (split.open !== '---' || split.close !== '---') {
    return { problem: { line: closingLine, message: 'frontmatter delimiters must both be ---', expected: '--- on the first line and --- on the closing line' } };
  }
  const after = code.slice(split.end);
  if (!(after === '' || after.startsWith('\n') || after.startsWith('\r\n'))) {
    return {
      problem: {
        line: closingLine,
        message: `the line that closes the frontmatter must be exactly --- (found ${JSON.stringify(`---${after.split(/\r?\n/)[0]}`)})`,
        expected: 'a line with only ---',
      },
    };
  }
  return { raw: split.raw, content: split.content };
}

export interface ParsedFrontmatter {
  data: unknown;
  /** 1 when only the build's parser read the text (see ParseOptions.fast), 2 when both did. */
  parsers?: 1 | 2;
  lineOf(path: PathSegment[]): number;
  problems: Located[];
}

const describePath = (path: PathSegment[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');

/** First path at which two plain JSON-like values differ, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path: PathSegment[] = []): PathSegment[] | null {
  if (Object.is(a, b)) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return path;
  if (Array.isArray(a) !== Array.isArray(b)) return path;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return path;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], bb[i], [...path, i]);
      if (d) return d;
    }
    return null;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) {
    if (!(k in ao) || !(k in bo)) return [...path, k];
    const d = firstDifference(ao[k], bo[k], [...path, k]);
    if (d) return d;
  }
  return null;
}

function findDate(value: unknown, path: PathSegment[] = []): PathSegment[] | null {
  if (value instanceof Date) return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const d = findDate(value[i], [...path, i]);
      if (d) return d;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const d = findDate(v, [...path, k]);
      if (d) return d;
    }
  }
  return null;
}

/** The `yaml` library's reading of `raw`, with file lines for every path. */
function yamlDocument(raw: string) {
  const lineCounter = new LineCounter();
  // No timestamp tag and no aliases resolved: dates stay text, and nothing can expand.
  const doc = parseDocument(raw, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const lineOf = (path: PathSegment[]): number => {
    for (let n = path.length; n >= 1; n--) {
      let node: YamlNode | undefined;
      try {
        node = doc.getIn(path.slice(0, n), true) as YamlNode | undefined;
      } catch {
        node = undefined;
      }
      if (node && typeof node === 'object' && 'range' in node && node.range) {
        // For a key with a map or list value, point at the key's line rather than the first child.
        const start = isMap(node) || isSeq(node) ? (keyOffset(doc.contents, path.slice(0, n)) ?? node.range[0]) : node.range[0];
        return lineAt(start);
      }
    }
    return 1;
  };
  return { doc, lineAt, lineOf };
}

/** lineOf() that reads `raw` with the `yaml` library the first time a line is asked for. */
export function lazyLineOf(raw: string): (path: PathSegment[]) => number {
  let lineOf: ((path: PathSegment[]) => number) | undefined;
  return (path) => {
    try {
      lineOf ??= yamlDocument(raw).lineOf;
    } catch {
      lineOf = () => 1;
    }
    return lineOf(path);
  };
}

/**
 * What YAML needs to express a tag (!), an anchor (&), an alias (*), a merge key (<<) or a
 * directive (% at the start of a line). A tag, anchor or alias begins a node, so its
 * indicator follows the start of a line, white space, a flow indicator ([ { ,), a value or
 * key indicator (: ?) or a sequence dash; one inside a word (a URL's "?a=1&b=2") cannot
 * begin one. A frontmatter without any of these can hold none of the refused features.
 */
const RISKY = /(?:^|[\s[{,:?-])[!&*]|<<|^%/m;

export interface ParseOptions {
  /**
   * Whether a frontmatter that cannot hold a refused feature may be read by the build's
   * parser alone (default true): the checker then validates exactly the build's data, and the
   * `yaml` library reads the text only when a line number is needed. Otherwise, and whenever
   * the build's parser fails, the value is not a map or it holds an unquoted date, both
   * parsers read it as below.
   */
  fast?: boolean;
}

/**
 * Parses the frontmatter text `raw` (as splitFrontmatter returns it). Lines are file lines:
 * `raw` starts on the line of the opening ---.
 */
export function parseFrontmatter(raw: string, options: ParseOptions = {}): ParsedFrontmatter {
  if (options.fast !== false && !RISKY.test(raw)) {
    let built: unknown;
    try {
      built = jsYaml.load(raw) ?? {};
    } catch {
      built = undefined;
    }
    if (built && typeof built === 'object' && !Array.isArray(built) && !findDate(built)) return { data: built, lineOf: lazyLineOf(raw), problems: [], parsers: 1 };
  }
  const problems: Located[] = [];
  const { doc, lineAt, lineOf } = yamlDocument(raw);
  if (doc.errors.length > 0) {
    for (const err of doc.errors.slice(0, 5)) problems.push({ line: lineAt(err.pos[0]), message: `YAML syntax error: ${err.message.split('\n')[0]}` });
    return { data: {}, lineOf, problems };
  }
  visit(doc, {
    Alias(_key, node) {
      problems.push({ line: lineAt(node.range?.[0] ?? 0), message: `YAML alias *${node.source} is not allowed`, expected: 'the value written out in full (anchors and aliases are refused)' });
    },
    Node(_key, node) {
      if (node.anchor) problems.push({ line: lineAt(node.range?.[0] ?? 0), message: `YAML anchor &${node.anchor} is not allowed`, expected: 'the value written out where it is used' });
      if (node.tag) problems.push({ line: lineAt(node.range?.[0] ?? 0), message: `YAML tag ${JSON.stringify(node.tag)} is not allowed`, expected: 'a plain value without a ! tag' });
    },
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.value === '<<') {
        problems.push({ line: lineAt(pair.key.range?.[0] ?? 0), message: 'YAML merge key << is not allowed', expected: 'the fields written out' });
      }
    },
  });
  if (problems.length > 0) return { data: {}, lineOf, problems };
  let data: unknown;
  try {
    // Aliases were refused above, so nothing can expand here.
    data = doc.toJS({ maxAliasCount: 0 }) ?? {};
  } catch (err) {
    return { data: {}, lineOf, problems: [{ line: 1, message: `could not read the frontmatter: ${(err as Error).message.split('\n')[0]}` }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { data: {}, lineOf, problems: [{ line: 2, message: 'the frontmatter must be a list of fields (key: value)', expected: 'fields such as code: ie' }] };
  }
  // The build's reading of the same text must be identical.
  let built: unknown;
  try {
    built = jsYaml.load(raw) ?? {};
  } catch (err) {
    const e = err as { reason?: string; message: string; mark?: { line: number } };
    return { data: {}, lineOf, problems: [{ line: (e.mark?.line ?? 0) + 1, message: `the build cannot read this YAML: ${e.reason ?? e.message.split('\n')[0]}` }] };
  }
  const datePath = findDate(built);
  if (datePath) {
    return {
      data: {},
      lineOf,
      problems: [{ line: lineOf(datePath), field: describePath(datePath), message: 'unquoted date', expected: 'the date in quotes, e.g. "2026-12-01" (the build turns unquoted dates into timestamps)' }],
    };
  }
  const diff = firstDifference(data, built);
  if (diff) {
    return {
      data: {},
      lineOf,
      problems: [
        {
          line: lineOf(diff),
          field: describePath(diff) || '(frontmatter)',
          message: 'the build reads this value differently from the checker',
          expected: 'plain YAML: quote the value if it holds special characters',
        },
      ],
    };
  }
  return { data, lineOf, problems, parsers: 2 };
}

function keyOffset(contents: unknown, path: PathSegment[]): number | undefined {
  if (path.length === 0) return undefined;
  let node: unknown = contents;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === seg);
      if (!pair) return undefined;
      if (i === path.length - 1) return (pair.key as { range?: [number, number, number] }).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
    } else return undefined;
  }
  return undefined;
}
