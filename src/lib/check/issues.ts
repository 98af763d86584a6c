/** Turns Zod issues into Problems a contributor can act on without reading TypeScript. */
import type { z } from 'astro/zod';
import type { PathSegment } from '../citations.ts';
import { formatPath } from './path.ts';
import type { ContentFile, Problem } from './types.ts';

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object (indented fields)',
  date: 'a date',
  null: 'null',
};

/** Levenshtein distance, for "did you mean" hints on misspelled field names. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The schema at `path` (best effort), following objects, arrays, records and wrappers. */
function schemaAt(schema: z.ZodType, path: PathSegment[], data: unknown): any {
  let node: any = schema;
  let value: any = data;
  for (const seg of path) {
    for (let guard = 0; guard < 20; guard++) {
      const def = node?._zod?.def;
      if (!def) return undefined;
      if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) node = def.innerType;
      else if (def.type === 'pipe') node = def.in?._zod?.def?.type === 'transform' ? def.out : def.in;
      else break;
    }
    const def = node?._zod?.def;
    if (def?.type === 'object') node = def.shape[seg as string];
    else if (def?.type === 'array') node = def.element;
    else if (def?.type === 'record') node = def.valueType;
    else return undefined;
    value = value?.[seg as any];
  }
  return node;
}

/** The `.meta({ description })` of the field at `path`, if it has one. */
export function fieldDescription(schema: z.ZodType, path: PathSegment[]): string | undefined {
  const node = schemaAt(schema, path, undefined);
  let current = node;
  for (let guard = 0; guard < 10 && current; guard++) {
    const meta = typeof current.meta === 'function' ? current.meta() : undefined;
    if (meta?.description) return meta.description as string;
    const def = current._zod?.def;
    current = def?.innerType ?? (def?.type === 'pipe' ? def.out : undefined);
  }
  return undefined;
}

/** Field names a strict object accepts at `path` in `schema` (best effort; [] when unknown). */
export function allowedKeys(schema: z.ZodType, path: PathSegment[], data: unknown): string[] {
  let node: any = schema;
  let value: any = data;
  const unwrap = () => {
    for (let guard = 0; guard < 20 && node; guard++) {
      const def = node._zod?.def;
      if (!def) return;
      if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) node = def.innerType;
      else if (def.type === 'pipe') node = def.in?._zod?.def?.type === 'transform' ? def.out : def.in;
      else if (def.type === 'union' && def.discriminator && value && typeof value === 'object') {
        node = def.options.find((o: any) => {
          const d = o._zod.def.shape?.[def.discriminator];
          return d?._zod?.values?.has?.(value[def.discriminator]);
        }) ?? def.options[0];
      } else return;
    }
  };
  for (const seg of path) {
    unwrap();
    const def = node?._zod?.def;
    if (!def) return [];
    if (def.type === 'object') node = def.shape[seg as string];
    else if (def.type === 'array') node = def.element;
    else if (def.type === 'record') node = def.valueType;
    else return [];
    value = value?.[seg as any];
  }
  unwrap();
  const def = node?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape) : [];
}

export function issuesToProblems(
  file: ContentFile,
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  rule = 'schema',
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const base = { file: file.file, severity: 'error' as const, rule };
    const path = issue.path as PathSegment[];
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, path, file.data);
      for (const key of issue.keys) {
        const near = allowed
          .map((k) => ({ k, d: editDistance(k.toLowerCase(), key.toLowerCase()) }))
          .sort((a, b) => a.d - b.d)[0];
        const hint = near && near.d <= Math.max(2, Math.floor(key.length / 3)) ? ` (did you mean "${near.k}"?)` : '';
        problems.push({
          ...base,
          line: file.lineOf([...path, key]),
          field: formatPath([...path, key]),
          message: `unknown field${hint}`,
          ...(allowed.length ? { expected: `one of: ${allowed.join(', ')}` } : {}),
        });
      }
      continue;
    }
    const input = (issue as { input?: unknown }).input;
    const field = formatPath(path) || '(frontmatter)';
    const line = file.lineOf(path);
    let expected: string | undefined;
    let message: string;
    const custom = issue.message && !issue.message.startsWith('Invalid') ? issue.message : undefined;
    if (issue.code === 'invalid_type') {
      expected = custom?.replace(/^expected /, '') ?? TYPE_NAMES[issue.expected] ?? issue.expected;
      if (input === undefined) {
        const description = fieldDescription(schema, path);
        if (description) expected = `${expected}: ${description.replace(/\.$/, '')}`;
      }
      message = input === undefined ? 'missing' : `got ${describeValue(input)}`;
    } else if (issue.code === 'invalid_value') {
      expected = custom?.replace(/^expected /, '') ?? `one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      message = `got ${describeValue(input)}`;
    } else if (issue.code === 'invalid_union') {
      expected = custom?.replace(/^expected /, '') ?? 'a different shape';
      message = `got ${describeValue(input)}`;
    } else if (issue.code === 'custom') {
      const params = (issue as { params?: { expected?: string } }).params;
      if (params?.expected) {
        message = issue.message;
        expected = params.expected;
      } else if (issue.message.startsWith('expected ')) {
        expected = issue.message.replace(/^expected /, '');
        message = input === undefined || typeof input === 'object' ? 'invalid value' : `got ${describeValue(input)}`;
      } else {
        message = issue.message;
      }
    } else if ((issue.code === 'too_small' || issue.code === 'too_big') && !custom) {
      const bound = issue.code === 'too_small' ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum;
      const inclusive = (issue as { inclusive?: boolean }).inclusive !== false;
      const origin = (issue as { origin?: string }).origin;
      const unit = origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '';
      const word = issue.code === 'too_small' ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
      expected = `${word} ${String(bound)}${unit}`;
      message = input === undefined ? 'missing' : Array.isArray(input) ? `got ${input.length} item${input.length === 1 ? '' : 's'}` : `got ${describeValue(input)}`;
    } else if (custom?.startsWith('expected ')) {
      expected = custom.replace(/^expected /, '');
      message = input === undefined ? 'missing' : `got ${describeValue(input)}`;
    } else {
      message = custom ?? issue.message;
      if (input !== undefined && typeof input !== 'object') message += `, got ${describeValue(input)}`;
    }
    problems.push({ ...base, line, field, message, ...(expected ? { expected } : {}) });
  }
  return problems;
}
