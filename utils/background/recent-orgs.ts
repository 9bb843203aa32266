import { type OrgProtocol, RECENT_OKTA_ORGS_LIMIT, recentOktaOrgsItem, updateItem } from '../storage';

/**
 * The Okta orgs the extension saw, newest first: offered in the "Okta org" field on a hub page. Domains and
 * their scheme only; never a path, a user or anything else of the page.
 */

export async function rememberOrg(orgDomain: string, protocol: OrgProtocol): Promise<void> {
  const [newest] = await recentOktaOrgsItem.getValue();
  // Unchanged: no write, so the popup (which listens to storage) is not asked to draw itself again.
  if (newest?.orgDomain === orgDomain && newest.protocol === protocol) return;
  await updateItem(recentOktaOrgsItem, (orgs) =>
    [{ orgDomain, protocol }, ...orgs.filter((org) => org.orgDomain !== orgDomain)].slice(
      0,
      RECENT_OKTA_ORGS_LIMIT,
    ),
  );
}

/** The scheme an org was seen on, if it was. */
export async function protocolSeenFor(orgDomain: string): Promise<OrgProtocol | null> {
  const seen = (await recentOktaOrgsItem.getValue()).find((org) => org.orgDomain === orgDomain);
  return seen?.protocol ?? null;
}

export function protocolOfPage(url: string): OrgProtocol {
  return new URL(url).protocol === 'http:' ? 'http:' : 'https:';
}
