/** How old an entry's verification is, and whether that makes it stale. */

export const STALE_AFTER_MONTHS = 12;
/** A contact backed only by sources this many years older than the entry's verification deserves a re-check. */
export const OLD_SOURCE_YEARS = 5;

/** Whole months from `from` to `to` (both YYYY-MM-DD or partial dates); negative when `from` is later. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm = 1, fd = 1] = from.split('-').map(Number) as [number, number?, number?];
  const [ty, tm = 1, td = 1] = to.split('-').map(Number) as [number, number?, number?];
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months -= 1;
  return months;
}

export interface Staleness {
  state: 'unverified' | 'fresh' | 'stale';
  months: number | null;
}

export function staleness(lastVerified: string | null, today: string): Staleness {
  if (!lastVerified) return { state: 'unverified', months: null };
  const months = Math.max(0, monthsBetween(lastVerified, today));
  return { state: months >= STALE_AFTER_MONTHS ? 'stale' : 'fresh', months };
}

/** "3 months ago", "2 years ago" */
export function describeAge(months: number): string {
  if (months < 1) return 'this month';
  if (months < 24) return `${months} month${months === 1 ? '' : 's'} ago`;
  return `${Math.floor(months / 12)} years ago`;
}

/**
 * Today's date as YYYY-MM-DD (UTC). BUILD_DATE overrides it for reproducible builds and tests;
 * during a build, the build's own time (MLAT_BUILD_TIME, set once in astro.config.mjs) keeps
 * every page of one build on the same date, even across midnight.
 */
export function todayIso(env: Record<string, string | undefined> = process.env): string {
  const fixed = env['BUILD_DATE'];
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  const built = env['MLAT_BUILD_TIME'];
  if (built && /^\d{4}-\d{2}-\d{2}T/.test(built)) return built.slice(0, 10);
  return new Date().toISOString().slice(0, 10);
}

/** The year of a partial date, or null. */
export function yearOf(date: string | null | undefined): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

export interface StaleRow {
  file: string;
  name: string;
  lastVerified: string | null;
  state: Staleness['state'];
  months: number | null;
}

/** Entries ordered from least to most recently verified; never-verified first. */
export function staleReport(entries: { file: string; name: string; lastVerified: string | null }[], today: string): StaleRow[] {
  const age = (r: { months: number | null }) => r.months ?? Number.POSITIVE_INFINITY;
  return entries
    .map((e) => ({ ...e, ...staleness(e.lastVerified, today) }))
    .sort((a, b) => (age(b) === age(a) ? 0 : age(b) > age(a) ? 1 : -1) || a.name.localeCompare(b.name, 'en'));
}
