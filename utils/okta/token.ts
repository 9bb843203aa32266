import { t } from '../i18n/browser-language';

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
  // Each pass takes one layer off the ends; repeated until none is left (`" SSWS 00…"`, `'"00…"'`).
  let value = raw;
  let previous: string;
  do {
    previous = value;
    value = value.trim().replace(SURROUNDING_QUOTES, '$2').replace(SSWS_PREFIX, '');
  } while (value !== previous);
  return value;
}

/** Checks a pasted or captured value; the reasons never repeat the value itself. */
export function checkToken(raw: string): TokenCheckResult {
  const token = normalizeToken(raw);
  if (token === '') {
    return { ok: false, reason: 'empty', message: t('token_empty') };
  }
  if (OKTA_TOKEN_PATTERN.test(token)) {
    return { ok: true, token };
  }
  if (/^https?:\/\//i.test(token) || /\.okta(preview)?\.com/i.test(token)) {
    return {
      ok: false,
      reason: 'url',
      message: t('token_url'),
    };
  }
  if (TOKEN_ID.test(token)) {
    return {
      ok: false,
      reason: 'token-id',
      message: t('token_id'),
    };
  }
  if (/[^A-Za-z0-9_-]/.test(token)) {
    return {
      ok: false,
      reason: 'wrong-characters',
      message: t('token_wrong_characters'),
    };
  }
  if (token.length < OKTA_TOKEN_LENGTH) {
    return {
      ok: false,
      reason: 'too-short',
      message: t('token_too_short', { length: token.length, expected: OKTA_TOKEN_LENGTH }),
    };
  }
  if (token.length > OKTA_TOKEN_LENGTH) {
    return {
      ok: false,
      reason: 'too-long',
      message: t('token_too_long', { length: token.length, expected: OKTA_TOKEN_LENGTH }),
    };
  }
  return {
    ok: false,
    reason: 'wrong-prefix',
    message: t('token_wrong_prefix'),
  };
}

/** First four + "…" + last four, the only form in which the token is ever shown. */
export function maskToken(token: string): string {
  if (token.length <= 8) return '…';
  return `${token.slice(0, 4)}…${token.slice(-4)}`;
}
