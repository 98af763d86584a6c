/** Small statistics for the benchmark report: medians, percentiles and a least-squares line. */

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('no values');
  if (values.some((v) => !Number.isFinite(v))) throw new Error('values must be finite numbers');
  return [...values].sort((a, b) => a - b);
}

export function median(values: readonly number[]): number {
  const s = sorted(values);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Percentile by linear interpolation between closest ranks (p in [0, 100]). */
export function percentile(values: readonly number[], p: number): number {
  if (p < 0 || p > 100) throw new Error(`percentile must be between 0 and 100, got ${p}`);
  const s = sorted(values);
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo]! + (s[hi]! - s[lo]!) * (rank - lo);
}

export interface LinearFit {
  /** Change in y per unit of x (for build time against entries: ms per entry). */
  slope: number;
  intercept: number;
  /** Coefficient of determination: 1 is a perfect line. */
  r2: number;
}

/** Ordinary least squares of y on x; needs at least two distinct x. */
export function linearFit(points: readonly { x: number; y: number }[]): LinearFit {
  if (points.length < 2) throw new Error('a line needs at least two points');
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
    syy += (p.y - my) ** 2;
  }
  if (sxx === 0) throw new Error('a line needs at least two distinct x values');
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { slope, intercept, r2 };
}

export interface Growth {
  /** Marginal cost (y per x) between each pair of consecutive points, in x order. */
  segments: { from: number; to: number; perUnit: number }[];
  /**
   * Marginal cost of the last segment over that of the first: about 1 when growth is
   * linear, well above 1 when each added entry costs more than the previous ones.
   */
  ratio: number | null;
}

/** How the marginal cost changes along the points (sorted by x; needs distinct x). */
export function growth(points: readonly { x: number; y: number }[]): Growth {
  const s = [...points].sort((a, b) => a.x - b.x);
  const segments: Growth['segments'] = [];
  for (let i = 1; i < s.length; i++) {
    const dx = s[i]!.x - s[i - 1]!.x;
    if (dx === 0) throw new Error(`two measurements at the same x (${s[i]!.x})`);
    segments.push({ from: s[i - 1]!.x, to: s[i]!.x, perUnit: (s[i]!.y - s[i - 1]!.y) / dx });
  }
  const first = segments[0]?.perUnit;
  const last = segments.at(-1)?.perUnit;
  const ratio = segments.length >= 2 && first !== undefined && last !== undefined && first > 0 ? last / first : null;
  return { segments, ratio };
}
