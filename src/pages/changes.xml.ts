/** /changes.xml: Atom feed of updated country and instrument entries, newest version first, from their change logs. */
import type { APIRoute } from 'astro';
import { countries, instruments } from '../data/index.ts';
import { apiCountryUrl, apiInstrumentUrl, countryUrl, instrumentUrl } from '../lib/contract/urls.ts';
import { changeLog } from '../lib/country/derive.ts';
import { atomFeed, feedEntries, type FeedItem } from '../lib/publish/feed.ts';
import { todayIso } from '../lib/country/staleness.ts';
import { SITE } from '../site.config.ts';

/** Feed readers fetch the whole file each time: keep it to the most recent versions. */
const MAX_ENTRIES = 100;

export const GET: APIRoute = async () => {
  const items: FeedItem[] = [
    ...(await countries()).map((e) => ({
      kind: 'country' as const,
      title: e.data.name,
      path: countryUrl(e.id),
      dataPath: apiCountryUrl(e.id),
      lastVerified: e.data.lastVerified,
      changes: changeLog(e.data),
    })),
    ...(await instruments()).map((e) => ({
      kind: 'instrument' as const,
      title: e.data.shortTitle,
      path: instrumentUrl(e.id),
      dataPath: apiInstrumentUrl(e.id),
      lastVerified: null,
      changes: changeLog(e.data),
    })),
  ];
  const xml = atomFeed(
    {
      baseUrl: SITE.url,
      title: `${SITE.name}: updated entries`,
      subtitle: 'Country and instrument entries, newest version first: verified against their sources or changed, as their change logs say.',
      selfPath: '/changes.xml',
      author: `${SITE.name} contributors`,
      licence: SITE.contentLicence,
      fallbackUpdated: todayIso(),
    },
    feedEntries(items, SITE.url, MAX_ENTRIES),
  );
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
