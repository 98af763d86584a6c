import { describe, expect, it } from 'vitest';
import { overallDurations, procedureSteps } from '../../src/lib/country/procedure.ts';
import { country } from '../../src/lib/schema/country.ts';

const base = {
  code: 'de',
  name: 'Germany',
  region: 'Europe',
  lastVerified: null,
  centralAuthority: null,
  sources: [{ id: 's', url: 'https://example.org', title: 'Source', date: null, kind: 'official' }],
};

describe('procedure steps', () => {
  it('always has the six steps in order, each a gap when nothing is documented', () => {
    const steps = procedureSteps(country.parse(base));
    expect(steps.map((s) => s.id)).toEqual(['prepare', 'transmit', 'central-authority-review', 'domestic-authorisation', 'execution', 'return']);
    expect(steps.map((s) => s.section)).toEqual(['requirements', 'channels', 'central-authority', 'authorisation', 'measures', 'speciality']);
    expect(steps.every((s) => s.facts.length === 0 && s.durations.length === 0)).toBe(true);
  });

  it('fills steps from the entry, caps them at three facts and attaches durations', () => {
    const f = (text: string) => ({ text, cite: ['s'] });
    const c = country.parse({
      ...base,
      requirements: [f('one'), f('two'), f('three'), f('four')],
      safeguards: { authorisation: [f('A judge authorises searches.')] },
      timelines: [
        { ...f('Review takes about two weeks.'), step: 'central-authority-review', days: { max: 14 } },
        { ...f('Bank records take three months.'), measure: 'bank-records' },
        f('Most requests take six months.'),
      ],
    });
    const steps = procedureSteps(c);
    const prepare = steps.find((s) => s.id === 'prepare')!;
    expect(prepare.facts.map((x) => x.text)).toEqual(['one', 'two', 'three']);
    expect(prepare.more).toBe(1);
    expect(steps.find((s) => s.id === 'domestic-authorisation')!.facts).toHaveLength(1);
    expect(steps.find((s) => s.id === 'central-authority-review')!.durations.map((d) => d.text)).toEqual(['Review takes about two weeks.']);
    expect(steps.find((s) => s.id === 'execution')!.durations.map((d) => d.text)).toEqual(['Bank records take three months.']);
    expect(overallDurations(c).map((d) => d.text)).toEqual(['Most requests take six months.']);
  });
});

import { parseNameOnlyLog } from '../../src/lib/git-history.ts';

describe('git history index', () => {
  it('maps each file to its commits, newest first, from one git log --name-only', () => {
    const sep = '\u001f';
    const log = [`@@abc1234${sep}2026-11-27${sep}Update Ireland`, '', 'content/countries/ie.mdx', 'content/countries/gb.mdx', '', `@@def5678${sep}2026-11-01${sep}Add Ireland`, '', 'content/countries/ie.mdx'].join('\n');
    const index = parseNameOnlyLog(log);
    expect(index.get('content/countries/ie.mdx')?.map((c) => c.hash)).toEqual(['abc1234', 'def5678']);
    expect(index.get('content/countries/gb.mdx')?.map((c) => c.subject)).toEqual(['Update Ireland']);
    expect(index.get('content/countries/fr.mdx')).toBeUndefined();
  });
});
