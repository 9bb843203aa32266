// @vitest-environment node
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OktaSandbox, startOktaSandbox } from './server';

const TOKEN_SHAPE = /^00[A-Za-z0-9_-]{40}$/;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json(): unknown;
  location: string | undefined;
  setCookie: string | undefined;
}

let sandbox: OktaSandbox;

/** node:http rather than fetch: fetch will not let us choose the Host header. */
function send(
  host: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: sandbox.port,
        path,
        method: init.method ?? 'GET',
        headers: { Host: host, ...init.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const cookie = res.headers['set-cookie']?.[0];
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            json: () => JSON.parse(body),
            location: res.headers.location,
            setCookie: cookie?.split(';')[0],
          });
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

function postForm(
  host: string,
  path: string,
  fields: Record<string, string>,
  cookie?: string,
): Promise<Reply> {
  return send(host, path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
}

function xsrfTokenIn(html: string): string {
  const match = /<span id="_xsrfToken" hidden>([^<]+)<\/span>/.exec(html);
  if (!match?.[1]) throw new Error('no #_xsrfToken in the page');
  return match[1];
}

function adminConfigIn(html: string): Record<string, unknown> {
  const match = /<script type="application\/json" id="admin-console-config">(.*?)<\/script>/s.exec(html);
  if (!match?.[1]) throw new Error('no admin console config in the page');
  return JSON.parse(match[1]);
}

async function createTokenViaConsole(
  adminHost: string,
  body: Record<string, unknown>,
  cookie?: string,
): Promise<Reply> {
  const page = await send(adminHost, '/admin/access/api/tokens', {
    headers: cookie ? { Cookie: cookie } : {},
  });
  return send(adminHost, '/api/internal/tokens?expand=user', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Okta-XsrfToken': xsrfTokenIn(page.body),
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  sandbox = await startOktaSandbox({ port: 0 });
});

afterAll(async () => {
  await sandbox.close();
});

beforeEach(() => {
  sandbox.reset();
});

describe('hosts and routes', () => {
  it('listens on a random loopback port and maps Okta hosts to it', () => {
    expect(sandbox.port).toBeGreaterThan(0);
    expect(sandbox.hostResolverRules).toEqual([
      `MAP okta.com 127.0.0.1:${sandbox.port}`,
      `MAP *.okta.com 127.0.0.1:${sandbox.port}`,
      `MAP *.oktapreview.com 127.0.0.1:${sandbox.port}`,
      `MAP *.okta-emea.com 127.0.0.1:${sandbox.port}`,
      `MAP *.evil.test 127.0.0.1:${sandbox.port}`,
    ]);
  });

  it('sends the org root to the end-user dashboard, which has the Admin button', async () => {
    const root = await send('acme.okta.com', '/');
    expect(root.status).toBe(302);
    expect(root.location).toBe('/app/UserHome');

    const home = await send('acme.okta.com', '/app/UserHome');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toContain('text/html');
    expect(home.body).toContain(
      '<a data-se="admin-button" class="admin-link" href="/home/admin-entry">Admin</a>',
    );
  });

  it.each([
    ['acme.okta.com', 'http://acme-admin.okta.com/admin/dashboard'],
    ['dev-123.oktapreview.com', 'http://dev-123-admin.oktapreview.com/admin/dashboard'],
    ['my-company.okta-emea.com', 'http://my-company-admin.okta-emea.com/admin/dashboard'],
    ['acme.okta.com.evil.test', 'http://acme-admin.okta.com.evil.test/admin/dashboard'],
  ])('admin entry on %s leads to %s', async (host, target) => {
    const entry = await send(host, '/home/admin-entry');
    expect(entry.status).toBe(302);
    expect(entry.location).toBe(target);
  });

  it('serves the one Admin Console page for any /admin path, with a script nonce matching its CSP', async () => {
    for (const path of [
      '/admin/dashboard',
      '/admin/access/api/tokens',
      '/admin/oauth2/as',
      '/admin/anything/at/all',
    ]) {
      const page = await send('acme-admin.okta.com', path);
      expect(page.status).toBe(200);
      expect(page.body).toContain('<div id="root">');
      expect(page.body).toContain("customElements.define('odyssey-react-web-component'");
      const nonce = /<script nonce="([^"]+)">/.exec(page.body)?.[1];
      expect(nonce).toBeTruthy();
      expect(page.headers['content-security-policy']).toContain(`script-src 'nonce-${nonce}'`);
    }
    const root = await send('acme-admin.okta.com', '/');
    expect(root.location).toBe('/admin/dashboard');
  });

  it('answers 404 for unknown paths on org hosts', async () => {
    expect((await send('acme.okta.com', '/nope')).status).toBe(404);
    expect((await send('acme-admin.okta.com', '/nope')).status).toBe(404);
  });

  it("serves Okta's own sites as non-org pages and 404s elsewhere", async () => {
    for (const host of ['okta.com', 'www.okta.com']) {
      const page = await send(host, '/');
      expect(page.status).toBe(200);
      expect(page.body).toContain('The World’s Identity Company');
    }
    const login = await send('login.okta.com', '/');
    expect(login.status).toBe(200);
    expect(login.body).toContain('Sign in to your organization');
    for (const host of [
      'developer.okta.com',
      'example.com',
      'a.acme.okta.com',
      'evil.test',
      'www.okta.com.evil.test',
    ]) {
      expect((await send(host, '/app/UserHome')).status, host).toBe(404);
    }
  });

  it('serves the same org pages on a look-alike host', async () => {
    const home = await send('acme.okta.com.evil.test', '/app/UserHome');
    expect(home.body).toContain('data-se="admin-button"');
    const tokens = await send('acme-admin.okta.com.evil.test', '/admin/access/api/tokens');
    expect(tokens.status).toBe(200);
    expect(adminConfigIn(tokens.body)).toMatchObject({ orgDomain: 'acme.okta.com.evil.test' });
    const created = await createTokenViaConsole('acme-admin.okta.com.evil.test', {
      name: 'x',
      network: 'ANYWHERE',
    });
    expect(created.status).toBe(200);
    expect(sandbox.createdTokens.at(-1)?.org).toBe('acme.okta.com.evil.test');
  });
});

