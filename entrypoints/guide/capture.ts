import type { PageReading } from '@/utils/guide/page-facts';
import type { GuideStatus } from '@/utils/messages/guide-protocol';
import { ask } from './worker';

/**
 * Capture: the token Okta reveals goes to our worker once (however often the page changes while it shows),
 * and the worker's answer (the token held, masked) comes back as the guide's status.
 */
export function tokenCapture(onStatus: (status: GuideStatus | null) => void) {
  let sent: string | null = null;
  return (page: PageReading): void => {
    const token = page.revealed?.token;
    if (!token || token === sent) return;
    sent = token;
    void ask({ type: 'guide:token-revealed', token }).then(onStatus);
  };
}
