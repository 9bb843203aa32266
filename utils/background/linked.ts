import { type LinkOutcome, linkOutcomeItem } from '../storage';
import { markOrgLinked } from './guides';
import { wipeToken } from './token-vault';

/** The hub confirmed an account, whichever way it was linked: wipe the token, keep the outcome, tell the guides. */
export async function recordLinked(
  orgDomain: string,
  accountId: string,
  provider: string,
): Promise<LinkOutcome> {
  await wipeToken();
  const outcome: LinkOutcome = { status: 'linked', orgDomain, accountId, provider, linkedAt: Date.now() };
  await linkOutcomeItem.setValue(outcome);
  await markOrgLinked(orgDomain);
  return outcome;
}
