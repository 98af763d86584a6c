/** The first five questions: documented, partial, searched or gap, per entry. */
import { describe, expect, it } from 'vitest';
import { answerCounts, firstAnswers } from '../../src/lib/country/answers.ts';
import { country, type Country } from '../../src/lib/schema/country.ts';

const src = [{ id: 's', url: 'https://example.org/s', title: 'Source', date: '2025', kind: 'official' }];
const make = (extra: Record<string, unknown> = {}): Country =>
  country.parse({ code: 'mt', name: 'Minimaland', region: 'Europe', lastVerified: null, centralAuthority: null, sources: src, ...extra });
const ca = (extra: Record<string, unknown> = {}) => ({ name: 'Ministry of Justice', cite: ['s'], ...extra });
const fact = (text: string) => ({ text, cite: ['s'] });

describe('firstAnswers', () => {
  it('an empty entry answers nothing, and says so as a gap', () => {
    expect(firstAnswers(make(), { budapest: null })).toEqual({ 'send-to': 'gap', languages: 'gap', channels: 'gap', safeguards: 'gap', preservation: 'gap' });
  });

  it.each([
    ['a current contact', { centralAuthority: ca({ contacts: [{ type: 'email', value: 'mla@example.org', cite: ['s'] }] }) }, 'documented'],
    ['an official intake route (the diplomatic channel) to a named authority', { centralAuthority: ca(), channels: [{ type: 'diplomatic', text: 'Requests go through the embassy.', cite: ['s'] }] }, 'documented'],
    ['a named authority with only a police channel', { centralAuthority: ca(), channels: [{ type: 'police-cooperation', text: 'Police to police.', cite: ['s'] }] }, 'gap'],
    ['a contact that is historic only', { centralAuthority: ca({ contacts: [{ type: 'email', value: 'old@example.org', status: 'historic', cite: ['s'] }] }) }, 'gap'],
  ])('whom to send to: %s → %s', (_what, extra, state) => {
    expect(firstAnswers(make(extra), { budapest: null })['send-to']).toBe(state);
  });

  it('channels need the 24/7 point only where the Budapest Convention binds the State', () => {
    const entry = make({ channels: [{ type: 'central-authority', text: 'To the Ministry.', cite: ['s'] }] });
    expect(firstAnswers(entry, { budapest: 'yes' }).channels).toBe('partial');
    expect(firstAnswers(entry, { budapest: 'unknown' }).channels).toBe('documented');
    expect(firstAnswers(entry, { budapest: null }).channels).toBe('documented');
    const with247 = make({ channels: [{ type: 'central-authority', text: 'To the Ministry.', cite: ['s'] }], otherAuthorities: [{ name: 'Cyber Unit', roles: ['24-7-point-of-contact'], cite: ['s'] }] });
    expect(firstAnswers(with247, { budapest: 'yes' }).channels).toBe('documented');
  });

  it('safeguards: both dual criminality and a refusal ground, or partial', () => {
    const one = make({ safeguards: { dualCriminality: [fact('Required for coercive measures.')] } });
    expect(firstAnswers(one, { budapest: null }).safeguards).toBe('partial');
    const both = make({ safeguards: { dualCriminality: [fact('Required.')], refusalGrounds: [{ ground: 'political-offence', text: 'Refused for political offences.', cite: ['s'] }] } });
    expect(firstAnswers(both, { budapest: null }).safeguards).toBe('documented');
  });

  it('a question left open but searched for is "searched", naming no fact', () => {
    const searched = make({ searched: [{ topics: ['languages'], where: 'EJN fiches, UNTOC notifications', date: '2026-12' }] });
    const a = firstAnswers(searched, { budapest: null });
    expect(a.languages).toBe('searched');
    expect(a['send-to']).toBe('gap');
    expect(firstAnswers(make({ languages: { accepted: ['en'], cite: ['s'] }, searched: [{ topics: ['languages'], where: 'EJN fiches', date: '2026-12' }] }), { budapest: null }).languages).toBe('documented');
  });

  it('answerCounts counts each state per question', () => {
    const all = [firstAnswers(make(), { budapest: null }), firstAnswers(make({ languages: { accepted: ['fr'], cite: ['s'] } }), { budapest: null })];
    expect(answerCounts(all).languages).toEqual({ documented: 1, partial: 0, searched: 0, gap: 1 });
  });
});
