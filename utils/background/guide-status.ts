import { browser } from 'wxt/browser';
import type { Translator } from '../i18n/catalogue';
import { guideSpeech } from '../i18n/package-catalogues';
import type { GuidePush, GuideStatus } from '../messages';
import { oktaOrgOf } from '../okta/domain';
import { privilegeMessage } from '../okta/privilege-copy';
import { tokenUsageText } from '../okta/token-usage-copy';
import {
  type CapturedToken,
  guidesItem,
  type HubSession,
  hubSessionItem,
  type LinkOutcome,
  linkOutcomeItem,
  managedPolicyItem,
  privilegeItem,
  readSettings,
} from '../storage';
import { tabOf } from '../tabs';
import { originOf } from '../url';
import { guideOf } from './guide-store';
import { readTokenRecords } from './token-records';
import { describeToken, readToken } from './token-vault';

/** What each guide is told of its state, and when: on request, and pushed when the state changes. */

/** What one guide may know: never the token itself, only its masked form; never the hub session, only its origin. */
export async function guideStatusFor(tabId: number, pageUrl: string | undefined): Promise<GuideStatus> {
  const [guide, settings, privileges, outcome, session, records] = await Promise.all([
    guideOf(tabId),
    // The policy as last read: the guide's first answer must not wait for Chrome's first policy read (seconds
    // after install, and more while a busy page keeps the browser working: a Start on a 5,000-row page once
    // waited 52 s for it). The copy's arrival is a storage change, and the guides are told again then.
    readSettings({ policy: 'known' }),
    privilegeItem.getValue(),
    linkOutcomeItem.getValue(),
    hubSessionItem.getValue(),
    readTokenRecords(),
  ]);
  const org = oktaOrgOf(pageUrl);
  const running = Boolean(guide && org && org.orgDomain === guide.orgDomain);
  const orgDomain = running ? (guide?.orgDomain ?? null) : null;
  // The guided org's own token only: a token held for another org is never shown or sent from here.
  const token = orgDomain ? await readToken(orgDomain) : null;
  const verdict = orgDomain ? privileges[orgDomain] : undefined;
  // The console's language, else the browser's: the words, the privilege verdict and Connect's notes in it.
  const speech = await guideSpeech(guide?.language);
  const linkedNow =
    guide &&
    outcome?.status === 'linked' &&
    outcome.orgDomain === orgDomain &&
    outcome.linkedAt >= guide.startedAt
      ? outcome
      : null;
  // Where the admin looks next: a token of this org Okta would not let us revoke, until they say it is done.
  const unrevoked = records.find(
    (record) => record.orgDomain === orgDomain && record.ending.how === 'revoke-failed' && !record.dismissed,
  );
  return {
    running,
    mode: guide?.mode ?? 'tour',
    orgDomain,
    tokenName: settings.tokenName,
    tokenCaptured: token ? { masked: describeToken(token).masked, expiresAt: token.expiresAt } : null,
    // A link made before this guide started belongs to an earlier journey: Start after `linked` begins anew.
    linkedAccountId:
      guide &&
      outcome?.status === 'linked' &&
      outcome.orgDomain === orgDomain &&
      outcome.linkedAt >= guide.startedAt
        ? outcome.accountId
        : null,
    connect: token && session ? connectOffer(session, token, outcome, speech.translator) : null,
    privilege: verdict ? privilegeMessage(verdict, speech.translator) : null,
    lang: speech.lang,
    words: speech.words,
    tokenUsage: linkedNow ? tokenUsageText(linkedNow.usage, speech.translator) : null,
    tokenNotice:
      unrevoked?.ending.how === 'revoke-failed'
        ? speech.translator.t('status_token_not_revoked', {
            masked: unrevoked.masked,
            why: unrevoked.ending.why,
          })
        : null,
  };
}

/** Connect from the overlay: where the token would go, and how the last attempt with this token went. */
function connectOffer(
  session: HubSession,
  token: CapturedToken,
  outcome: LinkOutcome | null,
  guideLanguage: Translator,
): NonNullable<GuideStatus['connect']> {
  const offer = { hubOrigin: originOf(session.baseUrl) ?? session.baseUrl, message: null };
  if (!outcome || outcome.orgDomain !== token.orgDomain) return { ...offer, state: 'ready' };
  switch (outcome.status) {
    case 'in-flight':
      return { ...offer, state: outcome.startedAt >= token.capturedAt ? 'in-flight' : 'ready' };
    case 'failed':
      return outcome.at >= token.capturedAt
        ? { ...offer, state: 'failed', message: outcome.message }
        : { ...offer, state: 'ready' };
    case 'choose-integration':
      return {
        ...offer,
        state: 'failed',
        message: guideLanguage.t('hub_choose_in_popup'),
      };
    default:
      return { ...offer, state: 'ready' };
  }
}

export async function pushStatus(tabId: number): Promise<void> {
  const tab = await tabOf(tabId);
  if (!tab) return;
  const push: GuidePush = { type: 'guide:status', status: await guideStatusFor(tabId, tab.url) };
  await browser.tabs.sendMessage(tabId, push, { frameId: 0 }).catch(() => {
    // No guide listening (page navigating, or never injected): it asks again when it starts.
  });
}

/** Tell every guide on an org that its state changed (token captured, linked, wiped). */
export async function pushStatusToOrg(orgDomain: string): Promise<void> {
  const guides = await guidesItem.getValue();
  await Promise.all(
    Object.entries(guides)
      .filter(([, guide]) => guide.orgDomain === orgDomain)
      .map(([tabId]) => pushStatus(Number(tabId))),
  );
}

/** Tell every guide that its state changed. */
async function pushStatusToAll(): Promise<void> {
  const guides = await guidesItem.getValue();
  await Promise.all(Object.keys(guides).map((tabId) => pushStatus(Number(tabId))));
}

/**
 * The overlay offers Connect once a hub session is known and shows how the last link attempt went: when the
 * session or the outcome changes (from the popup, a hub tab, the overlay itself), or the policy's copy arrives
 * (its token name), the guides are told.
 * Returns the function that stops watching.
 */
export function keepGuidesInformed(): () => void {
  const unwatch = [hubSessionItem, linkOutcomeItem, managedPolicyItem].map((item) =>
    item.watch(() => void pushStatusToAll()),
  );
  return () => {
    for (const stop of unwatch) stop();
  };
}
