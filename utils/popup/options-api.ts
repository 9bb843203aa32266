import { describeCurrentHubSession } from '../background/hub-session';
import { clearTokenRecords, readTokenRecords } from '../background/token-records';
import { checkHubBaseUrl } from '../hub/session';
import { t } from '../i18n/browser-language';
import { readSettings, recentOktaOrgsItem, type Settings, settingsItem, updateItem } from '../storage';
import { askHostPermission, request } from './popup-api';

/** What the options page does: settings in `storage.local`, the hub session (a secret) through the background. */

export type SaveResult =
  | { ok: true; message: string }
  | { ok: false; field: 'hubApiBaseUrl' | 'tokenName' | 'hubSession'; message: string };

export async function loadOptions() {
  const [settings, hubSession, recentOrgs, tokenRecords] = await Promise.all([
    readSettings(),
    describeCurrentHubSession(),
    recentOktaOrgsItem.getValue(),
    readTokenRecords(),
  ]);
  return { settings, hubSession, recentOrgs: recentOrgs.map((org) => org.orgDomain), tokenRecords };
}

export async function saveOptions(input: {
  hubApiBaseUrl: string;
  tokenName: string;
  hubSession: string;
}): Promise<SaveResult> {
  const base = checkHubBaseUrl(input.hubApiBaseUrl);
  if (!base.ok) return { ok: false, field: 'hubApiBaseUrl', message: base.reason };
  const tokenName = input.tokenName.trim();
  if (!tokenName) return { ok: false, field: 'tokenName', message: t('options_token_name_missing') };
  if (tokenName.length > 100) return { ok: false, field: 'tokenName', message: t('options_token_name_long') };
  if (!(await askHostPermission(base.origin))) {
    return {
      ok: false,
      field: 'hubApiBaseUrl',
      message: t('options_no_access', { origin: base.origin }),
    };
  }
  const { managed } = await readSettings();
  // A policy value is shown (disabled) but is not the admin's own: theirs is kept for when it goes.
  await updateItem(settingsItem, (current) => ({
    ...current,
    hubApiBaseUrl: managed.includes('hubApiBaseUrl') ? current.hubApiBaseUrl : base.baseUrl,
    tokenName: managed.includes('tokenName') ? current.tokenName : tokenName,
  }));
  if (input.hubSession.trim()) {
    const result = await request({
      type: 'popup:set-hub-session',
      session: input.hubSession,
      baseUrl: base.baseUrl,
    });
    if (!result.ok)
      return { ok: false, field: 'hubSession', message: result.message ?? t('options_session_refused') };
  }
  return { ok: true, message: t('options_saved') };
}

export function testHubSession() {
  return request({ type: 'popup:test-hub-session' });
}

export async function revokeTrustedOrigin(origin: string): Promise<Settings> {
  return updateItem(settingsItem, (current) => ({
    ...current,
    trustedHubOrigins: current.trustedHubOrigins.filter((o) => o !== origin),
  }));
}

/** The Okta orgs offered on hub pages are forgotten; the next org the popup shows starts the list again. */
export async function clearRecentOrgs(): Promise<void> {
  await recentOktaOrgsItem.removeValue();
}

/** "Revoke unused tokens", saved as it is ticked (a policy value stays as the policy sets it). */
export async function setRevokeUnusedTokens(on: boolean): Promise<void> {
  await updateItem(settingsItem, (current) => ({ ...current, revokeUnusedTokens: on }));
}

export type OptionsApi = {
  setRevokeUnusedTokens: typeof setRevokeUnusedTokens;
  clearTokenRecords: typeof clearTokenRecords;
  loadOptions: typeof loadOptions;
  saveOptions: typeof saveOptions;
  testHubSession: typeof testHubSession;
  revokeTrustedOrigin: typeof revokeTrustedOrigin;
  clearRecentOrgs: typeof clearRecentOrgs;
};
export const optionsApi: OptionsApi = {
  setRevokeUnusedTokens,
  clearTokenRecords,
  loadOptions,
  saveOptions,
  testHubSession,
  revokeTrustedOrigin,
  clearRecentOrgs,
};