describe('org API', () => {
  it('describes the org at /.well-known/okta-organization without auth, on both hosts', async () => {
    for (const host of ['acme.okta.com', 'acme-admin.okta.com']) {
      const reply = await send(host, '/.well-known/okta-organization');
      expect(reply.status).toBe(200);
      expect(reply.json()).toMatchObject({
        id: expect.stringMatching(/^00o/),
        pipeline: 'idx',
        _links: { organization: { href: 'https://acme.okta.com' } },
      });
    }
  });

  it('returns the signed-in admin and their roles, per the org role option', async () => {
    const me = (await send('acme-admin.okta.com', '/api/v1/users/me')).json() as { id: string };
    expect(me).toMatchObject({
      id: expect.stringMatching(/^00u[A-Za-z0-9]{17}$/),
      status: 'ACTIVE',
      profile: { login: expect.any(String), email: expect.any(String), firstName: 'Alex', lastName: 'Admin' },
    });
    const sameUserOnOrgHost = (await send('acme.okta.com', '/api/v1/users/me')).json() as { id: string };
    expect(sameUserOnOrgHost.id).toBe(me.id);

    const roles = await send('acme.okta.com', `/api/v1/users/${me.id}/roles`);
    expect(roles.status).toBe(200);
    expect(roles.headers['x-rate-limit-remaining']).toBeDefined();
    expect(roles.json()).toEqual([
      expect.objectContaining({
        type: 'SUPER_ADMIN',
        label: 'Super Administrator',
        status: 'ACTIVE',
        assignmentType: 'USER',
      }),
    ]);

    const labels = {
      ORG_ADMIN: 'Organization Administrator',
      API_ACCESS_MANAGEMENT_ADMIN: 'API Access Management Administrator',
      READ_ONLY_ADMIN: 'Read-only Administrator',
    } as const;
    for (const [role, label] of Object.entries(labels)) {
      sandbox.setOrgOptions('acme', { role: role as keyof typeof labels });
      const switched = (await send('acme.okta.com', `/api/v1/users/${me.id}/roles`)).json();
      expect(switched).toEqual([expect.objectContaining({ type: role, label })]);
    }
    // Other orgs keep the default.
    const other = (await send('globex.okta.com', '/api/v1/users/me/roles')).json();
    expect(other).toEqual([expect.objectContaining({ type: 'SUPER_ADMIN' })]);
  });

  it('answers an unknown user id with a 404 Okta error', async () => {
    const reply = await send('acme.okta.com', '/api/v1/users/00uNOPE00000000000000/roles');
    expect(reply.status).toBe(404);
    expect(reply.json()).toMatchObject({
      errorCode: 'E0000007',
      errorSummary: expect.stringContaining('Not found'),
    });
  });

  it('accepts SSWS only for tokens created in the sandbox, for their own org', async () => {
    const bogus = await send('acme.okta.com', '/api/v1/users/me', {
      headers: { Authorization: `SSWS 00${'a'.repeat(40)}` },
    });
    expect(bogus.status).toBe(401);
    expect(bogus.json()).toMatchObject({
      errorCode: 'E0000011',
      errorSummary: 'Invalid token provided',
      errorLink: 'E0000011',
      errorId: expect.any(String),
      errorCauses: [],
    });

    const created = await createTokenViaConsole('acme-admin.okta.com', { name: 'Hub', network: 'ANYWHERE' });
    const { token } = created.json() as { token: string };
    const me = await send('acme.okta.com', '/api/v1/users/me', {
      headers: { Authorization: `SSWS ${token}` },
    });
    expect(me.status).toBe(200);
    const { id } = me.json() as { id: string };
    const roles = await send('acme.okta.com', `/api/v1/users/${id}/roles`, {
      headers: { Authorization: `SSWS ${token}` },
    });
    expect(roles.status).toBe(200);

    const otherOrg = await send('globex.okta.com', '/api/v1/users/me', {
      headers: { Authorization: `SSWS ${token}` },
    });
    expect(otherOrg.status).toBe(401);
  });

  it('lists tokens by id and name, never by value', async () => {
    const created = (
      await createTokenViaConsole('acme-admin.okta.com', { name: 'Listed', network: 'ANYWHERE' })
    ).json() as { id: string; token: string };
    const list = await send('acme-admin.okta.com', '/api/v1/api-tokens');
    expect(list.status).toBe(200);
    expect(list.body).not.toContain(created.token);
    const tokens = list.json() as { id: string; name: string }[];
    expect(tokens.length).toBe(3); // two seeded + the new one
    for (const token of tokens) expect(token.id).toMatch(/^00T[A-Za-z0-9]{17}$/);
    expect(tokens.at(-1)).toMatchObject({ id: created.id, name: 'Listed' });
  });

  it('refuses unknown API paths and methods', async () => {
    expect((await send('acme.okta.com', '/api/v1/groups')).status).toBe(404);
    expect((await send('acme.okta.com', '/api/v1/users/me', { method: 'DELETE' })).status).toBe(405);
  });
});

