import { fingerprintHubSession } from '../hub/session';
import { type HubSession, hubSessionItem, type LinkOutcome, linkOutcomeItem, updateItem } from '../storage';

/** The store of the last link attempt's outcome, and the rule for when it still holds. */

/**
 * The stored outcome, as far as it still holds: a choice between integrations belongs to the hub session whose
 * hub offered them, so after a switch to another session it is dropped and that session's hub is asked anew.
 */
export async function readLinkOutcome(): Promise<LinkOutcome | null> {
  const session = await hubSessionItem.getValue();
  await forgetChoicesOfOtherSessions(session);
  return linkOutcomeItem.getValue();
}

/** Drops a pending integration choice that another hub session's hub offered. */
export async function forgetChoicesOfOtherSessions(session: HubSession | null): Promise<void> {
  const stored = await linkOutcomeItem.getValue();
  if (stored?.status !== 'choose-integration') return; // written only when there is something to drop
  const current = session ? await fingerprintHubSession(session.token) : null;
  if (stored.hubSession === current) return;
  await updateItem(linkOutcomeItem, (outcome) =>
    outcome?.status === 'choose-integration' && outcome.hubSession !== current ? null : outcome,
  );
}
