/*
 * MLAT Navigator service worker (body; the build prepends `const CONFIG = {...}`).
 * One cache per published version: a new version fills its own cache and the old one
 * is deleted only when the new worker takes over, so versions are never mixed.
 *
 * What makes "never mixed" hold against the browser's HTTP cache and the host's caches:
 * every request the worker stores is fetched with `cache: 'reload'` (never from the HTTP
 * cache), and every stored response is checked against this version's manifest, which
 * lists each file with a hash of its content. A response that does not match is fetched
 * once more from the network and, if it still does not match, not stored.
 */
/* global CONFIG */
const CACHE = `mlat-${CONFIG.version}`;
const COMPLETE = '/__mlat-offline-complete';
const MANIFEST = '/__mlat-manifest';
/** Set once every search file of this version is stored: offline search can then answer "no results" truthfully. */
const SEARCH_COMPLETE = '/__mlat-search-complete';
/** The mark that one language's search index is kept whole: '/__mlat-search-complete/fr'. */
const searchMark = (locale) => `${SEARCH_COMPLETE}/${typeof locale === 'string' && /^[a-z]{2}$/.test(locale) ? locale : 'en'}`;

/** Runs `task` on every item, `width` at a time. */
async function inParallel(items, task, width = 4) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await task(item);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/** Cache key: the path, without the query (Pagefind's ?ts= tag, /search/?q=). */
function keyOf(url) {
  let path = url.pathname;
  if (!path.endsWith('/') && !/\.[a-z0-9_]+$/i.test(path)) path += '/';
  return path;
}

async function hashOf(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}

let manifestPromise = null;

/** This version's manifest: from the cache once stored, else from the network (never the HTTP cache). */
function manifest() {
  manifestPromise ??= (async () => {
    const cache = await caches.open(CACHE);
    let response = await cache.match(MANIFEST);
    if (!response) {
      const fetched = await fetch('/offline-manifest.json', { cache: 'no-store' });
      if (!fetched.ok) throw new Error(`Could not download the offline manifest (${fetched.status})`);
      const data = await fetched.clone().json();
      if (data.version !== CONFIG.version) throw new Error('A newer version has been published: update first, then save it.');
      await cache.put(MANIFEST, fetched);
      response = await cache.match(MANIFEST);
    }
    const data = await response.json();
    return { ...data, hashes: new Map(data.files.map((f) => [f.url, f.hash])) };
  })().catch((error) => {
    manifestPromise = null;
    throw error;
  });
  return manifestPromise;
}

/** Is this response the file this version published under `key`? */
async function belongs(key, response) {
  const { hashes } = await manifest();
  const expected = hashes.get(key);
  if (!expected) return false; // not part of this version: never stored
  return (await hashOf(await response.clone().arrayBuffer())) === expected;
}

/** Fetches `key` from the network, bypassing the HTTP cache, and stores it if it belongs to this version. */
async function fetchAndStore(cache, key) {
  const response = await fetch(new Request(key, { cache: 'reload' }));
  if (!response.ok || response.type !== 'basic') return { stored: false, response };
  if (!(await belongs(key, response))) return { stored: false, response };
  await cache.put(key, response.clone());
  return { stored: true, response };
}