describe('API tokens: list, read, revoke, renew (the public api-tokens endpoints)', () => {
  async function created(name = 'Hub', subdomain = 'acme') {
    return (
      await createTokenViaConsole(`${subdomain}-admin.okta.com`, { name, network: 'ANYWHERE' })
    ).json() as { id: string; token: string; created: string };
  }
  const ssws = (token: string) => ({ Authorization: `SSWS ${token}` });
  async function xsrf(): Promise<string> {
    return xsrfTokenIn((await send('acme-admin.okta.com', '/admin/access/api/tokens')).body);
  }

  it('pages the list with limit and after, following the Link header to the end', async () => {
    for (const name of ['One', 'Two', 'Three']) await created(name);
    const seen: string[] = [];
    let next: string | null = '/api/v1/api-tokens?limit=2';
    let pages = 0;
    while (next) {
      const page = await send('acme.okta.com', next);
      expect(page.status).toBe(200);
      seen.push(...(page.json() as { name: string }[]).map((token) => token.name));
      const link = String(page.headers.link ?? '');
      expect(link).toContain('rel="self"');
      const match = /<([^>]+)>; rel="next"/.exec(link);
      next = match?.[1] ? new URL(match[1]).pathname + new URL(match[1]).search : null;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['Provisioning sync', 'SIEM log export', 'One', 'Two', 'Three']);
    expect((await send('acme.okta.com', '/api/v1/api-tokens?limit=0')).status).toBe(400);
    expect((await send('acme.okta.com', '/api/v1/api-tokens?limit=201')).status).toBe(400);
  });

  it("reads one token by id, with Okta's fields and no value; 404 for an unknown id", async () => {
    const token = await created('Read me');
    const me = (await send('acme.okta.com', '/api/v1/users/me')).json() as { id: string };
    const read = await send('acme.okta.com', `/api/v1/api-tokens/${token.id}`);
    expect(read.status).toBe(200);
    expect(read.body).not.toContain(token.token);
    expect(read.json()).toMatchObject({
      id: token.id,
      name: 'Read me',
      userId: me.id,
      clientName: 'Okta API',
      created: token.created,
      lastUpdated: token.created,
      tokenWindow: 'P30D',
      network: { connection: 'ANYWHERE' },
    });
    const { expiresAt, lastUpdated } = read.json() as { expiresAt: string; lastUpdated: string };
    expect(Date.parse(expiresAt) - Date.parse(lastUpdated)).toBe(30 * 24 * 60 * 60_000);
    expect((await send('acme.okta.com', '/api/v1/api-tokens/00Tnotthere0000000')).status).toBe(404);
  });

  it('renews expiresAt and lastUpdated on each use of the token (SSWS), not on reads with the session', async () => {
    const token = await created();
    const before = (await send('acme.okta.com', `/api/v1/api-tokens/${token.id}`)).json() as {
      lastUpdated: string;
      expiresAt: string;
    };
    await new Promise((resolve) => setTimeout(resolve, 15));
    expect((await send('acme.okta.com', '/api/v1/users/me', { headers: ssws(token.token) })).status).toBe(
      200,
    );
    const after = (await send('acme.okta.com', `/api/v1/api-tokens/${token.id}`)).json() as {
      lastUpdated: string;
      expiresAt: string;
    };
    expect(Date.parse(after.lastUpdated)).toBeGreaterThan(Date.parse(before.lastUpdated));
    expect(Date.parse(after.expiresAt)).toBeGreaterThan(Date.parse(before.expiresAt));
    expect(sandbox.apiToken('acme.okta.com', token.id)?.lastUpdated).toBe(after.lastUpdated);
  });

  it('DELETE /current revokes the token that authenticates the call, and only it', async () => {
    const token = await created('Mine');
    const other = await created('Other');
    const revoked = await send('acme.okta.com', '/api/v1/api-tokens/current', {
      method: 'DELETE',
      headers: ssws(token.token),
    });
    expect(revoked.status).toBe(204);
    expect((await send('acme.okta.com', '/api/v1/users/me', { headers: ssws(token.token) })).status).toBe(
      401,
    );
    expect((await send('acme.okta.com', `/api/v1/api-tokens/${token.id}`)).status).toBe(404);
    expect((await send('acme.okta.com', `/api/v1/api-tokens/${other.id}`)).status).toBe(200);
    expect(sandbox.revocations).toMatchObject([{ id: token.id, name: 'Mine', via: 'current', auth: 'ssws' }]);
    // Without a token, there is no "current" one.
    expect((await send('acme.okta.com', '/api/v1/api-tokens/current', { method: 'DELETE' })).status).toBe(
      404,
    );
  });

  it("DELETE /{id} with the admin's session needs the page's XSRF token, then revokes that token", async () => {
    const token = await created();
    const path = `/api/v1/api-tokens/${token.id}`;
    expect((await send('acme-admin.okta.com', path, { method: 'DELETE' })).status).toBe(403);
    expect((await send('acme-admin.okta.com', path)).status).toBe(200);
    const revoked = await send('acme-admin.okta.com', path, {
      method: 'DELETE',
      headers: { 'X-Okta-XsrfToken': await xsrf() },
    });
    expect(revoked.status).toBe(204);
    expect((await send('acme-admin.okta.com', path)).status).toBe(404);
    expect((await send('acme.okta.com', '/api/v1/users/me', { headers: ssws(token.token) })).status).toBe(
      401,
    );
    expect(sandbox.revocations).toMatchObject([{ id: token.id, via: 'id', auth: 'session' }]);
    expect(
      (
        await send('acme-admin.okta.com', path, {
          method: 'DELETE',
          headers: { 'X-Okta-XsrfToken': await xsrf() },
        })
      ).status,
    ).toBe(404);
  });

  it('apiTokenRevoke "refuse": both revocations answer 403 and the token stays live', async () => {
    sandbox.setOrgOptions('acme', { apiTokenRevoke: 'refuse' });
    const token = await created();
    const current = await send('acme.okta.com', '/api/v1/api-tokens/current', {
      method: 'DELETE',
      headers: ssws(token.token),
    });
    expect(current.status).toBe(403);
    expect(current.json()).toMatchObject({ errorCode: 'E0000006' });
    const byId = await send('acme-admin.okta.com', `/api/v1/api-tokens/${token.id}`, {
      method: 'DELETE',
      headers: { 'X-Okta-XsrfToken': await xsrf() },
    });
    expect(byId.status).toBe(403);
    expect((await send('acme.okta.com', '/api/v1/users/me', { headers: ssws(token.token) })).status).toBe(
      200,
    );
    expect(sandbox.revocations).toEqual([]);
  });

  it("issueToken makes a test's own value a live token of that org only", async () => {
    const value = `00${'T'.repeat(40)}`;
    sandbox.issueToken('acme.okta.com', value);
    expect((await send('acme.okta.com', '/api/v1/users/me', { headers: ssws(value) })).status).toBe(200);
    expect((await send('globex.okta.com', '/api/v1/users/me', { headers: ssws(value) })).status).toBe(401);
    expect(() => sandbox.issueToken('acme-admin.okta.com', value)).toThrow();
  });
});

