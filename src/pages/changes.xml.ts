/** /changes.xml: Atom feed of updated country and instrument entries, newest version first. */
import type { APIRoute } from 'astro';
import { countries, historyPath, instruments } from '../data/index.ts';
import { countryDataPath, countryPath, instrumentDataPath, instrumentPath } from '../lib/api.ts';
import { CHANGES_PER_ENTRY, atomFeed, feedEntries, type FeedItem } from '../lib/feed.ts';
import { fileHistory } from '../lib/git-history.ts';
import { todayIso } from '../lib/staleness.ts';
import { SITE } from '../site.config.ts';

/** Feed readers fetch the whole file each time: keep it to the most recent versions. */
const MAX_ENTRIES = 100;

export const GET: APIRoute = async () => {
  const items: FeedItem[] = [
    ...(await countries()).map((e) => ({
      kind: 'country' as const,
      title: e.data.name,
      path: countryPath(e.id),
      dataPath: countryDataPath(e.id),
      lastVerified: e.data.lastVerified,
      changes: fileHistory(historyPath('countries', e.id), process.cwd(), CHANGES_PER_ENTRY).changes,
    })),
    ...(await instruments()).map((e) => ({
      kind: 'instrument' as const,
      title: e.data.shortTitle,
      path: instrumentPath(e.id),
      dataPath: instrumentDataPath(e.id),
      lastVerified: null,
      changes: fileHistory(historyPath('instruments', e.id), process.cwd(), CHANGES_PER_ENTRY).changes,
    })),
  ];
  const xml = atomFeed(
    {
      baseUrl: SITE.url,
      title: `${SITE.name}: updated entries`,
      subtitle: 'Country and instrument entries, newest version first: verified against their sources or changed in the repository.',
      selfPath: '/changes.xml',
      author: `${SITE.name} contributors`,
      licence: SITE.contentLicence,
      fallbackUpdated: todayIso(),
    },
    feedEntries(items, SITE.url, MAX_ENTRIES),
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
