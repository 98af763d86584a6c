/**
 * The field reference in CONTRIBUTING.md is checked against the schemas, so the two cannot
 * drift: each example block parses with its schema, names every top-level field, mentions
 * every nested field, and every "a | b | c" list in its comments is exactly the schema's
 * enum for that key. The scaffold writes its lists from the same enums.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { scaffold } from '../../scripts/new/scaffold.ts';
import { country } from '../../src/lib/schema/country.ts';
import { group } from '../../src/lib/schema/group.ts';
import { instrument } from '../../src/lib/schema/instrument.ts';
import { ROOT } from '../helpers/dist.ts';

const CONTRIBUTING = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');

/** The first ```yaml block after a heading. */
function yamlBlock(heading: string): string {
  const at = CONTRIBUTING.indexOf(`\n${heading}\n`);
  if (at < 0) throw new Error(`CONTRIBUTING.md has no heading "${heading}"`);
  const match = /```yaml\n([\s\S]*?)```/.exec(CONTRIBUTING.slice(at));
  if (!match) throw new Error(`no yaml block under "${heading}"`);
  return match[1]!;
}

interface SchemaField {
  path: string;
  key: string;
  enum: Set<string>;
}

/** Every property path of a schema (arrays as "[]", records as "*"), with the union of its enum values. */
function schemaFields(schema: z.ZodType): Map<string, SchemaField> {
  const out = new Map<string, SchemaField>();
  const add = (path: string, key: string, values: unknown[] | undefined) => {
    const field = out.get(path) ?? { path, key, enum: new Set<string>() };
    for (const v of values ?? []) field.enum.add(String(v));
    out.set(path, field);
  };
  const walk = (node: Record<string, unknown> | undefined, path: string, key: string) => {
    if (!node || typeof node !== 'object') return;
    if (path) add(path, key, (node['enum'] as unknown[] | undefined) ?? ('const' in node ? [node['const']] : undefined));
    for (const k of ['anyOf', 'oneOf', 'allOf']) for (const x of (node[k] as Record<string, unknown>[] | undefined) ?? []) walk(x, path, key);
    if (node['items']) walk(node['items'] as Record<string, unknown>, `${path}[]`, key);
    for (const [k, v] of Object.entries((node['properties'] as Record<string, Record<string, unknown>> | undefined) ?? {})) walk(v, path ? `${path}.${k}` : k, k);
    if (node['additionalProperties'] && typeof node['additionalProperties'] === 'object') walk(node['additionalProperties'] as Record<string, unknown>, `${path}.*`, key);
  };
  walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>, '', '');
  // An array's element path carries the enum of its items ("roles[]"): fold it into the array's own path.
  for (const [path, field] of out) if (path.endsWith('[]') && field.enum.size) for (const v of field.enum) out.get(path.slice(0, -2))?.enum.add(v);
  return out;
}

/** Property paths present in an example value, in the same notation. */
function examplePaths(value: unknown, path = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) examplePaths(v, `${path}[]`, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      out.add(p);
      examplePaths(v, p, out);
    }
  }
  return out;
}

/** Lines "key: … # a | b | c" (with continuation comment lines), as key → listed values. */
function commentLists(block: string): { key: string; line: number; values: string[] }[] {
  const lines = block.split('\n');
  const lists: { key: string; line: number; values: string[] }[] = [];
  lines.forEach((line, i) => {
    const m = /^\s*(?:- )?([A-Za-z0-9]+):[^#]*#\s*(.*)$/.exec(line);
    if (!m) return;
    let comment = m[2]!;
    const column = line.indexOf('#');
    for (let j = i + 1; j < lines.length && lines[j]!.indexOf('#') === column && /^\s*#/.test(lines[j]!); j++) comment += ` ${lines[j]!.trim().slice(1)}`;
    if (!comment.includes(' | ')) return;
    // "any of: a | b", "a | b (remark) | c. More text": the list is the run of "|"-separated words.
    const run = /((?:[a-z0-9-]+(?: \([^)]*\))?\s*\|\s*)+[a-z0-9-]+)/i.exec(comment.replace(/^[^:|]*:\s*(?=[a-z0-9-]+\s*\|)/i, ''));
    if (!run) return;
    lists.push({ key: m[1]!, line: i + 1, values: run[1]!.split('|').map((v) => v.replace(/\([^)]*\)/g, '').trim()) });
  });
  return lists;
}

