import { generateKeyPairSync, randomBytes } from 'node:crypto';
import {
  createServer,
  request as forward,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createSecureContext, type SecureContext, TLSSocket } from 'node:tls';
import forge from 'node-forge';
import type { SentRequest } from './driver';

/*
 * The proxy Firefox sends every request to that is not for an Okta host (those go to the Okta sandbox, which
 * records them with their bodies): it records each request (method, absolute URL, headers, body) and
 * - loopback (the hub's pages and backend): forwards it to the server it was for, so the tests work as before;
 * - any other host over plain http: answers 502, so nothing reaches the internet;
 * - any other host over https: terminates TLS itself with a certificate minted at start-up (Firefox runs with
 *   `acceptInsecureCerts`, so it takes it), reads the request inside the tunnel, and answers 502.
 * So the token sweep sees what every context of the browser sent, wherever to, over either scheme.
 */
export interface RequestRecorder {
  port: number;
  requests: SentRequest[];
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(Buffer.concat(chunks)));
  });
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A certificate for any host, minted per run (RSA key from Node, the X.509 wrapping from node-forge). */
function mintCertificate(): SecureContext {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  const name = [{ name: 'commonName', value: 'e2e request recorder' }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.sign(forge.pki.privateKeyFromPem(keyPem), forge.md.sha256.create());
  return createSecureContext({ key: keyPem, cert: forge.pki.certificateToPem(cert) });
}

export async function startRequestRecorder(): Promise<RequestRecorder> {
  const requests: SentRequest[] = [];
  const record = (req: IncomingMessage, url: string, body: Buffer) =>
    requests.push({
      method: req.method ?? 'GET',
      url,
      headers: Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [name, String(value ?? '')]),
      ),
      body: body.length === 0 ? undefined : body.toString('utf8'),
    });
  const refuse = (res: ServerResponse) =>
    res.writeHead(502, { 'Content-Type': 'text/plain' }).end('Not reachable from the e2e browser.');

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = req.url ?? '';
    record(req, url, body);
    if (!URL.canParse(url)) return refuse(res);
    const target = new URL(url);
    if (target.protocol !== 'http:' || !LOOPBACK.has(target.hostname)) return refuse(res);
    const upstream = forward(
      {
        host: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port || 80,
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => (res.headersSent ? res.destroy() : refuse(res)));
    upstream.end(body);
  });

  // Inside each https tunnel: plain HTTP/1.1 once TLS is off, for a host the CONNECT named.
  const tunnelHosts = new WeakMap<Socket, string>();
  const inside: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const host = tunnelHosts.get(req.socket) ?? req.headers.host ?? 'unknown';
    record(req, `https://${host}${req.url ?? ''}`, body);
    refuse(res);
  });
  const secureContext = mintCertificate();
  server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const authority = req.url ?? '';
    socket.on('error', () => {});
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n', () => {
      if (head.length > 0) socket.unshift(head);
      const tls = new TLSSocket(socket, { isServer: true, secureContext });
      tls.on('error', () => socket.destroy());
      tunnelHosts.set(tls, authority.replace(/:443$/, ''));
      inside.emit('connection', tls);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        inside.closeAllConnections();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
