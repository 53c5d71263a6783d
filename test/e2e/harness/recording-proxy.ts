// Both browsers are told to send all non-loopback traffic through this proxy, which answers
// nothing and writes down every host asked for: "no request left the machine" is then a fact the
// test can check, not a hope (this machine has no network, so a request would fail silently).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordingProxy = { port: number; seen: string[]; close(): Promise<void> };

/**
 * The browsers' own service traffic (update checks, sign-in, remote settings) that flags and
 * prefs do not fully silence. It comes from the browser, not from pages or extensions: the
 * per-page request log (see harness types) is checked strictly alongside.
 */
const BROWSER_SERVICE_HOSTS = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|mozilla\.com|mozilla\.net|mozilla\.org|firefox\.com)(:\d+)?$/;

const hostOf = (line: string) => {
  const target = line.split(' ')[1] ?? '';
  try {
    return new URL(target.includes('://') ? target : `https://${target}`).host;
  } catch {
    return target;
  }
};

/** What the proxy saw that no browser service explains. */
export const foreignRequests = (seen: string[]) => seen.filter((line) => !BROWSER_SERVICE_HOSTS.test(hostOf(line)));

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    // A tunnel's socket is handed over without the server's error handling: the browser resetting it
    // after the refusal is expected, and unheard it would end the test run as an uncaught ECONNRESET.
    socket.on('error', () => {});
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, seen, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}
