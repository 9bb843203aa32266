import { type FirstPaint, paintNoTab, paintOrg, publishFirstPaint } from '@/utils/popup/first-paint';
import { loadTabPage, resolveTabId } from '@/utils/popup/popup-api';

/**
 * The popup's first script (popup/index.html loads it before the app): built alone, so it is one file with
 * nothing else to fetch; it reads the tab with the browser's own API and paints the org, then hands over to
 * the app (utils/popup/first-paint.ts). It never waits for the worker.
 */
export default defineUnlistedScript(() => {
  const root = document.getElementById('app');
  if (!root) return;
  publishFirstPaint(paint(root));
});

async function paint(root: Element): Promise<FirstPaint> {
  const tabId = await resolveTabId(location.search);
  if (tabId === null) {
    paintNoTab(root);
    return { tabId, tabPage: null };
  }
  const tabPage = await loadTabPage(tabId);
  paintOrg(root, tabPage.page);
  return { tabId, tabPage };
}
