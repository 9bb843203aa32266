import { t } from '../i18n/browser-language';
import type { GuideRequest } from '../messages/guide-protocol';
import { redact } from '../redact';

/**
 * "Copy details for support", offered when a target stays missing: what the guide looked for and what it
 * found, so support can see why. It holds the step, the page's path, the console's language, each strategy
 * tried with its candidate counts, the shadow roots searched, and the extension's and browser's versions —
 * never the token, a person's name or e-mail, nor page text other than the UI labels of the elements the
 * strategies considered (locators.ts decides which), and even those with anything like an e-mail or a secret
 * removed. The page collects the facts (`guide:support-details`); the background writes them up here.
 */

export type SupportFacts = Omit<Extract<GuideRequest, { type: 'guide:support-details' }>, 'type'> & {
  extensionVersion: string;
  userAgent: string;
};

/** "Chrome 156.0.0.0", "Firefox 140.0": the product and version, not the whole user-agent string. */
export function browserOf(userAgent: string): string {
  // Chromium-based browsers also say "Chrome/": their own token first.
  for (const [token, name] of [
    ['Edg', 'Edge'],
    ['OPR', 'Opera'],
    ['Firefox', 'Firefox'],
    ['Chrome', 'Chrome'],
  ]) {
    const version = new RegExp(`${token}/([\\d.]+)`).exec(userAgent)?.[1];
    if (version) return `${name} ${version}`;
  }
  return t('support_browser_unknown');
}

export function supportDetails(facts: SupportFacts): string {
  const hosts = [...new Set(facts.shadowHosts)].slice(0, 10);
  // The headings in the admin's language; the facts themselves (step ids, selectors, labels) as they are.
  const lines = [
    t('support_title'),
    t('support_step', { step: facts.step }),
    t('support_path', { path: redact(facts.path).slice(0, 200) }),
    t('support_language', { language: facts.language.slice(0, 20) || t('support_language_unset') }),
    t('support_version', { version: facts.extensionVersion }),
    t('support_browser', { browser: browserOf(facts.userAgent) }),
    t('support_shadow_roots', {
      searched: `${facts.shadowHosts.length}${hosts.length ? ` (${hosts.join(', ')})` : ''}`,
    }),
    t('support_strategies'),
    ...facts.attempts.map((attempt) => {
      const labels = attempt.labels?.length
        ? t('support_labels_seen', {
            labels: attempt.labels.map((label) => JSON.stringify(redact(label).slice(0, 40))).join(', '),
          })
        : '';
      const { target, strategy, kind, selector, candidates, matched } = attempt;
      return t('support_attempt', { target, strategy, kind, selector, candidates, matched, labels });
    }),
  ];
  return lines.join('\n');
}