describe('creating tokens through the console endpoint', () => {
  it('needs the page XSRF token', async () => {
    const reply = await send('acme-admin.okta.com', '/api/internal/tokens', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'x', network: 'ANYWHERE' }),
    });
    expect(reply.status).toBe(403);
    expect(sandbox.createdTokens).toEqual([]);
  });

  it('refuses a blank name and zone choices without zones', async () => {
    expect(
      (await createTokenViaConsole('acme-admin.okta.com', { name: '  ', network: 'ANYWHERE' })).status,
    ).toBe(400);
    expect(
      (await createTokenViaConsole('acme-admin.okta.com', { name: 'z', network: 'IN_ZONES' })).status,
    ).toBe(400);
    expect(sandbox.createdTokens).toEqual([]);
  });

  it('answers a creation as the console API does: the secret in token, metadata, the creator embedded', async () => {
    const before = Date.now();
    const reply = await createTokenViaConsole('acme-admin.okta.com', { name: 'Shaped', network: 'ANYWHERE' });
    expect(reply.status).toBe(200);
    const me = (await send('acme-admin.okta.com', '/api/v1/users/me')).json() as { id: string };
    const body = reply.json() as Record<string, unknown> & { created: string; expiresAt: string };
    expect(body).toEqual({
      id: expect.stringMatching(/^00T[A-Za-z0-9]{17}$/),
      name: 'Shaped',
      status: 'ACTIVE',
      clientName: 'Okta API',
      created: expect.any(String),
      expiresAt: expect.any(String),
      token: expect.stringMatching(TOKEN_SHAPE),
      _embedded: {
        user: expect.objectContaining({ id: me.id, profile: expect.objectContaining({ firstName: 'Alex' }) }),
      },
    });
    expect(Date.parse(body.created)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(body.expiresAt) - Date.parse(body.created)).toBe(30 * 24 * 60 * 60_000);
    expect(sandbox.createdTokens).toMatchObject([{ id: body.id, token: body.token }]);
  });

  it('lists the network zones the dialog offers', async () => {
    const zones = await send('acme-admin.okta.com', '/api/v1/zones');
    expect(zones.status).toBe(200);
    expect(zones.json()).toEqual([
      expect.objectContaining({
        type: 'IP',
        id: 'nzo1legacyipzone0000',
        name: 'LegacyIpZone',
        status: 'ACTIVE',
      }),
      expect.objectContaining({
        type: 'IP',
        id: 'nzo1corporatevpn0000',
        name: 'Corporate VPN',
        status: 'ACTIVE',
      }),
    ]);
  });

  it('creates a fresh token per creation and records it', async () => {
    const first = (
      await createTokenViaConsole('acme-admin.okta.com', {
        name: 'StackOne Integration',
        network: 'IN_ZONES',
        zones: ['nzo1corporatevpn0000'],
      })
    ).json() as { token: string };
    const second = (
      await createTokenViaConsole('acme-admin.okta.com', { name: 'Second', network: 'ANYWHERE' })
    ).json() as { token: string };
    expect(first.token).toMatch(TOKEN_SHAPE);
    expect(second.token).toMatch(TOKEN_SHAPE);
    expect(first.token).not.toBe(second.token);
    expect(sandbox.createdTokens).toMatchObject([
      {
        org: 'acme.okta.com',
        name: 'StackOne Integration',
        token: first.token,
        networkChoice: 'IN_ZONES',
        zones: ['nzo1corporatevpn0000'],
      },
      {
        org: 'acme.okta.com',
        name: 'Second',
        token: second.token,
        networkChoice: 'ANYWHERE',
        zones: [],
      },
    ]);
  });

  it('with stepUp, parks the creation until the admin re-authenticates on the org host', async () => {
    sandbox.setOrgOptions('acme', { stepUp: true });
    const attempt = await createTokenViaConsole('acme-admin.okta.com', {
      name: 'Stepped',
      network: 'ANYWHERE',
    });
    expect(attempt.status).toBe(401);
    const { redirectUrl } = attempt.json() as { redirectUrl: string };
    const tokensPage = 'http://acme-admin.okta.com/admin/access/api/tokens';
    expect(redirectUrl).toBe(`http://acme.okta.com/login/step-up?fromURI=${encodeURIComponent(tokensPage)}`);
    expect(sandbox.createdTokens).toEqual([]);

    const stepUpPage = await send(
      'acme.okta.com',
      new URL(redirectUrl).pathname + new URL(redirectUrl).search,
    );
    expect(stepUpPage.body).toContain('Verify it&#39;s you');
    expect(stepUpPage.body).toContain('value="Verify"');

    const empty = await postForm('acme.okta.com', '/login/step-up', {
      fromURI: tokensPage,
      'credentials.passcode': '',
    });
    expect(empty.body).toContain('Please enter a password');

    const verified = await postForm('acme.okta.com', '/login/step-up', {
      fromURI: tokensPage,
      'credentials.passcode': 'secret',
    });
    expect(verified.status).toBe(302);
    expect(verified.location).toBe(tokensPage);

    const page = await send('acme-admin.okta.com', '/admin/access/api/tokens');
    expect(adminConfigIn(page.body)).toMatchObject({ resumePendingCreation: true });
    const finish = () =>
      send('acme-admin.okta.com', '/api/internal/tokens/pending', {
        method: 'POST',
        headers: { 'X-Okta-XsrfToken': xsrfTokenIn(page.body) },
      });
    const resumed = await finish();
    expect(resumed.status).toBe(200);
    expect(resumed.json()).toMatchObject({ name: 'Stepped', token: expect.stringMatching(TOKEN_SHAPE) });
    expect(sandbox.createdTokens.map((t) => t.name)).toEqual(['Stepped']);
    expect((await finish()).status).toBe(404); // consumed

    // The step-up stays fresh for a while: the next creation goes straight through.
    const again = await createTokenViaConsole('acme-admin.okta.com', { name: 'Again', network: 'ANYWHERE' });
    expect(again.status).toBe(200);
  });

  it('never sends the step-up page anywhere outside the org', async () => {
    const reply = await postForm('acme.okta.com', '/login/step-up', {
      fromURI: 'http://evil.test/steal',
      'credentials.passcode': 'secret',
    });
    expect(reply.location).toBe('http://acme-admin.okta.com/admin/access/api/tokens');
  });
});

