import { subscribe } from './events';
import { pushStatusToOrg } from './guide-status';
import { markOrgLinked } from './guide-store';
import { continueAfterCapture } from './hub-journey';
import { watchLinkedTokenUse } from './proof-of-use';

/**
 * Who hears what on the background's event channel (`events.ts`), in one place at the top, so that no service
 * imports another to tell it something happened. Order matters where two listeners hear one event: they run
 * in the order written here. Returns the function that undoes the wiring (for tests).
 */
export function wireBackgroundEvents(): () => void {
  const subscriptions = [
    // A captured token: the org's guides show it, then a Get-token-from-Okta journey fills its hub tab.
    subscribe('token-captured', ({ orgDomain }) => pushStatusToOrg(orgDomain)),
    subscribe('token-captured', ({ orgDomain, tabId }) => continueAfterCapture(orgDomain, tabId)),
    // The guides stop showing a token that ended, and show what they now know of the org.
    subscribe('token-ended', ({ orgDomain }) => pushStatusToOrg(orgDomain)),
    subscribe('privilege-checked', ({ orgDomain }) => pushStatusToOrg(orgDomain)),
    // The guides hear of the link itself from the outcome's watch (keepGuidesInformed); here their tabs' step.
    subscribe('linked', ({ orgDomain }) => markOrgLinked(orgDomain)),
    // Proof of use: Okta's metadata of the linked token is read for about a minute, not awaited here.
    subscribe('linked', () => {
      void watchLinkedTokenUse();
    }),
  ];
  return () => {
    for (const unsubscribe of subscriptions) unsubscribe();
  };
}
