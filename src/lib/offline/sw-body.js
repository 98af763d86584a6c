/*
 * MLAT Navigator service worker (body; the build prepends `const CONFIG = {...}`).
 * One cache per published version: a new version fills its own cache and the old one
 * is deleted only when the new worker takes over, so versions are never mixed.
 */
/* global CONFIG */
const CACHE = `mlat-${CONFIG.version}`;
const COMPLETE = '/__mlat-offline-complete';
const BUILD_META = /<meta name="mlat-build-id" content="([^"]+)"/;

/** Cache key: the path, without the query (Pagefind's ?ts= tag, /search/?q=). */
function keyOf(url) {
  let path = url.pathname;
  if (!path.endsWith('/') && !/\.[a-z0-9_]+$/i.test(path)) path += '/';
  return path;
}

/** A fetched HTML page belongs to this version only if it says so. */
async function sameVersion(response) {
  const type = response.headers.get('content-type') || '';
  if (!type.includes('text/html')) return true;
  const match = BUILD_META.exec(await response.clone().text());
  return !match || match[1] === CONFIG.version;
}

async function store(cache, key, response) {
  if (response.ok && response.type === 'basic' && (await sameVersion(response))) await cache.put(key, response);
}

async function downloadAll(cache, report) {
  const response = await fetch('/offline-manifest.json', { cache: 'no-store' });
  const manifest = await response.json();
  if (manifest.version !== CONFIG.version) throw new Error('A newer version has been published: update first, then save it.');
  const todo = [];
  for (const file of manifest.files) if (!(await cache.match(file.url))) todo.push(file);
  let done = manifest.files.length - todo.length;
  let bytes = manifest.files.filter((f) => !todo.includes(f)).reduce((s, f) => s + f.bytes, 0);
  report({ type: 'progress', done, total: manifest.files.length, bytes, totalBytes: manifest.totalBytes });
  const queue = [...todo];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const fetched = await fetch(file.url, { cache: 'no-store' });
      if (!fetched.ok) throw new Error(`Could not download ${file.url} (${fetched.status})`);
      await store(cache, file.url, fetched);
      done += 1;
      bytes += file.bytes;
      report({ type: 'progress', done, total: manifest.files.length, bytes, totalBytes: manifest.totalBytes });
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  await cache.put(COMPLETE, new Response(JSON.stringify({ version: CONFIG.version, savedAt: new Date().toISOString() })));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(CONFIG.shell);
      // A device that kept the whole previous version gets the whole new one before the switch.
      for (const key of await caches.keys()) {
        if (key !== CACHE && key.startsWith('mlat-') && (await (await caches.open(key)).match(COMPLETE))) {
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
        event.waitUntil(store(cache, key, response.clone()));
        return response;
      } catch (error) {
        if (request.mode === 'navigate') {
          const fallback = (await cache.match('/offline/')) || (await cache.match('/404.html'));
          if (fallback) return fallback;
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
  if (data.type === 'status') {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(CACHE);
        const complete = await cache.match(COMPLETE);
        reply({ type: 'status', version: CONFIG.version, buildDate: CONFIG.buildDate, complete: Boolean(complete), cached: (await cache.keys()).length });
      })(),
    );
  }
  if (data.type === 'download-all') {
    event.waitUntil(
      (async () => {
        try {
          await downloadAll(await caches.open(CACHE), reply);
          reply({ type: 'complete' });
        } catch (error) {
          reply({ type: 'error', message: String(error && error.message ? error.message : error) });
        }
      })(),
    );
  }
});
