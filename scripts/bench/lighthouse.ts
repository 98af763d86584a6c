/**
 * Lighthouse scores for a page of a locally served site, with Debian's Chromium launched by
 * chrome-launcher. Lighthouse's default settings: mobile emulation, simulated 4G throttling.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.ts';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthouseScores {
  path: string;
  /** 0 to 100 per category; null when Lighthouse could not score it. */
  scores: Record<LighthouseCategory, number | null>;
  /** Audits that lost points, for a reader who wants to fix them. */
  failing: { category: LighthouseCategory; id: string; title: string }[];
}

export async function lighthouseScores(origin: string, path: string): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(origin + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${path}: ${lhr.runtimeError.message}`);
    const scores = {} as Record<LighthouseCategory, number | null>;
    const failing: LighthouseScores['failing'] = [];
    for (const category of LIGHTHOUSE_CATEGORIES) {
      const cat = lhr.categories[category];
      scores[category] = cat?.score === null || cat?.score === undefined ? null : Math.round(cat.score * 100);
      for (const ref of cat?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.push({ category, id: ref.id, title: audit.title });
      }
    }
    return { path, scores, failing };
  } finally {
    chrome.kill();
  }
}
