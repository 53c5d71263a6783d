// A static server for test pages on loopback. Pages come from the project (demo article, its own
// e2e fixtures) and, when present, ../shared/fixtures, under /shared/.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };

export type StaticServer = { origin: string; requests: string[]; close(): Promise<void> };

export async function startStaticServer(mounts: Record<string, string>): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const mount = Object.keys(mounts).sort((a, b) => b.length - a.length).find((m) => url.pathname.startsWith(m));
    const rel = mount === undefined ? undefined : normalize(decodeURIComponent(url.pathname.slice(mount.length))).replace(/^([/\\])+/, '');
    const path = mount === undefined || !rel || rel.startsWith('..') ? undefined : join(mounts[mount]!, rel);
    if (!path || !existsSync(path)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(await readFile(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(() => r())) };
}