describe('sign-in', () => {
  beforeEach(() => {
    sandbox.setOrgOptions('acme', { requireSignIn: true });
  });

  it('redirects pages without a session to the org sign-in page, and the API answers 403', async () => {
    const home = await send('acme.okta.com', '/app/UserHome');
    expect(home.location).toBe(
      `http://acme.okta.com/login/login.htm?fromURI=${encodeURIComponent('http://acme.okta.com/app/UserHome')}`,
    );
    const admin = await send('acme-admin.okta.com', '/admin/access/api/tokens');
    expect(admin.location).toBe(
      `http://acme.okta.com/login/login.htm?fromURI=${encodeURIComponent('http://acme-admin.okta.com/admin/access/api/tokens')}`,
    );
    const me = await send('acme.okta.com', '/api/v1/users/me');
    expect(me.status).toBe(403);
    expect(me.json()).toMatchObject({ errorCode: 'E0000005' });
    const signIn = await send('acme.okta.com', '/login/login.htm');
    expect(signIn.status).toBe(200);
    expect(signIn.body).toContain('id="okta-signin-username"');
    expect(signIn.body).toContain('value="Sign In"');
  });

  it('signs in, then carries the session to the admin host', async () => {
    const target = 'http://acme-admin.okta.com/admin/dashboard';
    const bad = await postForm('acme.okta.com', '/login/login.htm', {
      username: 'alex',
      password: '',
      fromURI: target,
    });
    expect(bad.body).toContain('Unable to sign in');

    const signedIn = await postForm('acme.okta.com', '/login/login.htm', {
      username: 'alex',
      password: 'pw',
      fromURI: target,
    });
    expect(signedIn.status).toBe(302);
    expect(signedIn.setCookie).toMatch(/^sid=/);
    const handoff = new URL(signedIn.location ?? '');
    expect(handoff.host).toBe('acme-admin.okta.com');
    expect(handoff.pathname).toBe('/login/sessionCookieRedirect');

    const redeemed = await send('acme-admin.okta.com', handoff.pathname + handoff.search);
    expect(redeemed.location).toBe(target);
    const adminCookie = redeemed.setCookie ?? '';
    expect(adminCookie).toMatch(/^sid=/);
    expect((await send('acme-admin.okta.com', handoff.pathname + handoff.search)).location).toContain(
      '/login/login.htm',
    );

    const page = await send('acme-admin.okta.com', '/admin/dashboard', { headers: { Cookie: adminCookie } });
    expect(page.status).toBe(200);
    const me = await send('acme-admin.okta.com', '/api/v1/users/me', { headers: { Cookie: adminCookie } });
    expect(me.status).toBe(200);
    const created = await createTokenViaConsole(
      'acme-admin.okta.com',
      { name: 'Signed', network: 'ANYWHERE' },
      adminCookie,
    );
    expect(created.status).toBe(200);

    // Already signed in on the org host: the sign-in page passes straight through to the admin host.
    const orgCookie = signedIn.setCookie ?? '';
    const sso = await send('acme.okta.com', `/login/login.htm?fromURI=${encodeURIComponent(target)}`, {
      headers: { Cookie: orgCookie },
    });
    expect(new URL(sso.location ?? '').pathname).toBe('/login/sessionCookieRedirect');
    expect((await send('acme.okta.com', '/app/UserHome', { headers: { Cookie: orgCookie } })).status).toBe(
      200,
    );
  });

  it('ignores a fromURI outside the org', async () => {
    const reply = await postForm('acme.okta.com', '/login/login.htm', {
      username: 'alex',
      password: 'pw',
      fromURI: 'http://acme.okta.com.evil.test/app/UserHome',
    });
    expect(reply.location).toBe('http://acme.okta.com/app/UserHome');
  });

  it('does not accept a session from another org', async () => {
    const signedIn = await postForm('acme.okta.com', '/login/login.htm', { username: 'a', password: 'b' });
    sandbox.setOrgOptions('globex', { requireSignIn: true });
    const reply = await send('globex.okta.com', '/app/UserHome', {
      headers: { Cookie: signedIn.setCookie ?? '' },
    });
    expect(reply.status).toBe(302);
  });
});

