import { type LinkOutcome, linkOutcomeItem } from '../storage';
import { publish } from './events';
import { wipeToken } from './token-vault';

/**
 * The hub confirmed an account, whichever way it was linked: wipe the token, keep the outcome, and say so
 * (the guides' tabs move to "linked"; see `wiring.ts`).
 */
export async function recordLinked(
  orgDomain: string,
  accountId: string,
  provider: string,
): Promise<LinkOutcome> {
  await wipeToken();
  const outcome: LinkOutcome = { status: 'linked', orgDomain, accountId, provider, linkedAt: Date.now() };
  await linkOutcomeItem.setValue(outcome);
  await publish('token-ended', { orgDomain, reason: 'linked' });
  await publish('linked', { orgDomain, accountId });
  return outcome;
}
