import { render } from 'preact';
import { I18n } from '@/components/common/i18n';
import { PopupApp } from '@/components/popup/PopupApp';
import { browserTranslator } from '@/utils/i18n/browser-language';
import type { FirstPaint } from '@/utils/popup/first-paint';
import { popupApi, resolveTabId } from '@/utils/popup/popup-api';

/**
 * The Preact app, loaded after the first paint; it renders over the DOM the first paint left. Without a first
 * paint (its script failed to load) it reads the tab itself.
 */
export async function mountPopup(root: Element, painted: FirstPaint | null): Promise<void> {
  const i18n = browserTranslator();
  const tabId = painted ? painted.tabId : await resolveTabId(location.search);
  if (tabId === null) {
    if (!painted) render(<p>{i18n.t('popup_open_from_tab')}</p>, root);
    return;
  }
  render(
    <I18n.Provider value={i18n}>
      <PopupApp api={popupApi} tabId={tabId} tabPage={painted?.tabPage ?? null} />
    </I18n.Provider>,
    root,
  );
}