describe('variants', () => {
  it('french: French texts, same data-se', async () => {
    sandbox.setOrgOptions('acme', { variant: 'french' });
    const page = await send('acme-admin.okta.com', '/admin/access/api/tokens');
    expect(page.body).toContain('<html lang="fr">');
    const config = adminConfigIn(page.body) as {
      dataSe: boolean;
      nav: { id: string; label: string }[];
      texts: Record<string, unknown>;
    };
    expect(config.dataSe).toBe(true);
    expect(config.nav.map((s) => s.label)).toEqual([
      'Tableau de bord',
      'Annuaire',
      'Applications',
      'Sécurité',
      'Workflow',
      'Rapports',
      'Paramètres',
    ]);
    expect(config.texts).toMatchObject({
      createToken: 'Créer un jeton',
      tabTokens: 'Jetons',
      cancel: 'Annuler',
    });
    const home = await send('acme.okta.com', '/app/UserHome');
    expect(home.body).toContain('data-se="admin-button"');
  });

  it('no-data-se: no data-se in server-rendered pages, and the console is told to render none', async () => {
    sandbox.setOrgOptions('nodata', { variant: 'no-data-se', stepUp: true });
    for (const path of ['/app/UserHome', '/login/login.htm', '/login/step-up']) {
      const page = await send('nodata.okta.com', path);
      expect(page.status).toBe(200);
      expect(page.body).not.toContain('data-se');
    }
    const home = await send('nodata.okta.com', '/app/UserHome');
    expect(home.body).toContain('<a class="admin-link" href="/home/admin-entry">Admin</a>');
    const admin = await send('nodata-admin.okta.com', '/admin/dashboard');
    expect(adminConfigIn(admin.body)).toMatchObject({ dataSe: false });
  });

  it.each([
    ['japanese', 'ja', 'トークンを作成する'],
    ['german', 'de', 'Token erstellen'],
    ['spanish', 'es', 'Crear token'],
  ] as const)('%s: its texts and no data-se at all', async (variant, lang, createToken) => {
    sandbox.setOrgOptions('intl', { variant, stepUp: true });
    for (const path of [
      '/app/UserHome',
      '/login/login.htm',
      '/login/step-up',
      '/login/step-up?display=popup',
    ]) {
      const page = await send('intl.okta.com', path);
      expect(page.body).toContain(`<html lang="${lang}">`);
      expect(page.body).not.toContain('data-se');
    }
    const admin = await send('intl-admin.okta.com', '/admin/access/api/tokens');
    expect(admin.body).toContain(`<html lang="${lang}">`);
    expect(adminConfigIn(admin.body)).toMatchObject({ dataSe: false, texts: { lang, createToken } });
  });

  it('decoyToken: the tokens page carries a token-shaped string that is no real token', async () => {
    sandbox.setOrgOptions('acme', { decoyToken: true, renderDelayMs: 40 });
    const page = await send('acme-admin.okta.com', '/admin/access/api/tokens');
    const config = adminConfigIn(page.body) as { decoyToken: string; renderDelayMs: number };
    expect(config.decoyToken).toMatch(TOKEN_SHAPE);
    expect(config.renderDelayMs).toBe(40);
    const reply = await send('acme.okta.com', '/api/v1/users/me', {
      headers: { Authorization: `SSWS ${config.decoyToken}` },
    });
    expect(reply.status).toBe(401);
  });
});

