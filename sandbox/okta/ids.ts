import { randomBytes, randomInt } from 'node:crypto';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const TOKEN_ALPHABET = `${ALPHANUMERIC}_-`;

function randomString(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** Okta object ids: a three-character type prefix (`00u` user, `00T` token, `00o` org…) + 17 alphanumerics. */
export function oktaId(prefix: string): string {
  return prefix + randomString(ALPHANUMERIC, 17);
}

/** An API token value in the shape secret scanners know: `00` + 40 of [A-Za-z0-9_-]. */
export function apiTokenValue(): string {
  return `00${randomString(TOKEN_ALPHABET, 40)}`;
}

/** Opaque secrets for cookies, XSRF tokens, one-time codes and CSP nonces. */
export function opaqueSecret(): string {
  return randomBytes(18).toString('base64url');
}
