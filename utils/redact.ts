const EMAIL = /[^\s@]+@[^\s@]+/g;
const SECRET_LIKE = /[A-Za-z0-9_-]{20,}/g;

/**
 * Removes what looks like an e-mail address or a secret (a token, an id) from a text. Used where labels of the
 * Okta page are collected (the guide) and again where they are written up for support (the background, which
 * does not take the page's word for it).
 */
export function redact(text: string): string {
  return text.replace(EMAIL, '[e-mail]').replace(SECRET_LIKE, '[…]');
}