describe('consoles and re-authentication', () => {
  it('odyssey: the page loads the console bundle with the CSP nonce; the admin host serves it', async () => {
    sandbox.setOrgOptions('acme', { adminConsole: 'odyssey' });
    const page = await send('acme-admin.okta.com', '/admin/access/api/tokens');
    expect(page.status).toBe(200);
    expect(page.body).not.toContain("customElements.define('odyssey-react-web-component'");
    const [, nonce, src] =
      /<script nonce="([^"]+)" src="(\/assets\/js\/odyssey-admin-console\.[0-9a-f]{16}\.js)"><\/script>/.exec(
        page.body,
      ) ?? [];
    expect(page.headers['content-security-policy']).toContain(`script-src 'nonce-${nonce}'`);
    const bundle = await send('acme-admin.okta.com', src ?? '');
    expect(bundle.status).toBe(200);
    expect(bundle.headers['content-type']).toContain('text/javascript');
    expect(bundle.headers['cache-control']).toContain('immutable');
    expect(bundle.body.length).toBeGreaterThan(100_000);
    // The same bundle is served whatever the org's console; other asset paths are not.
    sandbox.setOrgOptions('acme', { adminConsole: 'courage' });
    expect((await send('acme-admin.okta.com', src ?? '')).status).toBe(200);
    expect((await send('acme-admin.okta.com', '/assets/js/other.js')).status).toBe(404);
  });

  it.each([
    [{}, 'native-select'],
    [{ networkControl: 'custom-dropdown' }, 'custom-dropdown'],
    [{ adminConsole: 'odyssey' }, 'custom-dropdown'],
    [{ adminConsole: 'odyssey', networkControl: 'native-select' }, 'native-select'],
  ] as const)('networkControl with %o renders a %s', async (options, rendered) => {
    sandbox.setOrgOptions('acme', options);
    const page = await send('acme-admin.okta.com', '/admin/access/api/tokens');
    expect(adminConfigIn(page.body)).toMatchObject({ networkControl: rendered, dialogInShadowRoot: false });
  });

  it('network options in another spelling and order: the console offers them, Okta decodes what it receives', async () => {
    sandbox.setOrgOptions('acme', {
      networkValues: 'numeric',
      networkOrder: 'any-ip-last',
      networkDefault: 'IN_ANY_ZONE',
    });
    const page = await send('acme-admin.okta.com', '/admin/access/api/tokens');
    const config = adminConfigIn(page.body) as {
      networkOptions: { value: string }[];
      networkDefault: string;
    };
    expect(config.networkOptions.map((option) => option.value)).toEqual(['10', '20', '30', '50', '40']);
    expect(config.networkDefault).toBe('IN_ANY_ZONE');
    expect((await createTokenViaConsole('acme-admin.okta.com', { name: 'A', network: '40' })).status).toBe(
      200,
    );
    expect(sandbox.createdTokens.at(-1)).toMatchObject({ networkChoice: 'ANYWHERE', networkValue: '40' });
    // Okta's own enum names mean nothing to this console.
    expect(
      (await createTokenViaConsole('acme-admin.okta.com', { name: 'B', network: 'ANYWHERE' })).status,
    ).toBe(400);
  });

  it('a console without Any IP opens on its first choice and refuses Any IP', async () => {
    sandbox.setOrgOptions('acme', { networkValues: 'other-names', networkOffersAnyIp: false });
    const page = await send('acme-admin.okta.com', '/admin/access/api/tokens');
    const config = adminConfigIn(page.body) as {
      networkOptions: { value: string }[];
      networkDefault: string;
    };
    expect(config.networkOptions.map((option) => option.value)).toEqual([
      'ZONE_ANY',
      'ZONE_LIST',
      'ZONE_NONE',
      'ZONE_EXCEPT',
    ]);
    expect(config.networkDefault).toBe('IN_ANY_ZONE');
    const refused = await createTokenViaConsole('acme-admin.okta.com', {
      name: 'A',
      network: 'ALL_ADDRESSES',
    });
    expect(refused.status).toBe(400);
  });

  it('dialogInShadowRoot reaches the console', async () => {
    sandbox.setOrgOptions('acme', { adminConsole: 'odyssey', dialogInShadowRoot: true });
    const page = await send('acme-admin.okta.com', '/admin/access/api/tokens');
    expect(adminConfigIn(page.body)).toMatchObject({ dialogInShadowRoot: true });
  });

  it.each([
    ['sign-in-on-open', 'GET', '/api/v1/zones'],
    ['sign-in-on-submit', 'POST', '/api/internal/tokens?expand=user'],
  ] as const)(
    'reauth %s: the session ends at %s %s, once; signing in again restores it',
    async (reauth, method, path) => {
      sandbox.setOrgOptions('acme', { reauth });
      const page = await send('acme-admin.okta.com', '/admin/access/api/tokens');
      const xsrf = { 'X-Okta-XsrfToken': xsrfTokenIn(page.body), 'Content-Type': 'application/json' };
      const body = method === 'POST' ? JSON.stringify({ name: 'Expired', network: 'ANYWHERE' }) : undefined;
      // Earlier calls of the console still work.
      expect((await send('acme-admin.okta.com', '/api/v1/api-tokens')).status).toBe(200);

      const expired = await send('acme-admin.okta.com', path, { method, headers: xsrf, body });
      expect(expired.status).toBe(403);
      expect(expired.json()).toMatchObject({ errorCode: 'E0000005' });
      expect(sandbox.createdTokens).toEqual([]);
      expect(adminConfigIn(page.body)).toMatchObject({ signInUrl: 'http://acme.okta.com/login/login.htm' });
      const tokensPage = 'http://acme-admin.okta.com/admin/access/api/tokens';
      expect((await send('acme-admin.okta.com', '/admin/access/api/tokens')).location).toBe(
        `http://acme.okta.com/login/login.htm?fromURI=${encodeURIComponent(tokensPage)}`,
      );
      expect((await send('acme.okta.com', '/login/login.htm')).body).toContain('id="okta-signin-username"');

      const signedIn = await postForm('acme.okta.com', '/login/login.htm', {
        username: 'alex',
        password: 'pw',
        fromURI: tokensPage,
      });
      const handoff = new URL(signedIn.location ?? '');
      const redeemed = await send('acme-admin.okta.com', handoff.pathname + handoff.search);
      expect(redeemed.location).toBe(tokensPage);
      const cookie = redeemed.setCookie ?? '';
      const again = await send('acme-admin.okta.com', path, {
        method,
        headers: { ...xsrf, Cookie: cookie },
        body,
      });
      expect(again.status).toBe(200);
    },
  );

  it('reauth popup: the creation waits for a verification in a pop-up, which closes itself', async () => {
    sandbox.setOrgOptions('acme', { reauth: 'popup' });
    const attempt = await createTokenViaConsole('acme-admin.okta.com', {
      name: 'Popped',
      network: 'ANYWHERE',
    });
    expect(attempt.status).toBe(401);
    expect(attempt.json()).toEqual({
      stepUpRequired: true,
      popupUrl: 'http://acme.okta.com/login/step-up?display=popup',
    });
    const popupPage = await send('acme.okta.com', '/login/step-up?display=popup');
    expect(popupPage.body).toContain('<input type="hidden" name="display" value="popup">');

    const verified = await postForm('acme.okta.com', '/login/step-up', {
      fromURI: '',
      display: 'popup',
      'credentials.passcode': 'secret',
    });
    expect(verified.status).toBe(200);
    const nonce = /<script nonce="([^"]+)">window\.close\(\);<\/script>/.exec(verified.body)?.[1];
    expect(verified.headers['content-security-policy']).toContain(`script-src 'nonce-${nonce}'`);

    const page = await send('acme-admin.okta.com', '/admin/access/api/tokens');
    const resumed = await send('acme-admin.okta.com', '/api/internal/tokens/pending', {
      method: 'POST',
      headers: { 'X-Okta-XsrfToken': xsrfTokenIn(page.body) },
    });
    expect(resumed.json()).toMatchObject({ name: 'Popped', token: expect.stringMatching(TOKEN_SHAPE) });
    expect(sandbox.createdTokens.map((t) => t.name)).toEqual(['Popped']);
  });
});

