import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import { popupApi, resolveTabId } from '@/utils/popup/popup-api';
import './style.css';

const root = document.getElementById('app');
if (root) {
  void resolveTabId(location.search).then((tabId) =>
    render(
      tabId === null ? <p>Open the popup from a tab.</p> : <PopupApp api={popupApi} tabId={tabId} />,
      root,
    ),
  );
}
