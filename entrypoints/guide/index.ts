import { scriptLife } from '@/utils/dom/script-life';
import { runGuide } from './run-guide';

/**
 * Injected by the background on Start and after each navigation of a guided tab (`GUIDE_SCRIPT`); never on
 * its own. An unlisted script, not a content script: nothing registers it, and it carries its own small life
 * (script-life.ts) instead of WXT's content-script context. It asks the background first, which answers only
 * for a tab started on this page's org.
 */
export default defineUnlistedScript(async () => {
  if (window.top !== window) return;
  await runGuide(scriptLife('guide'));
});
