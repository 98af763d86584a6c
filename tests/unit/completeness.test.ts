/** Completeness scoring on fixtures. */
import { describe, expect, it } from 'vitest';
import { COMPLETENESS_FIELDS, completeness, median } from '../../src/lib/country/completeness.ts';
import { country } from '../../src/lib/schema/country.ts';
import { parseContentFile } from '../../src/lib/check/load.ts';
import { fixture } from '../helpers/fixtures.ts';

const parse = (name: string) => country.parse(parseContentFile('countries', `content/countries/${name}.mdx`, fixture(`content/countries/${name}.mdx`)).data);

describe('completeness', () => {
  it('an entry with nothing documented scores 0 and lists every field as missing', () => {
    const score = completeness(parse('mt'));
    expect(score.score).toBe(0);
    expect(score.missing.map((f) => f.id)).toEqual(COMPLETENESS_FIELDS.map((f) => f.id));
  });

  it('counts exactly the documented fields of the complete fixture', () => {
    const score = completeness(parse('is'));
    expect(score.documented.map((f) => f.id).sort()).toEqual(
      ['central-authority', 'contacts', 'channels', 'languages', 'domestic-law', 'measures', 'preservation', 'refusal-grounds', 'dual-criminality', 'timelines'].sort(),
    );
    expect(score.missing.map((f) => f.id).sort()).toEqual(['authorisation', 'requirements', 'templates', 'urgent'].sort());
    expect(score.score).toBeCloseTo(10 / COMPLETENESS_FIELDS.length);
  });

  it('historic contacts alone do not count as current contact details', () => {
    const c = parse('is');
    const onlyHistoric = { ...c, centralAuthority: { ...c.centralAuthority!, contacts: c.centralAuthority!.contacts.map((k) => ({ ...k, status: 'historic' as const })) } };
    expect(completeness(onlyHistoric).missing.map((f) => f.id)).toContain('contacts');
  });

  it('a 24/7 point of contact documents preservation even without preservation facts', () => {
    const c = parse('is');
    const noFacts = { ...c, preservation: { facts: [] } };
    expect(completeness(noFacts).documented.map((f) => f.id)).toContain('preservation');
    expect(completeness({ ...noFacts, otherAuthorities: [] }).missing.map((f) => f.id)).toContain('preservation');
  });

  it('median of ages', () => {
    expect(median([])).toBeNull();
    expect(median([5])).toBe(5);
    expect(median([1, 9, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
  });
});
