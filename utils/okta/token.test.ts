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

describe('maskToken', () => {
  it('shows the first four and last four only', () => {
    expect(maskToken(TOKEN)).toBe('00ab…wxyz');
  });
  it('never reveals a short value', () => {
    expect(maskToken('0012345')).toBe('…');
  });
});

describe('OKTA_TOKEN_IN_TEXT', () => {
  it('finds a whole token in text but not a slice of a longer string', () => {
    expect(`Token Value ${TOKEN} copy`.match(OKTA_TOKEN_IN_TEXT)?.[0]).toBe(TOKEN);
    expect(OKTA_TOKEN_IN_TEXT.test(`x${TOKEN}`)).toBe(false);
    expect(OKTA_TOKEN_IN_TEXT.test(`${TOKEN}abc`)).toBe(false);
  });
});
