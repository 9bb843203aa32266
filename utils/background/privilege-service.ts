import { browser } from 'wxt/browser';
import { oktaOrgOf } from '../okta/domain';
import { type RolesReading, readAdminRolesInPage, verdictOf } from '../okta/privilege-check';
import { privilegeItem, updateItem } from '../storage';
import { publish } from './events';

/** Orgs whose check is under way in this worker: one at a time per org, however many pages say hello. */
const checking = new Set<string>();

/**
 * Learns, once per org, what a token the admin creates could do: reads their roles in the guided tab (with
 * their own session), keeps the verdict, and says so (the org's guides are told). A check that could not conclude (signed
 * out, Okta refused) is tried again on the next page.
 */
export async function checkPrivilegeOnce(tabId: number, orgDomain: string): Promise<void> {
  const known = (await privilegeItem.getValue())[orgDomain];
  if ((known && known.status !== 'unknown') || checking.has(orgDomain)) return;
  checking.add(orgDomain);
  try {
    const [answer] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: readAdminRolesInPage,
    });
    const reading = answer?.result as RolesReading | undefined;
    // The tab may have left the org since it said hello: a verdict only from the org's own pages.
    if (oktaOrgOf(reading?.origin)?.orgDomain !== orgDomain) return;
    const verdict = verdictOf(reading);
    await updateItem(privilegeItem, (verdicts) => ({ ...verdicts, [orgDomain]: verdict }));
    await publish('privilege-checked', { orgDomain });
  } catch {
    // The tab closed or navigated away meanwhile: the next page's hello asks again.
  } finally {
    checking.delete(orgDomain);
  }
}
