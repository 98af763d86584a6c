import { OLD_SOURCE_YEARS, STALE_AFTER_MONTHS, describeAge, staleness, yearOf } from '../../country/staleness.ts';
import type { Problem, Rule } from '../types.ts';

export const stalenessRule: Rule = {
  name: 'staleness',
  description: `Warns when a country entry is unverified or was verified more than ${STALE_AFTER_MONTHS} months ago, when a source is dated after the last verification, and when a current contact rests only on sources over ${OLD_SOURCE_YEARS} years older than the verification.`,
  scope: 'tree',
  check(ctx) {
    const problems: Problem[] = [];
    for (const { file, data } of ctx.valid.countries) {
      const warn = (path: (string | number)[], field: string, message: string, expected: string) =>
        problems.push({ file: file.file, line: file.lineOf(path), field, message, expected, severity: 'warning', rule: this.name });
      const age = staleness(data.lastVerified, ctx.today);
      if (age.state === 'unverified') {
        warn(['lastVerified'], 'lastVerified', 'entry has not been verified yet', 'the date you last checked every fact against its source');
      } else if (age.state === 'stale') {
        warn(['lastVerified'], 'lastVerified', `last verified ${data.lastVerified} (${describeAge(age.months!)})`, `a check within ${STALE_AFTER_MONTHS} months`);
      }
      if (!data.lastVerified) continue;
      data.sources.forEach((s, i) => {
        if (s.date && s.date.length === 10 && s.date > data.lastVerified!) {
          warn(['sources', i, 'date'], `sources[${i}].date`, `source "${s.id}" is dated ${s.date}, after the entry was last verified (${data.lastVerified})`, 'lastVerified on or after the newest source');
        }
      });
      const verifiedYear = yearOf(data.lastVerified)!;
      const byId = new Map(data.sources.map((s) => [s.id, s]));
      const authorities = [
        ...(data.centralAuthority ? [{ a: data.centralAuthority, path: ['centralAuthority'] as (string | number)[] }] : []),
        ...data.otherAuthorities.map((a, i) => ({ a, path: ['otherAuthorities', i] as (string | number)[] })),
      ];
      for (const { a, path } of authorities) {
        a.contacts.forEach((c, i) => {
          if (c.status !== 'current') return;
          const years = c.cite.map((id) => yearOf(c.asOf ?? byId.get(id)?.date)).filter((y): y is number => y !== null);
          if (years.length === c.cite.length && Math.max(...years) < verifiedYear - OLD_SOURCE_YEARS) {
            const fieldPath = [...path, 'contacts', i];
            warn(fieldPath, `${path.join('.').replace(/\.(\d+)/g, '[$1]')}.contacts[${i}]`, `${c.type} "${c.value}" rests only on sources from ${Math.max(...years)}`, 'a newer source, or status: historic');
          }
        });
      }
    }
    return problems;
  },
};
