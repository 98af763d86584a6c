/** The "Make available offline" control: size to download, progress, result. */
import { filesForLocale, formatBytes } from '../lib/offline/manifest.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import { locale, t } from './i18n.ts';

interface Manifest {
  version: string;
  buildDate: string;
  totalBytes: number;
  files: { url: string; bytes: number; locale?: Locale }[];
}

type WorkerMessage =
  | { type: 'progress'; done: number; total: number; bytes: number; totalBytes: number }
  | { type: 'complete' }
  | { type: 'error'; message: string }
  | { type: 'status'; version: string; complete: boolean; cached: number };

function ask(worker: ServiceWorker, message: object, onMessage: (m: WorkerMessage) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (e) => onMessage(e.data as WorkerMessage);
  worker.postMessage(message, [channel.port2]);
}

export async function attachOfflineControl(): Promise<void> {
  const size = document.getElementById('offline-size')!;
  const button = document.getElementById('offline-download') as HTMLButtonElement;
  const progress = document.getElementById('offline-progress') as HTMLProgressElement;
  const status = document.getElementById('offline-status')!;
  if (!('serviceWorker' in navigator)) return;
  let manifest: Manifest;
  try {
    manifest = (await (await fetch('/offline-manifest.json', { cache: 'no-store' })).json()) as Manifest;
  } catch {
    size.textContent = t('offline.ui.noSize');
    return;
  }
  // The shared files, and the pages and search index of this page's language.
  const mine = filesForLocale(manifest.files, locale());
  const bytes = mine.reduce((sum, f) => sum + f.bytes, 0);
  size.textContent = t('offline.ui.size', { count: mine.length, size: formatBytes(bytes), date: manifest.buildDate.slice(0, 10) });
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return;
  ask(worker, { type: 'status' }, (m) => {
    if (m.type === 'status' && m.complete) status.textContent = t('offline.ui.saved');
  });
  button.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    progress.hidden = false;
    status.textContent = t('offline.ui.saving');
    ask(worker, { type: 'download-all', locale: locale() }, (m) => {
      if (m.type === 'progress') {
        progress.max = m.total;
        progress.value = m.done;
        progress.textContent = t('offline.ui.progressShort', { done: m.done, total: m.total });
        status.textContent = t('offline.ui.progress', { done: m.done, total: m.total, bytes: formatBytes(m.bytes), totalBytes: formatBytes(m.totalBytes) });
      } else if (m.type === 'complete') {
        status.textContent = t('offline.ui.done');
        button.disabled = false;
      } else if (m.type === 'error') {
        status.textContent = t('offline.ui.stopped', { message: m.message });
        button.disabled = false;
      }
    });
  });
}
