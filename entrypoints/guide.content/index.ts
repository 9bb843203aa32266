import { oktaOrgOf } from '@/utils/okta/domain';
import { runGuide } from './run-guide';

/** Injected by the background on Start and after each navigation of a guided tab; never on its own. */
export default defineContentScript({
  registration: 'runtime',
  matches: ['*://*.okta.com/*'],
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const org = oktaOrgOf(location.href);
    if (!org || window.top !== window) return;
    await runGuide(ctx, org);
  },
});