describe('bookkeeping', () => {
  it('records every request with method, host, path and headers', async () => {
    await send('acme.okta.com:8080', '/app/UserHome?x=1', { headers: { 'X-Test': 'yes' } });
    expect(sandbox.requests).toEqual([
      {
        method: 'GET',
        host: 'acme.okta.com',
        path: '/app/UserHome?x=1',
        headers: expect.objectContaining({ 'x-test': 'yes', host: 'acme.okta.com:8080' }),
      },
    ]);
  });

  it('routes and records absolute-form request targets, as a browser sends them through a proxy', async () => {
    const dashboard = await send('acme-admin.okta.com', 'http://acme-admin.okta.com/admin/dashboard?x=1');
    expect(dashboard.status).toBe(200);
    expect(dashboard.body).toContain('<div id="root">');
    // The target names the host; a Host header that disagrees does not reroute it.
    const home = await send('proxy.example', 'http://acme.okta.com/app/UserHome');
    expect(home.body).toContain('data-se="admin-button"');
    const favicon = await send('acme.okta.com', 'http://acme.okta.com/favicon.ico');
    expect(favicon.status).toBe(204);
    expect(sandbox.requests.map(({ host, path }) => ({ host, path }))).toEqual([
      { host: 'acme-admin.okta.com', path: '/admin/dashboard?x=1' },
      { host: 'acme.okta.com', path: '/app/UserHome' },
      { host: 'acme.okta.com', path: '/favicon.ico' },
    ]);
  });

  it('reset clears tokens, requests and org options but keeps the same arrays', async () => {
    const { createdTokens, requests } = sandbox;
    sandbox.setOrgOptions('acme', { role: 'READ_ONLY_ADMIN', requireSignIn: true });
    sandbox.setOrgOptions('acme', { renderDelayMs: 0 }); // merges with the earlier call
    expect((await send('acme.okta.com', '/app/UserHome')).status).toBe(302);
    sandbox.setOrgOptions('acme', { requireSignIn: false });
    await createTokenViaConsole('acme-admin.okta.com', { name: 'x', network: 'ANYWHERE' });
    expect(createdTokens.length).toBe(1);

    sandbox.reset();
    expect(sandbox.createdTokens).toBe(createdTokens);
    expect(sandbox.requests).toBe(requests);
    expect(createdTokens).toEqual([]);
    expect(requests).toEqual([]);
    const roles = (await send('acme.okta.com', '/api/v1/users/me/roles')).json();
    expect(roles).toEqual([expect.objectContaining({ type: 'SUPER_ADMIN' })]);
    const page = await send('acme-admin.okta.com', '/admin/dashboard');
    expect(adminConfigIn(page.body)).toMatchObject({ renderDelayMs: 250 });
  });

  it('close stops the server', async () => {
    const other = await startOktaSandbox();
    const port = other.port;
    await other.close();
    await expect(
      new Promise((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path: '/', headers: { Host: 'acme.okta.com' } },
          resolve,
        );
        req.on('error', reject);
        req.end();
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });
});
