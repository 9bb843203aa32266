import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SentRequest } from './driver';

/**
 * The proxy Firefox sends every request to that is not for an Okta host or loopback: it records the request
 * (method, absolute URL, headers, body) and answers 502, so nothing a test does reaches the internet and the
 * token sweep sees what any context of the browser tried to send, wherever to.
 */
export interface RequestRecorder {
  port: number;
  requests: SentRequest[];
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function startRequestRecorder(): Promise<RequestRecorder> {
  const requests: SentRequest[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    requests.push({
      method: req.method ?? 'GET',
      url: req.url ?? '',
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [name, String(value ?? '')]),
      ),
      body: body === '' ? undefined : body,
    });
    res.writeHead(502, { 'Content-Type': 'text/plain' }).end('Not reachable from the e2e browser.');
  });
  // HTTPS goes through CONNECT: the host is recorded, the tunnel refused.
  server.on('connect', (req, socket) => {
    requests.push({ method: 'CONNECT', url: req.url ?? '', headers: {}, body: undefined });
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
