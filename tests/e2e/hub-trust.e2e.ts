import { randomBytes } from 'node:crypto';
import { mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useWorld, type World } from './support/env';
import {
  pasteTokenInPopup,
  readExtensionStorage,
  takeHubSessionFromTab,
  useHubSessionInPopup,
} from './support/extension';

/*
 * Where the token goes is the admin's (or IT's) choice: a hub page whose `<stackone-hub base-url>` names a hub API
 * outside the trusted ones is shown ("This page's hub sends your token to …") and nothing of it is kept or sent
 * until the admin trusts that host. The hostile hub API is a loopback collector on another port than the
 * configured stub hub: in the e2e build, loopback is trusted only where it is the configured address.
 */

const OKTA_TOKENS_PAGE = 'http://acme-admin.okta.com/admin/access/api/tokens';

/** Where Chromium on Linux reads machine policy, including extensions' managed storage ("3rdparty"). */
const POLICY_DIR = '/etc/chromium/policies/managed';

/** The extension APIs, in the extension page where `inExtension` runs. */
declare const chrome: { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } };

interface Collected {
  method: string;
  url: string;
  origin: string | undefined;
  body: string;
}

describe('a hub page naming another hub API', () => {
  const currentWorld = useWorld();
  let world: World;
  let collector: http.Server;
  let collectorOrigin: string;
  const collected: Collected[] = [];

  beforeAll(async () => {
    collector = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        collected.push({ method: req.method ?? '', url: req.url ?? '', origin: req.headers.origin, body });
        res.writeHead(req.method === 'OPTIONS' ? 204 : 401, {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Headers': 'content-type, x-hub-session-token, x-hub-version',
          'Content-Type': 'application/json',
        });
        res.end(req.method === 'OPTIONS' ? '' : '{"statusCode":401,"message":"no"}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    collectorOrigin = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => collector?.close(() => resolve())));
  beforeEach(() => {
    world = currentWorld();
    collected.length = 0;
  });

  function fakeOktaToken(): string {
    const token = `00${randomBytes(40).toString('base64url').slice(0, 40)}`;
    world.secrets.add(token);
    return token;
  }

  /** What reached the collector from anything but the hub page's own UI (which calls its base-url itself). */
  const fromExtension = () => collected.filter((request) => request.origin !== world.hub.appOrigin);

  async function heldToken() {
    const token = fakeOktaToken();
    const okta = await world.open(OKTA_TOKENS_PAGE);
    const popup = await world.popupFor(okta);
    await pasteTokenInPopup(popup, token);
    await popup.getByTestId('masked-token').waitFor();
    await popup.close();
    return { okta, token };
  }

  it('is shown, and nothing of it is kept or sent until the admin trusts that host', async () => {
    const { token } = await heldToken();
    const hubTab = await world.open(world.hub.urls.embedded({ baseUrl: collectorOrigin }));
    await hubTab.locator('stackone-hub').waitFor({ state: 'attached' });
    const popup = await world.popupFor(hubTab);
    await useHubSessionInPopup(popup);
    const host = new URL(collectorOrigin).host;
    await expect
      .poll(() => popup.getByTestId('hub-api-confirm').textContent())
      .toBe(`This page's hub sends your token to ${host}`);
    expect((await readExtensionStorage(world.context)).session.hubSession ?? null).toBeNull();
    // Connect is not offered: there is no session the token could go with.
    expect(await popup.getByRole('button', { name: 'Connect' }).count()).toBe(0);

    await popup.getByRole('button', { name: `Trust ${host}` }).click();
    await expect.poll(() => popup.getByTestId('hub-session').textContent()).toContain(collectorOrigin);
    const storage = await readExtensionStorage(world.context);
    expect(storage.local.confirmedHubApis).toEqual([collectorOrigin]);
    // Until the admin's Connect, nothing went there from the extension, and the token never.
    expect(fromExtension()).toEqual([]);
    expect(collected.some((request) => request.body.includes(token))).toBe(false);
  });

  it('never silently replaces the session of the configured hub; Connect still goes there', async () => {
    const { okta, token } = await heldToken();
    await takeHubSessionFromTab(world, world.hub.urls.embedded());
    const hubTab = await world.open(
      world.hub.urls.embedded({ baseUrl: collectorOrigin, session: 'hub-session-other' }),
    );
    await hubTab.locator('stackone-hub').waitFor({ state: 'attached' });
    const popup = await world.popupFor(hubTab);
    await useHubSessionInPopup(popup);
    await expect
      .poll(() => popup.getByTestId('hub-api-confirm').textContent())
      .toContain(`sends your token to ${new URL(collectorOrigin).host}`);
    await popup.close();
    expect((await readExtensionStorage(world.context)).session.hubSession).toMatchObject({
      baseUrl: world.hub.backendOrigin,
    });

    const oktaPopup = await world.popupFor(okta);
    expect(await oktaPopup.getByTestId('connect-destination').textContent()).toBe(
      `Connect sends the token to ${new URL(world.hub.backendOrigin).host}.`,
    );
    await oktaPopup.getByRole('button', { name: 'Connect' }).click();
    await oktaPopup.getByText('Connected', { exact: true }).waitFor();
    expect(world.hub.accounts).toHaveLength(1);
    expect(fromExtension()).toEqual([]);
    expect(collected.some((request) => request.body.includes(token))).toBe(false);
  });

  it("under a policy-locked hub API base URL, the page never overrides it: the session is for IT's hub API", async () => {
    // IT's policy for this extension only (its id), removed after the test; Chromium reloads policy files as they change.
    const id = world.extensionId;
    const file = `${POLICY_DIR}/ola-harden-${id}.json`;
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      file,
      JSON.stringify({ '3rdparty': { extensions: { [id]: { hubApiBaseUrl: world.hub.backendOrigin } } } }),
    );
    try {
      await expect
        .poll(() => world.driver.inExtension(async () => chrome.storage.managed.get(null)), {
          timeout: 30_000,
        })
        .toMatchObject({ hubApiBaseUrl: world.hub.backendOrigin });
      const { okta, token } = await heldToken();
      const hubTab = await world.open(world.hub.urls.embedded({ baseUrl: collectorOrigin }));
      await hubTab.locator('stackone-hub').waitFor({ state: 'attached' });
      const popup = await world.popupFor(hubTab);
      await useHubSessionInPopup(popup);
      await expect
        .poll(() => popup.getByTestId('hub-session').textContent())
        .toContain(world.hub.backendOrigin);
      expect(await popup.getByTestId('hub-api-confirm').count()).toBe(0);
      await popup.close();

      const oktaPopup = await world.popupFor(okta);
      await oktaPopup.getByRole('button', { name: 'Connect' }).click();
      await oktaPopup.getByText('Connected', { exact: true }).waitFor();
      expect(world.hub.accounts).toHaveLength(1);
      expect(fromExtension()).toEqual([]);
      expect(collected.some((request) => request.body.includes(token))).toBe(false);
    } finally {
      rmSync(file, { force: true });
      try {
        rmdirSync(POLICY_DIR); // only when empty: another test's policy stays
      } catch {}
    }
  });
});
