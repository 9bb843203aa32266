import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkToken, maskToken, normalizeToken, OKTA_TOKEN_IN_TEXT } from './token';

const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGH_-wxyz';

describe('normalizeToken', () => {
  it.each([
    [`  ${TOKEN}\n`, TOKEN],
    [`"${TOKEN}"`, TOKEN],
    [`'${TOKEN}'`, TOKEN],
    [`SSWS ${TOKEN}`, TOKEN],
    [`ssws   ${TOKEN}`, TOKEN],
    [`Authorization: SSWS ${TOKEN}`, TOKEN],
    [` "SSWS ${TOKEN}" `, TOKEN],
    // As curl and some tools write the header: no space after the colon.
    [`Authorization:SSWS ${TOKEN}`, TOKEN],
    [`authorization:\tssws\t${TOKEN}`, TOKEN],
    // Spaces inside the quotes, and a scheme inside them after a space.
    [`" ${TOKEN} "`, TOKEN],
    [`" SSWS ${TOKEN}"`, TOKEN],
    [`'" ${TOKEN}"'`, TOKEN],
  ])('%j', (raw, expected) => expect(normalizeToken(raw)).toBe(expected));
});

describe('checkToken', () => {
  it('accepts Okta-shaped tokens', () => {
    expect(TOKEN).toHaveLength(42);
    expect(checkToken(TOKEN)).toEqual({ ok: true, token: TOKEN });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['https://acme.okta.com/admin', 'url'],
    ['acme.okta.com', 'url'],
    ['00T1a2b3c4d5e6f7g8h9', 'token-id'],
    [`${TOKEN.slice(0, 41)}!`, 'wrong-characters'],
    ['00abc def', 'wrong-characters'],
    [TOKEN.slice(0, 30), 'too-short'],
    [`${TOKEN}abc`, 'too-long'],
    [`11${TOKEN.slice(2)}`, 'wrong-prefix'],
  ])('refuses %j as %s, without repeating the value', (raw, reason) => {
    const result = checkToken(raw);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok && raw.trim()) expect(result.message).not.toContain(raw.trim());
  });

  it('accepts every generated token and refuses every other length', () => {
    const body = fc.stringMatching(/^[A-Za-z0-9_-]{40}$/);
    fc.assert(
      fc.property(body, (b) => {
        expect(checkToken(`00${b}`).ok).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/), (b) => {
        fc.pre(b.length !== 40);
        expect(checkToken(`00${b}`).ok).toBe(false);
      }),
    );
  });
});

describe('what the admin is told (each reason in full)', () => {
  it.each([
    ['', 'Paste the API token Okta showed you.'],
    [
      'https://acme.okta.com/admin',
      'This looks like an address, not an API token. Paste the "Token Value" Okta showed.',
    ],
    [
      '00T1a2b3c4d5e6f7g8h9',
      "This looks like the token's id from the tokens table, not its value. Okta shows the value only once, when the token is created.",
    ],
    [
      '00abc def',
      'An Okta API token holds only letters, digits, "-" and "_"; this value has other characters.',
    ],
    [TOKEN.slice(0, 30), 'This is 30 characters long; an Okta API token has 42. Part of it may be missing.'],
    [
      `${TOKEN}abc`,
      'This is 45 characters long; an Okta API token has 42. Something extra may have been copied.',
    ],
    [`11${TOKEN.slice(2)}`, 'An Okta API token starts with "00"; this value does not.'],
  ])('%j', (raw, message) => {
    expect(checkToken(raw)).toMatchObject({ ok: false, message });
  });

  it.each([
    // Anchored: a token inside other text, or an id inside a longer value, is not one.
    [`x${TOKEN}`, 'too-long'],
    [`${TOKEN.slice(0, 20)}00T1a2b3c4d5e6f7g8h9`, 'too-short'],
    ['x00T1a2b3c4d5e6f7g8h9', 'too-short'],
    ['00T1a2b3c4d5e6f7g8h9x', 'too-short'],
    // An address only when it says so: any http(s) address, or an Okta host.
    ['http://hub.example.com/callback', 'url'],
    ['HTTPS://hub.example.com/', 'url'],
    ['ahttps://x', 'wrong-characters'],
    ['acmeokta.com', 'wrong-characters'],
  ])('%j is refused as %s', (raw, reason) => {
    expect(checkToken(raw)).toMatchObject({ ok: false, reason });
  });

  it('takes quotes and the SSWS scheme off only at the ends', () => {
    expect(normalizeToken(`"${TOKEN}`)).toBe(`"${TOKEN}`);
    expect(normalizeToken(`x SSWS ${TOKEN}`)).toBe(`x SSWS ${TOKEN}`);
    expect(normalizeToken(`a"${TOKEN}"`)).toBe(`a"${TOKEN}"`);
    expect(normalizeToken(`"${TOKEN}"a`)).toBe(`"${TOKEN}"a`);
    expect(normalizeToken(`"'${TOKEN}'"`)).toBe(TOKEN);
  });
});

describe('maskToken', () => {
  it('shows the first four and last four only', () => {
    expect(maskToken(TOKEN)).toBe('00ab…wxyz');
  });
  it('never reveals a short value', () => {
    expect(maskToken('0012345')).toBe('…');
    expect(maskToken('00123456')).toBe('…');
    expect(maskToken('001234567')).toBe('0012…4567');
  });
});

describe('OKTA_TOKEN_IN_TEXT', () => {
  it('finds a whole token in text but not a slice of a longer string', () => {
    expect(`Token Value ${TOKEN} copy`.match(OKTA_TOKEN_IN_TEXT)?.[0]).toBe(TOKEN);
    expect(OKTA_TOKEN_IN_TEXT.test(`x${TOKEN}`)).toBe(false);
    expect(OKTA_TOKEN_IN_TEXT.test(`${TOKEN}abc`)).toBe(false);
  });
});
