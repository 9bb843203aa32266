/** Okta API tokens as seen in the wild: `00` + 40 of [A-Za-z0-9_-]. From secret scanners, not from Okta. */
export const OKTA_TOKEN_PATTERN = /^00[A-Za-z0-9_-]{40}$/;
export const OKTA_TOKEN_LENGTH = 42;
/** Finds a token inside a longer text, e.g. a reveal dialog's contents. */
export const OKTA_TOKEN_IN_TEXT = /(?<![A-Za-z0-9_-])00[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])/;

export type TokenRefusalReason =
  | 'empty'
  | 'url'
  | 'token-id'
  | 'wrong-characters'
  | 'too-short'
  | 'too-long'
  | 'wrong-prefix';

export type TokenCheckResult =
  | { ok: true; token: string }
  | { ok: false; reason: TokenRefusalReason; message: string };

const SURROUNDING_QUOTES = /^(["'`])(.*)\1$/s;
const SSWS_PREFIX = /^(?:authorization:\s*)?ssws\s+/i;
/** Okta object ids of API tokens: `00T` + 17 alphanumerics, shown in the tokens table. */
const TOKEN_ID = /^00T[A-Za-z0-9]{17}$/;

/** What users paste: surrounding whitespace and quotes, an `SSWS ` scheme copied from a header. */
export function normalizeToken(raw: string): string {
  let value = raw.trim();
  for (let previous = ''; previous !== value; ) {
    previous = value;
    value = value.replace(SURROUNDING_QUOTES, '$2').trim().replace(SSWS_PREFIX, '').trim();
  }
  return value;
}

/** Checks a pasted or captured value; the reasons never repeat the value itself. */
export function checkToken(raw: string): TokenCheckResult {
  const token = normalizeToken(raw);
  if (token === '') {
    return { ok: false, reason: 'empty', message: 'Paste the API token Okta showed you.' };
  }
  if (OKTA_TOKEN_PATTERN.test(token)) {
    return { ok: true, token };
  }
  if (/^https?:\/\//i.test(token) || /\.okta(preview)?\.com/i.test(token)) {
    return {
      ok: false,
      reason: 'url',
      message: 'This looks like an address, not an API token. Paste the "Token Value" Okta showed.',
    };
  }
  if (TOKEN_ID.test(token)) {
    return {
      ok: false,
      reason: 'token-id',
      message:
        "This looks like the token's id from the tokens table, not its value. Okta shows the value only once, when the token is created.",
    };
  }
  if (/[^A-Za-z0-9_-]/.test(token)) {
    return {
      ok: false,
      reason: 'wrong-characters',
      message: 'An Okta API token holds only letters, digits, "-" and "_"; this value has other characters.',
    };
  }
  if (token.length < OKTA_TOKEN_LENGTH) {
    return {
      ok: false,
      reason: 'too-short',
      message: `This is ${token.length} characters long; an Okta API token has ${OKTA_TOKEN_LENGTH}. Part of it may be missing.`,
    };
  }
  if (token.length > OKTA_TOKEN_LENGTH) {
    return {
      ok: false,
      reason: 'too-long',
      message: `This is ${token.length} characters long; an Okta API token has ${OKTA_TOKEN_LENGTH}. Something extra may have been copied.`,
    };
  }
  return {
    ok: false,
    reason: 'wrong-prefix',
    message: 'An Okta API token starts with "00"; this value does not.',
  };
}

/** First four + "…" + last four, the only form in which the token is ever shown. */
export function maskToken(token: string): string {
  if (token.length <= 8) return '…';
  return `${token.slice(0, 4)}…${token.slice(-4)}`;
}
