import { publish } from './events';
import { wipeExpiredToken } from './token-vault';

/** Wipes a token whose time is up and says so (its org's guides then stop showing it as captured). */
export async function expireToken(now = Date.now()): Promise<void> {
  const orgDomain = await wipeExpiredToken(now);
  if (orgDomain) await publish('token-ended', { orgDomain, reason: 'expired' });
}
