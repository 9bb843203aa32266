import { createHubClient } from '../hub/client';
import { hubSessionItem } from '../storage';
import { readTrustedSessionInTab } from './hub-session';
import { mayReceiveToken } from './hub-trust';

/*
 * "Connected" only on the hub backend's word. Any script on a hub page can dispatch the hub's `success` event, so
 * the event alone never wipes the token: the account it names is looked up with the hub session (the one taken
 * from the hub, else the page's own, for a trusted hub API). Without that confirmation the page only "reported
 * success", and the token is kept until its deadline.
 */

export async function hubConfirmsAccount(tabId: number, accountId: string | undefined): Promise<boolean> {
  if (!accountId) return false;
  const stored = await hubSessionItem.getValue();
  const session =
    stored && (await mayReceiveToken(stored.baseUrl))
      ? { token: stored.token, baseUrl: stored.baseUrl }
      : await readTrustedSessionInTab(tabId);
  if (!session) return false;
  try {
    const client = createHubClient({
      baseUrl: session.baseUrl,
      sessionToken: session.token,
      retry: { attempts: 2 },
    });
    return await client.confirmAccount(accountId);
  } catch {
    // Unknown to the hub, refused, or unreachable: not confirmed.
    return false;
  }
}