async function downloadAll(cache, report, locale) {
  // A reader saves the shared files and the pages and search index of their own language.
  const all = (await manifest()).files;
  const files = locale ? all.filter((f) => !f.locale || f.locale === locale) : all;
  const totalBytes = files.reduce((s, f) => s + f.bytes, 0);
  const todo = [];
  for (const file of files) if (!(await cache.match(file.url))) todo.push(file);
  let done = files.length - todo.length;
  let bytes = files.filter((f) => !todo.includes(f)).reduce((s, f) => s + f.bytes, 0);
  report({ type: 'progress', done, total: files.length, bytes, totalBytes });
  await inParallel(todo, async (file) => {
    const { stored, response } = await fetchAndStore(cache, file.url);
    if (!response.ok) throw new Error(`Could not download ${file.url} (${response.status})`);
    if (!stored) throw new Error(`${file.url} on the server is not the published version: a newer version may be on its way; try again later.`);
    done += 1;
    bytes += file.bytes;
    report({ type: 'progress', done, total: files.length, bytes, totalBytes });
  });
  await cache.put(COMPLETE, new Response(JSON.stringify({ version: CONFIG.version, savedAt: new Date().toISOString() })));
  // The search index of each language saved here is now whole.
  const saved = locale ? [locale] : [...new Set(all.map((f) => f.locale).filter(Boolean))];
  for (const l of saved) await cache.put(searchMark(l), new Response('1'));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const key of CONFIG.shell) {
        const { stored, response } = await fetchAndStore(cache, key);
        // A shell file that is not this version's means the deployment is not complete yet:
        // fail the install; the browser tries again on a later visit.
        if (!stored) throw new Error(`shell file ${key} is not version ${CONFIG.version} (HTTP ${response.status})`);
      }
      // A device that kept the whole previous version gets the whole new one before the switch.
      for (const name of await caches.keys()) {
        if (name !== CACHE && name.startsWith('mlat-') && (await (await caches.open(name)).match(COMPLETE))) {
          await downloadAll(cache, () => {});
          break;
        }
      }
      if (!self.registration.active) await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE && key.startsWith('mlat-')) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw.js' || url.pathname === '/offline-manifest.json') return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const key = keyOf(url);
      const hit = await cache.match(key);
      if (hit) return hit;
      try {
        const response = await fetch(request);
        // Keep what was visited, once it is proven to be this version's file (fetched again
        // past the HTTP cache if the first answer is not).
        event.waitUntil(
          (async () => {
            if (!response.ok) return;
            if (await belongs(key, response.clone()).catch(() => false)) await cache.put(key, response.clone());
            else await fetchAndStore(cache, key).catch(() => {});
          })(),
        );
        return response;
      } catch (error) {
        // Offline and not kept: say so, under this URL, with the way to save the site.
        if (request.mode === 'navigate') {
          const notSaved = await cache.match('/not-saved/');
          if (notSaved) return new Response(notSaved.body, { status: 503, statusText: 'Not saved on this device', headers: notSaved.headers });
        }
        throw error;
      }
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const reply = (message) => (event.ports[0] ? event.ports[0].postMessage(message) : event.source && event.source.postMessage(message));
  if (data.type === 'skip-waiting') self.skipWaiting();
  // The page that registered the worker was loaded before the worker controlled it: keep it
  // now, and (unless the user asked to save data) the search runtime and index in the background.
  if (data.type === 'keep') {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(CACHE);
        const page = keyOf(new URL(String(data.path || '/'), self.location.origin));
        if (!(await cache.match(page))) await fetchAndStore(cache, page).catch(() => {});
        // The search runtime and the index of the page's language only (a sixth of the whole index).
        const mark = searchMark(data.locale);
        if (!data.warmSearch || (await cache.match(mark))) return;
        const locale = mark.slice(SEARCH_COMPLETE.length + 1);
        const search = (await manifest()).files.filter((f) => f.url.startsWith('/pagefind/') && (!f.locale || f.locale === locale));
        let missing = 0;
        await inParallel(search, async (file) => {
          if (await cache.match(file.url)) return;
          const { stored } = await fetchAndStore(cache, file.url).catch(() => ({ stored: false }));
          if (!stored) missing += 1;
        });
        if (missing === 0) await cache.put(mark, new Response('1'));
      })().catch(() => {}),
    );
  }
  if (data.type === 'status') {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(CACHE);
        const complete = await cache.match(COMPLETE);
        const search = await cache.match(searchMark(data.locale));
        reply({ type: 'status', version: CONFIG.version, buildDate: CONFIG.buildDate, complete: Boolean(complete), searchSaved: Boolean(search), cached: (await cache.keys()).length });
      })(),
    );
  }
  if (data.type === 'download-all') {
    event.waitUntil(
      (async () => {
        try {
          await downloadAll(await caches.open(CACHE), reply, typeof data.locale === 'string' ? data.locale : undefined);
          reply({ type: 'complete' });
        } catch (error) {
          reply({ type: 'error', message: String(error && error.message ? error.message : error) });
        }
      })(),
    );
  }
});
