// Both browsers are told to send all non-loopback traffic through this proxy, which answers
// nothing and writes down every host asked for: "no request left the machine" is then a fact the
// test can check, not a hope (this machine has no network, so a request would fail silently).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordingProxy = { port: number; seen: string[]; close(): Promise<void> };

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, seen, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}
