import { type LinkOutcome, linkOutcomeItem } from '../storage';
import { publish } from './events';
import { recordTokenEnd } from './token-records';
import { takeToken } from './token-vault';

/**
 * The hub confirmed an account, whichever way it was linked: the token leaves memory (the hub holds it now, so
 * it is never revoked by us), its end is recorded, the outcome kept, and that is said (the guides' tabs move to
 * "linked" and proof of use starts; see `wiring.ts`).
 */
export async function recordLinked(
  orgDomain: string,
  accountId: string,
  provider: string,
): Promise<LinkOutcome> {
  const held = await takeToken(orgDomain);
  if (held) await recordTokenEnd(held, { how: 'linked', accountId });
  const outcome: LinkOutcome = {
    status: 'linked',
    orgDomain,
    accountId,
    provider,
    linkedAt: Date.now(),
    ...(held?.oktaId ? { oktaId: held.oktaId } : {}),
  };
  await linkOutcomeItem.setValue(outcome);
  await publish('token-ended', { orgDomain, reason: 'linked' });
  await publish('linked', { orgDomain, accountId });
  return outcome;
}
