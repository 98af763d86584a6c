/**
 * When the requested State's entry is silent on what the measure needs (a central authority,
 * its contacts, a 24/7 point, languages, requirements, refusal grounds), the rules of the
 * instruments that bind it, or may bind it, still say what to do: ask your own 24/7 point,
 * look up the designated central authority in the depositary's directory, bank secrecy is no
 * ground to refuse. Shown only for instruments whose answer for the State is yes or unknown.
 */
import { stateBound, type PartyContext } from '../parties.ts';
import type { Instrument } from '../schema/instrument.ts';
import { instrumentFacts } from './resolve.ts';
import type { FallbackHelp } from './types.ts';

export function fallbacks(instruments: readonly Instrument[], requested: string, needs: ReadonlySet<FallbackHelp['need']>, ctx: PartyContext, date: string): FallbackHelp[] {
  const out: FallbackHelp[] = [];
  for (const i of instruments) {
    if (!i.fallbacks?.length) continue;
    const v = stateBound(i, requested, ctx, date);
    if (v.answer === 'no') continue;
    for (const need of needs) {
      const rules = i.fallbacks.filter((f) => f.need === need);
      if (rules.length) out.push({ need, instrument: { id: i.id, title: i.shortTitle, answer: v.answer }, facts: instrumentFacts(i, rules, 'fallbacks') });
    }
  }
  return out;
}
