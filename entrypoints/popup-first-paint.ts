import { browserTranslator } from '@/utils/i18n/browser-language';
import { type FirstPaint, paintNoTab, paintOrg, publishFirstPaint } from '@/utils/popup/first-paint';
import { loadTabPage, resolveTabId } from '@/utils/popup/popup-api';
import styles from './popup/style.css?inline';

/**
 * The popup's first script (in popup/index.html's head, before anything else): built alone, so it is one file
 * with nothing else to fetch. It asks for the tab at once, with the browser's own API, while the page is still
 * being parsed, so that the answer is usually there for the page's first frame; it paints the org into the
 * page's shell as soon as both are ready, then hands over to the app (utils/popup/first-paint.ts). It never
 * waits for the worker.
 */
export default defineUnlistedScript(() => {
  publishFirstPaint(paint());
  // The popup's styles come with this script: no style sheet to fetch before the first frame.
  const sheet = document.createElement('style');
  sheet.textContent = styles;
  document.head.append(sheet);
});

async function readTab(): Promise<FirstPaint> {
  const tabId = await resolveTabId(location.search);
  return { tabId, tabPage: tabId === null ? null : await loadTabPage(tabId) };
}

/** The page's shell is in the DOM once the parser is done with the page. */
function parsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('readystatechange', () => resolve(), { once: true }),
  );
}

async function paint(): Promise<FirstPaint> {
  const [read] = await Promise.all([readTab(), parsed()]);
  const root = document.getElementById('app');
  const { t, lang } = browserTranslator();
  document.documentElement.lang = lang;
  if (root && read.tabPage) paintOrg(root, read.tabPage.page, t);
  else if (root) paintNoTab(root, t);
  return read;
}
