import type { TokenUsage } from '../storage';

/**
 * What the admin is told of proof of use: whether Okta saw the hub use the linked token (Okta renews a token's
 * `expiresAt` on each use, so the last use is `expiresAt − tokenWindow`). Shared by the guide's `linked` step
 * and the popup.
 */
export function tokenUsageText(usage: TokenUsage | undefined, locale?: string): string | null {
  if (!usage) return null;
  if (usage.seen) {
    const time = new Date(usage.at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
    return `Okta saw the hub use the token at ${time}.`;
  }
  return usage.final
    ? 'Okta has not seen the hub use the token yet. The hub may use it later (e.g. at its first sync); if it never does, the link may not work: check the account in the hub.'
    : 'Okta has not seen the hub use the token yet; still watching…';
}
