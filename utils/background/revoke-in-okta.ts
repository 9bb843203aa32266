import { browser } from 'wxt/browser';
import { t } from '../i18n/browser-language';
import { oktaOrgOf } from '../okta/domain';
import { tokensPageUrl } from '../okta/steps';
import { pointAtTokenRow, REVOKE_POINTER_TAG, type TokenRowFacts } from '../okta/token-row';
import { type TokenRecord, tokenRecordsItem, updateItem } from '../storage';
import { clearRevokeFailureBadge } from './token-lifecycle';

/**
 * "Revoke in Okta" for a token the extension could not revoke: the org's Tokens page opens in a new tab and
 * the token's row is pointed at (by name and creation, its id where shown); the revoke and its confirmation
 * are the admin's own clicks in Okta.
 */

type RecordKey = Pick<TokenRecord, 'orgDomain' | 'capturedAt'>;

async function findRecord(key: RecordKey): Promise<TokenRecord | null> {
  const records = await tokenRecordsItem.getValue();
  return records.find((r) => r.orgDomain === key.orgDomain && r.capturedAt === key.capturedAt) ?? null;
}

export async function openRevokeInOkta(
  key: RecordKey,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const record = await findRecord(key);
  const protocol = record?.protocol ?? 'https:';
  const org = record ? oktaOrgOf(`${protocol}//${record.orgDomain}`) : null;
  if (!record || !org || record.ending.how !== 'revoke-failed') {
    return { ok: false, message: t('revoke_nothing_left') };
  }
  const tab = await browser.tabs
    .create({ url: tokensPageUrl(org, protocol), active: true })
    .catch(() => null);
  if (tab?.id === undefined)
    return { ok: false, message: t('revoke_open_tokens_page', { org: record.orgDomain }) };
  await clearRevokeFailureBadge();
  await loaded(tab.id);
  const facts: TokenRowFacts = {
    name: record.name ?? null,
    createdIso: record.createdInOkta ?? null,
    capturedAt: record.capturedAt,
    oktaId: record.oktaId ?? null,
    words: pointerWords(record, record.ending.why),
  };
  await browser.scripting
    .executeScript({
      target: { tabId: tab.id, frameIds: [0] },
      func: pointAtTokenRow,
      args: [facts, REVOKE_POINTER_TAG],
    })
    .catch(() => undefined);
  return { ok: true };
}

/** The pointer's words: which token (name, masked value, creation day as the Tokens page dates it) and why. */
function pointerWords(record: TokenRecord, why: string): TokenRowFacts['words'] {
  const created = new Date(record.createdInOkta ?? record.capturedAt).toISOString().slice(0, 10);
  const token = record.name
    ? t('revoke_row_token_named', { name: record.name, masked: record.masked, created })
    : t('revoke_row_token', { masked: record.masked, created });
  return {
    found: t('revoke_row_found', { token, why }),
    notFound: t('revoke_row_not_found', { token, why }),
    close: t('revoke_row_close'),
  };
}

export async function dismissRevokeFailure(key: RecordKey): Promise<{ ok: true }> {
  await updateItem(tokenRecordsItem, (records) =>
    records.map((r) =>
      r.orgDomain === key.orgDomain && r.capturedAt === key.capturedAt ? { ...r, dismissed: true } : r,
    ),
  );
  return { ok: true };
}

/** Resolves once the tab finished loading a page on its org (or after a while, whatever it shows). */
function loaded(tabId: number, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(listener);
      clearTimeout(timer);
      resolve();
    };
    const listener = (id: number, change: { status?: string }, tab: { url?: string }) => {
      if (id === tabId && change.status === 'complete' && oktaOrgOf(tab.url)) done();
    };
    const timer = setTimeout(done, timeoutMs);
    browser.tabs.onUpdated.addListener(listener);
  });
}