const BLOCKS = [
  { name: 'country', heading: '## Country entries: field reference', schema: country },
  { name: 'instrument', heading: '## Instruments', schema: instrument },
  { name: 'group', heading: '## Groups of States', schema: group },
] as const;

describe.each(BLOCKS)('CONTRIBUTING.md, $name field reference', ({ heading, schema }) => {
  const block = yamlBlock(heading);
  const example = load(block) as Record<string, unknown>;
  const fields = schemaFields(schema);
  const present = examplePaths(example);

  it('is a valid entry for its schema (no misspelt or outdated key)', () => {
    const result = schema.safeParse(example);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('writes out every top-level field', () => {
    const top = [...fields.values()].filter((f) => !f.path.includes('.') && !f.path.includes('[')).map((f) => f.path);
    expect(top.filter((k) => !present.has(k))).toEqual([]);
  });

  it('mentions every nested field, as a key of the example or in its comments', () => {
    const words = new Set(block.match(/[A-Za-z0-9]+/g));
    const missing = [...fields.values()].filter((f) => f.path.includes('.') && !f.path.endsWith('*') && !present.has(f.path) && !words.has(f.key)).map((f) => f.path);
    expect(missing).toEqual([]);
  });

  it('lists enum values in its comments exactly as the schema has them, once for each enum', () => {
    const lists = commentLists(block);
    const byKey = new Map<string, Set<string>[]>();
    for (const f of fields.values()) if (f.enum.size > 1) byKey.set(f.key, [...(byKey.get(f.key) ?? []), f.enum]);
    const wrong: string[] = [];
    for (const list of lists) {
      const options = byKey.get(list.key);
      if (!options) {
        wrong.push(`line ${list.line}: ${list.key} has no enum in the schema`);
        continue;
      }
      const listed = [...new Set(list.values)].sort().join(' | ');
      if (!options.some((e) => [...e].sort().join(' | ') === listed)) wrong.push(`line ${list.line}: ${list.key} lists ${listed}; schema: ${options.map((e) => [...e].sort().join(' | ')).join(' or ')}`);
    }
    const listedKeys = new Set(lists.map((l) => l.key));
    // Keys whose values the block gives another way: a fact's status is explained once in prose, a timeline's measure is a measures key.
    const explainedElsewhere = new Set(['status', 'measure']);
    for (const key of byKey.keys()) if (present.has(key) || [...present].some((p) => p.endsWith(`.${key}`))) if (!listedKeys.has(key) && !explainedElsewhere.has(key)) wrong.push(`${key}: its values are not listed in a comment`);
    expect(wrong).toEqual([]);
  });
});

describe('the scaffold', () => {
  it.each([
    ['country', 'mt', country],
    ['instrument', 'x-convention', instrument],
  ] as const)('a new %s lists in its comments every value of each enum it names', (kind, key, schema) => {
    const text = scaffold(kind, key);
    const fields = schemaFields(schema);
    const wrong: string[] = [];
    for (const line of text.split('\n')) {
      const m = /^([a-zA-Z]+):.*#\s*(?:one of:\s*)?([a-z0-9-]+(?:,\s*[a-z0-9-]+)+)/.exec(line);
      if (!m) continue;
      const f = fields.get(m[1]!);
      if (!f || f.enum.size === 0) continue;
      const listed = m[2]!.split(',').map((s) => s.trim()).sort().join(', ');
      if (listed !== [...f.enum].sort().join(', ')) wrong.push(`${m[1]}: ${listed}`);
    }
    expect(wrong).toEqual([]);
  });
});
