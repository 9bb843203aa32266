import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHubBaseUrl, DEFAULT_HUB_API_BASE, describeHubSession, hubSessionFromUrl } from './session';

const SESSION = 'eyJhbGciOiJIUzI1NiJ9.c2Vzc2lvbg.c2lnbmF0dXJl';

describe('hubSessionFromUrl', () => {
  it.each([
    `https://app.stackone.com/embedded/integrations?token=${SESSION}`,
    `https://app.stackone.com/embedded/integrations?theme=dark&token=${SESSION}#top`,
    `https://hub.stackone.com/connect?token=${encodeURIComponent(SESSION)}`,
    `https://stackone.com/?token=${SESSION}`,
  ])('reads the session of %s', (url) => {
    expect(hubSessionFromUrl(url)).toBe(SESSION);
    expect(hubSessionFromUrl(new URL(url))).toBe(SESSION);
  });

  it.each([
    ['no token', 'https://app.stackone.com/embedded/integrations'],
    ['an empty token', 'https://app.stackone.com/embedded/integrations?token='],
    ['a token that is too short', 'https://app.stackone.com/embedded/integrations?token=abc'],
    ['a token with spaces', 'https://app.stackone.com/embedded/integrations?token=not%20a%20session'],
    ['plain http', `http://app.stackone.com/embedded/integrations?token=${SESSION}`],
    ['a look-alike host', `https://app.stackone.com.evil.test/?token=${SESSION}`],
    ['a suffix look-alike', `https://evilstackone.com/?token=${SESSION}`],
    ['userinfo', `https://user@app.stackone.com/?token=${SESSION}`],
    ["an Okta page's token", `https://acme.okta.com/signin/reset-password?token=${SESSION}`],
    ['not a URL', 'app.stackone.com/?token=x'],
  ])('returns null for %s', (_, url) => {
    expect(hubSessionFromUrl(url)).toBeNull();
  });

  it('reads other origins only when trusted', () => {
    const url = `http://127.0.0.1:4173/hub?token=${SESSION}`;
    expect(hubSessionFromUrl(url)).toBeNull();
    expect(hubSessionFromUrl(url, { trustedOrigins: ['http://127.0.0.1:4173'] })).toBe(SESSION);
    expect(hubSessionFromUrl(url, { trustedOrigins: ['http://127.0.0.1:9999', 'nonsense'] })).toBeNull();
  });
});

describe('checkHubBaseUrl', () => {
  it.each([
    ['https://api.stackone.com', 'https://api.stackone.com', 'https://api.stackone.com'],
    ['https://api.stackone.com/', 'https://api.stackone.com', 'https://api.stackone.com'],
    ['  https://API.StackOne.com//  ', 'https://api.stackone.com', 'https://api.stackone.com'],
    ['https://hub.vendor.test/stackone/', 'https://hub.vendor.test', 'https://hub.vendor.test/stackone'],
    ['https://api.stackone.com:443', 'https://api.stackone.com', 'https://api.stackone.com'],
    ['http://127.0.0.1:4173', 'http://127.0.0.1:4173', 'http://127.0.0.1:4173'],
    ['http://localhost:8080/', 'http://localhost:8080', 'http://localhost:8080'],
    ['http://[::1]:3000', 'http://[::1]:3000', 'http://[::1]:3000'],
  ])('accepts %s', (input, origin, baseUrl) => {
    expect(checkHubBaseUrl(input)).toEqual({ ok: true, origin, baseUrl });
  });

  it('accepts the default', () => {
    expect(checkHubBaseUrl(DEFAULT_HUB_API_BASE)).toMatchObject({
      ok: true,
      baseUrl: 'https://api.stackone.com',
    });
  });

  it.each([
    ['empty', '', 'Enter the hub API base URL'],
    ['without a scheme', 'api.stackone.com', 'full address starting with https://'],
    ['plain http to a remote host', 'http://api.stackone.com', 'must use https://'],
    ['plain http to a loopback look-alike', 'http://localhost.evil.test', 'must use https://'],
    ['another scheme', 'ftp://api.stackone.com', 'must start with https://'],
    ['javascript:', 'javascript:alert(1)', 'must start with https://'],
    ['userinfo', 'https://admin:pa55word@api.stackone.com', 'user name or password'],
    ['a query', 'https://api.stackone.com/?x=1', 'query'],
    ['an empty query', 'https://api.stackone.com/?', 'query'],
    ['a fragment', 'https://api.stackone.com/#hub', 'fragment'],
    ['spaces', 'https://api.stack one.com', 'spaces'],
  ])('refuses a URL that is %s', (_, input, reason) => {
    const result = checkHubBaseUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toContain(reason);
      if (input) expect(result.reason).not.toContain(input);
    }
  });
});

describe('describeHubSession', () => {
  it('shows the ends of a session only', () => {
    expect(describeHubSession('hub-session-0123-demo')).toBe('hub-…demo');
    expect(describeHubSession('  hub-session-0123-demo  ')).toBe('hub-…demo');
    expect(describeHubSession('abcdefgh')).toBe('ab…gh');
    expect(describeHubSession('abc')).toBe('…');
    expect(describeHubSession('')).toBe('…');
  });

  it('never shows a whole session, nor more than half of it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 200 }), (raw) => {
        const session = raw.trim();
        fc.pre(session.length > 0);
        const shown = describeHubSession(raw);
        expect(shown).toContain('…');
        const visible = shown.replace('…', '');
        expect(visible.length).toBeLessThanOrEqual(Math.min(8, session.length / 2));
        if (session.length > 1) expect(shown).not.toContain(session);
      }),
    );
  });
});
