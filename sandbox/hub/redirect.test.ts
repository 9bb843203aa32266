// @vitest-environment node
/*
 * Hub calls never follow a redirect: a hub (or anything under its base URL) answering 301/302/307/308 must not
 * make the client send the session or the token on to the `Location`. The stub hub backend redirects on demand to
 * a collector (another loopback server) that records whatever reaches it; the real client, with Node's real fetch.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHubClient, HubError } from '../../utils/hub/client';
import { linkOktaAccount } from '../../utils/hub/link';
import { DEFAULT_SESSION, type HubSandbox, startHubSandbox } from './server';

const TOKEN = '00Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz3a';

let hub: HubSandbox;
let collector: http.Server;
let collectorOrigin: string;
const collected: { method: string; url: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

beforeAll(async () => {
  hub = await startHubSandbox();
  collector = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      collected.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.writeHead(201, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      res.end(JSON.stringify({ id: 'acct_stolen', provider: 'okta' }));
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  collectorOrigin = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await hub?.close();
  await new Promise<void>((resolve) => collector?.close(() => resolve()));
});
beforeEach(() => {
  hub.reset();
  collected.length = 0;
});

const client = () =>
  createHubClient({
    baseUrl: hub.backendOrigin,
    sessionToken: DEFAULT_SESSION,
    retry: { baseDelayMs: 1, maxDelayMs: 20 },
  });

describe('a hub answering with a redirect', () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`${status} on the link request: nothing reaches the Location, the admin is told, the token kept`, async () => {
      hub.failNext({ method: 'POST', path: '/hub/accounts', status, redirectTo: `${collectorOrigin}/steal` });
      const failure = await linkOktaAccount(client(), {
        orgDomain: 'acme.okta.com',
        token: TOKEN,
        eventHookName: 'StackOne events',
      }).then(
        (outcome) => outcome,
        (error: unknown) => error,
      );
      expect(collected).toEqual([]);
      expect(failure).toBeInstanceOf(HubError);
      expect((failure as HubError).kind).toBe('redirect');
      expect((failure as HubError).message).toContain(
        'the hub answered with a redirect; nothing was sent on',
      );
      expect((failure as HubError).message).not.toContain(TOKEN);
      expect((failure as HubError).message).not.toContain(DEFAULT_SESSION);
      // Sent once, never repeated: a redirect is an answer, not a lost request.
      expect(hub.requests.filter((request) => request.method === 'POST')).toHaveLength(1);
      expect(hub.accounts).toHaveLength(0);
    });

    it(`${status} on a GET: not followed, not retried`, async () => {
      hub.failNext({
        method: 'GET',
        path: '/hub/settings',
        status,
        redirectTo: `${collectorOrigin}/settings`,
      });
      const error = await client()
        .getSettings()
        .then(
          () => null,
          (caught: unknown) => caught,
        );
      expect(collected).toEqual([]);
      expect((error as HubError).kind).toBe('redirect');
      expect(hub.requests.filter((request) => request.path === '/hub/settings')).toHaveLength(1);
    });
  }
});
