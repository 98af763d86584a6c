/**
 * Dates that record something that already happened cannot lie in the future: a check, a
 * source's own date, a signature or ratification, a change. A "verified in 2099" entry would
 * show a permanent "fresh" badge and sit on top of the change feed. Dates that can be ahead
 * (entry into force, application, a membership rule's start) are left alone.
 */
import type { PathSegment } from '../../citations.ts';
import { formatPath } from '../path.ts';
import type { Problem, Rule } from '../types.ts';

/** Keys whose dates record the past. */
export const PAST_DATE_KEYS = new Set(['lastVerified', 'asOf', 'date', 'reviewed', 'signed', 'ratified', 'joined', 'left', 'adopted', 'openedForSignature']);

/** The first day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) can mean. */
export function earliestDay(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

export function futureDates(data: unknown, today: string, path: PathSegment[] = []): { path: PathSegment[]; value: string }[] {
  const found: { path: PathSegment[]; value: string }[] = [];
  if (Array.isArray(data)) data.forEach((v, i) => found.push(...futureDates(v, today, [...path, i])));
  else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (PAST_DATE_KEYS.has(key) && typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) && earliestDay(value) > today) {
        found.push({ path: [...path, key], value });
      } else if (value && typeof value === 'object') found.push(...futureDates(value, today, [...path, key]));
    }
  }
  return found;
}

export const futureDatesRule: Rule = {
  name: 'future-dates',
  description: 'Dates of things that already happened (verification, a source’s date, a signature, a change) are not after today.',
  scope: 'tree',
  check(ctx) {
    const problems: Problem[] = [];
    const all = [...ctx.valid.countries, ...ctx.valid.instruments, ...ctx.valid.modules, ...ctx.valid.glossary, ...ctx.valid.groups];
    for (const { file, data } of all) {
      for (const { path, value } of futureDates(data, ctx.today)) {
        problems.push({
          file: file.file,
          line: file.lineOf(path),
          field: formatPath(path),
          message: `${value} is in the future (today is ${ctx.today})`,
          expected: 'a date on or before today',
          severity: 'error',
          rule: this.name,
        });
      }
    }
    return problems;
  },
};
