import { lastUseOf } from '../okta/api-tokens';
import { type LinkOutcome, linkOutcomeItem, type TokenUsage, updateItem } from '../storage';
import { readTokenMeta } from './okta-api-calls';

/**
 * Proof of use: after a link, while a tab of the org is open, the token's metadata is read a few times over
 * about a minute (`GET /api/v1/api-tokens/{id}` with the admin's session). Okta renews `expiresAt` on each use,
 * so `expiresAt − tokenWindow` after the creation says the hub used it, and when. The outcome carries the
 * answer; the guides (watching the outcome) and the popup show it.
 */

/** When the metadata is read, from the link (ms): the first read at once, the last about a minute later. */
export const PROOF_READS_MS = [0, 5_000, 15_000, 30_000, 60_000];

type Linked = Extract<LinkOutcome, { status: 'linked' }>;

export async function watchTokenUse(
  linked: Linked,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<TokenUsage | null> {
  if (!linked.oktaId) return null;
  let waited = 0;
  for (const [index, at] of PROOF_READS_MS.entries()) {
    await wait(at - waited);
    waited = at;
    const reading = await readTokenMeta(linked.orgDomain, linked.oktaId);
    // No tab of the org left to ask, or Okta does not answer for the token: nothing more to learn here.
    if (!reading?.ok) return null;
    const lastUse = lastUseOf(reading.meta);
    const usage: TokenUsage =
      lastUse !== null
        ? { seen: true, at: lastUse }
        : { seen: false, checkedAt: Date.now(), final: index === PROOF_READS_MS.length - 1 };
    const still = await noteUsage(linked, usage);
    if (!still || usage.seen) return usage;
  }
  return null;
}

/** Writes the usage onto the same link's outcome; false when the outcome has moved on (a new journey). */
async function noteUsage(linked: Linked, usage: TokenUsage): Promise<boolean> {
  let same = false;
  await updateItem(linkOutcomeItem, (outcome) => {
    if (outcome?.status !== 'linked' || outcome.linkedAt !== linked.linkedAt) return outcome;
    same = true;
    return { ...outcome, usage };
  });
  return same;
}

/** Starts proof of use for the link just stored (heard on the `linked` event; runs on its own, about a minute). */
export async function watchLinkedTokenUse(): Promise<void> {
  const outcome = await linkOutcomeItem.getValue();
  if (outcome?.status === 'linked') await watchTokenUse(outcome);
}
