/** Deployment settings, in one place. */
export const SITE = {
  name: 'MLAT Navigator',
  /** Public URL of the deployed site (used for canonical links and the feed). */
  url: process.env['SITE_URL'] ?? 'https://mlat-navigator.org',
  /** Repository that holds the content; "Edit" and "Report" links point here. */
  repository: process.env['REPOSITORY_URL'] ?? 'https://github.com/mlat-navigator/mlat-navigator',
  branch: 'main',
  contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  codeLicence: { name: 'MIT', url: 'https://opensource.org/license/mit' },
} as const;

export function editUrl(file: string): string {
  return `${SITE.repository}/edit/${SITE.branch}/${file}`;
}

export function reportUrl(title: string, file: string): string {
  const params = new URLSearchParams({ template: 'outdated.yml', title: `Outdated: ${title}`, entry: file });
  return `${SITE.repository}/issues/new?${params.toString()}`;
}

export function newEntryUrl(): string {
  return `${SITE.repository}/issues/new?template=new-jurisdiction.yml`;
}

/**
 * Identity of this build, set once in astro.config.mjs so every page, the search index
 * cache tag and the service worker agree on it.
 */
export function buildInfo(): { id: string; date: string } {
  return {
    id: process.env['MLAT_BUILD_ID'] ?? 'dev',
    date: process.env['MLAT_BUILD_TIME'] ?? new Date().toISOString(),
  };
}
