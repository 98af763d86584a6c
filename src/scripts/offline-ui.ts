/** The "Make available offline" control: size to download, progress, result. */
import { formatBytes } from '../lib/offline/manifest.ts';

interface Manifest {
  version: string;
  buildDate: string;
  totalBytes: number;
  files: { url: string; bytes: number }[];
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
    size.textContent = 'You are offline: the size of the site cannot be checked now.';
    return;
  }
  size.textContent = `The whole site is ${manifest.files.length} files, ${formatBytes(manifest.totalBytes)} to download (less if you have already opened some pages). Version published ${manifest.buildDate.slice(0, 10)}.`;
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return;
  ask(worker, { type: 'status' }, (m) => {
    if (m.type === 'status' && m.complete) status.textContent = 'This version of the whole site is saved on this device.';
  });
  button.hidden = false;
  button.addEventListener('click', () => {
    button.disabled = true;
    progress.hidden = false;
    status.textContent = 'Saving…';
    ask(worker, { type: 'download-all' }, (m) => {
      if (m.type === 'progress') {
        progress.max = m.total;
        progress.value = m.done;
        progress.textContent = `${m.done} of ${m.total}`;
        status.textContent = `Saved ${m.done} of ${m.total} files (${formatBytes(m.bytes)} of ${formatBytes(m.totalBytes)}).`;
      } else if (m.type === 'complete') {
        status.textContent = 'Done: the whole site, including search, now works on this device without a connection.';
        button.disabled = false;
      } else if (m.type === 'error') {
        status.textContent = `Saving stopped: ${m.message}`;
        button.disabled = false;
      }
    });
  });
}
