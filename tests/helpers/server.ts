/** A small static file server for dist/, recording every request it receives. */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { contentType } from '../../scripts/bench/server.ts';


export interface StaticServer {
  url: string;
  requests: string[];
  /** The folder served; tests may switch it to simulate a new deployment. */
  root: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Cache-Control sent with every file (default no-cache); a long max-age imitates a host or proxy that caches pages. */
  cacheControl?: string;
}

export async function serve(initialRoot: string, options: ServeOptions = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const state = { root: initialRoot };
  const server: Server = createServer(async (req, res) => {
    const root = state.root;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': contentType(file), 'cache-control': options.cacheControl ?? 'no-cache' });
      res.end(body);
    } catch {
      try {
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(await readFile(join(root, '404.html')));
      } catch {
        res.writeHead(404).end('not found');
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get root() {
      return state.root;
    },
    set root(value: string) {
      state.root = value;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
