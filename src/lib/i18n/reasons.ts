/**
 * Party-status reasons (src/lib/parties.ts `Reason`) in the page's language: each id has its
 * catalogue key here, written out so tests/unit/i18n.test.ts sees every key used. English pages
 * keep the lib's own words (`reasonText`), so English output does not change.
 */
import { reasonText, type Reason, type ReasonId } from '../parties.ts';
import type { BasisReason } from '../route/legal-bases.ts';
import type { MessageKey } from './catalogues.ts';
import type { Translate } from './translate.ts';

export const REASON_KEYS: Record<ReasonId, MessageKey> = {
  party: 'reason.party',
  'party-from': 'reason.party-from',
  member: 'reason.member',
  'member-from': 'reason.member-from',
  excluded: 'reason.excluded',
  'excluded-rule': 'reason.excluded-rule',
  'former-member': 'reason.former-member',
  signatory: 'reason.signatory',
  'signatory-dated': 'reason.signatory-dated',
  signed: 'reason.signed',
  'signed-dated': 'reason.signed-dated',
  'non-party': 'reason.non-party',
  'non-party-dated': 'reason.non-party-dated',
  unconfirmed: 'reason.unconfirmed',
  'not-party': 'reason.not-party',
  'presumed-party': 'reason.presumed-party',
  unknown: 'reason.unknown',
  'in-force': 'reason.in-force',
  'in-force-from': 'reason.in-force-from',
  'applies-from': 'reason.applies-from',
  'status-unknown': 'reason.status-unknown',
  'not-in-force': 'reason.not-in-force',
  'non-binding': 'reason.non-binding',
  'in-negotiation': 'reason.in-negotiation',
};

/** The reason in the page's language; English is the lib's text, byte for byte. */
export function reasonIn(locale: string, t: Translate<MessageKey>, r: Reason): string {
  return locale === 'en' ? reasonText(r) : t(REASON_KEYS[r.id], r.params);
}

/** The keys an island words a legal basis's reason with: "{name}: {reason}" and "both bound". */
export interface BasisReasonKeys {
  side: MessageKey;
  bothBound: MessageKey;
}

/**
 * A legal basis's reason (`basisReason` in src/lib/route/legal-bases.ts) in the page's language,
 * through the island's own `t` (the route planner's ICU one, the draft assistant's plain `msg`):
 * the instrument's reason, or each side that is not bound, or "both bound".
 */
export function basisReasonIn(why: BasisReason, t: (key: MessageKey, values: Record<string, string>) => string, keys: BasisReasonKeys): string {
  const words = (r: Reason) => t(REASON_KEYS[r.id], r.params);
  if ('instrument' in why) return words(why.instrument);
  return why.sides.length ? why.sides.map((s) => t(keys.side, { name: s.name, reason: words(s.why) })).join('; ') : t(keys.bothBound, {});
}
