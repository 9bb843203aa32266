import { afterEach, describe, expect, it } from 'vitest';
import { setBuildFlavourForTests } from '../build-flavour';
import { chooseHubApi, type HubTrustSources, isStackOneApiOrigin, isTrustedHubApi } from './trusted-hubs';

const options = (overrides: Partial<HubTrustSources> = {}): HubTrustSources => ({
  configuredBaseUrl: 'https://api.stackone.com',
  configuredByPolicy: false,
  policyList: null,
  confirmed: [],
  ...overrides,
});

afterEach(() => setBuildFlavourForTests('e2e'));

describe('which hub API receives the token', () => {
  it("a page's hub without base-url: the configured hub API", () => {
    expect(chooseHubApi(null, options())).toMatchObject({
      kind: 'trusted',
      baseUrl: 'https://api.stackone.com',
      reason: 'configured',
    });
  });

  it("StackOne's own API hosts, https only, no port", () => {
    expect(chooseHubApi('https://api.eu1.stackone.com/', options())).toMatchObject({
      kind: 'trusted',
      reason: 'stackone',
    });
    expect(isStackOneApiOrigin('https://api.stackone.com')).toBe(true);
    expect(isStackOneApiOrigin('https://api.stackone.com.evil.example')).toBe(false);
    expect(isStackOneApiOrigin('https://evilstackone.com')).toBe(false);
    expect(isStackOneApiOrigin('https://api.stackone.com:8443')).toBe(false);
  });

  it('another host named by the page: shown, used only once the admin confirms it', () => {
    const choice = chooseHubApi('https://api.example.net/v1', options());
    expect(choice).toEqual({
      kind: 'confirm',
      baseUrl: 'https://api.example.net/v1',
      origin: 'https://api.example.net',
      host: 'api.example.net',
      message: "This page's hub sends your token to api.example.net",
    });
    expect(
      chooseHubApi('https://api.example.net/v1', options({ confirmed: ['https://api.example.net'] })),
    ).toMatchObject({
      kind: 'trusted',
      reason: 'confirmed',
    });
    // A confirmation is for that origin only: another port is another host.
    expect(
      chooseHubApi('https://api.example.net:8443', options({ confirmed: ['https://api.example.net'] })),
    ).toMatchObject({
      kind: 'confirm',
      host: 'api.example.net:8443',
    });
  });

  it("the options' hub API base URL is trusted", () => {
    expect(
      chooseHubApi(
        'https://hub.vendor.example',
        options({ configuredBaseUrl: 'https://hub.vendor.example' }),
      ),
    ).toMatchObject({
      kind: 'trusted',
      reason: 'configured',
    });
  });

  it('a policy-locked hub API base URL is never overridden by a page', () => {
    const locked = options({ configuredBaseUrl: 'https://hub.corp.example', configuredByPolicy: true });
    expect(chooseHubApi('https://api.example.net', locked)).toMatchObject({
      kind: 'trusted',
      baseUrl: 'https://hub.corp.example',
      reason: 'policy',
    });
    expect(chooseHubApi('https://api.stackone.com', locked)).toMatchObject({
      baseUrl: 'https://hub.corp.example',
    });
    expect(isTrustedHubApi('https://api.example.net', locked)).toBe(false);
    expect(isTrustedHubApi('https://hub.corp.example', locked)).toBe(true);
  });

  it('a policy list admits its hosts and the configured one, and nothing else, not even by confirmation', () => {
    const listed = options({
      policyList: ['https://hub.corp.example/'],
      confirmed: ['https://api.example.net'],
    });
    expect(chooseHubApi('https://hub.corp.example', listed)).toMatchObject({
      kind: 'trusted',
      reason: 'policy',
    });
    expect(chooseHubApi(null, listed)).toMatchObject({ kind: 'trusted', reason: 'configured' });
    expect(chooseHubApi('https://api.example.net', listed)).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('api.example.net, which your IT does not allow'),
    });
    expect(chooseHubApi('https://api.eu1.stackone.com', listed)).toMatchObject({ kind: 'refused' });
  });

  it('an address no build may use is refused, and never offered for confirmation', () => {
    expect(chooseHubApi('http://api.example.net', options())).toMatchObject({ kind: 'refused' });
    expect(chooseHubApi('https://user:pw@api.example.net', options())).toMatchObject({ kind: 'refused' });
  });

  it('e2e build: loopback trusted only where it is the configured address', () => {
    setBuildFlavourForTests('e2e');
    const sandbox = options({ configuredBaseUrl: 'http://127.0.0.1:4010' });
    expect(chooseHubApi('http://127.0.0.1:4010/', sandbox)).toMatchObject({
      kind: 'trusted',
      reason: 'configured',
    });
    expect(chooseHubApi('http://127.0.0.1:4999', sandbox)).toMatchObject({
      kind: 'confirm',
      host: '127.0.0.1:4999',
    });
    expect(chooseHubApi('http://localhost:4010', sandbox)).toMatchObject({
      kind: 'confirm',
      host: 'localhost:4010',
    });
    expect(chooseHubApi('http://127.0.0.1:4010', options())).toMatchObject({ kind: 'confirm' });
  });

  it('release build: a loopback base-url is refused outright', () => {
    setBuildFlavourForTests('release');
    expect(chooseHubApi('https://localhost:4010', options())).toMatchObject({ kind: 'refused' });
    expect(chooseHubApi('https://api.example.net', options())).toMatchObject({ kind: 'confirm' });
  });
});
