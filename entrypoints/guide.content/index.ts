import { runGuide } from './run-guide';

/**
 * Injected by the background on Start and after each navigation of a guided tab; never on its own. It asks
 * the background first, which answers only for a tab started on this page's org.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['*://*.okta.com/*'],
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (window.top !== window) return;
    await runGuide(ctx);
  },
});
