import type { Translator } from '../i18n/catalogue';
import type { TokenUsage } from '../storage';

/**
 * What the admin is told of proof of use: whether Okta saw the hub use the linked token (Okta renews a token's
 * `expiresAt` on each use, so the last use is `expiresAt − tokenWindow`). Shared by the guide's `linked` step
 * and the popup, in the language of the translator given.
 */
export function tokenUsageText(
  usage: TokenUsage | undefined,
  { t, lang }: Pick<Translator, 't' | 'lang'>,
): string | null {
  if (!usage) return null;
  if (usage.seen) {
    const time = new Date(usage.at).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' });
    return t('token_usage_seen', { time });
  }
  return usage.final ? t('token_usage_not_seen_final') : t('token_usage_not_seen_watching');
}
