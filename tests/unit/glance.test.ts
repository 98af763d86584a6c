import { describe, expect, it } from 'vitest';
import { glance } from '../../src/lib/country/glance.ts';
import { country } from '../../src/lib/schema/country.ts';

const src = [{ id: 's', url: 'https://example.org', title: 'Source', date: null, kind: 'official' }];
const f = (text: string, extra: Record<string, unknown> = {}) => ({ text, cite: ['s'], ...extra });

describe('at a glance', () => {
  const c = country.parse({
    code: 'gb',
    name: 'United Kingdom',
    region: 'Europe',
    lastVerified: null,
    centralAuthority: { name: 'UKCA', cite: ['s'], contacts: [{ type: 'online-service', value: 'https://example.org/submit', cite: ['s'] }, { type: 'email', value: 'old@example.org', status: 'historic', cite: ['s'] }] },
    otherAuthorities: [{ name: 'Cyber unit', roles: ['24-7-point-of-contact'], cite: ['s'] }],
    channels: [f('Use the online service.', { type: 'online-service' }), f('Diplomatic route.', { type: 'diplomatic' }), f('Something else.', { type: 'other' }), f('Old fax.', { type: 'post', status: 'historic' })],
    timelines: [f('Old estimate.', { status: 'historic' }), f('About six months.')],
    safeguards: { refusalGrounds: [f('Political offences.', { ground: 'political-offence' }), f('Death penalty.', { ground: 'death-penalty' }), f('Old ground.', { ground: 'human-rights', status: 'historic' }), f('Tried already.', { ground: 'double-jeopardy' }), f('Other.', { ground: 'other' })] },
    sources: src,
  });
  const g = glance(c);

  it('orders channels as a requester would try them, from current channel statements only, without "other"', () => {
    expect(g.channels).toEqual(['online-service', 'diplomatic']);
  });

  it('a published contact alone is not a channel', () => {
    expect(glance({ ...c, channels: [] }).channels).toEqual([]);
  });

  it('finds the 24/7 point of contact for preservation', () => {
    expect(g.preservation.pointsOfContact.map((a) => a.name)).toEqual(['Cyber unit']);
    expect(g.preservation.documented).toBe(true);
  });

  it('shows the first current delay and the first three current refusal grounds', () => {
    expect(g.delay?.text).toBe('About six months.');
    expect(g.refusalGrounds.map((r) => r.ground)).toEqual(['political-offence', 'death-penalty', 'double-jeopardy']);
  });
});
