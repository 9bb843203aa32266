import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import type { FirstPaint } from '@/utils/popup/first-paint';
import { popupApi, resolveTabId } from '@/utils/popup/popup-api';

/**
 * The Preact app, loaded after the first paint; it renders over the DOM the first paint left. Without a first
 * paint (its script failed to load) it reads the tab itself.
 */
export async function mountPopup(root: Element, painted: FirstPaint | null): Promise<void> {
  const tabId = painted ? painted.tabId : await resolveTabId(location.search);
  if (tabId === null) {
    if (!painted) render(<p>Open the popup from a tab.</p>, root);
    return;
  }
  render(<PopupApp api={popupApi} tabId={tabId} tabPage={painted?.tabPage ?? null} />, root);
}
