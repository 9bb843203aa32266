import { keepGuidesInformed } from '@/utils/background/guide-status';
import { forgetTab } from '@/utils/background/guide-store';
import { onTabStatus } from '@/utils/background/guides';
import { noteTabClosed } from '@/utils/background/hub-journey';
import { settleInterruptedAttempt } from '@/utils/background/link-service';
import { handleMessage } from '@/utils/background/router';
import { expireTokens } from '@/utils/background/token-lifecycle';
import { orgOfExpiryAlarm } from '@/utils/background/token-vault';
import { wireBackgroundEvents } from '@/utils/background/wiring';
import { refreshManagedPolicy } from '@/utils/storage';

export default defineBackground(() => {
  // Before any listener: what the services publish must find its listeners from the worker's first event.
  wireBackgroundEvents();
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (changeInfo.status) void onTabStatus(tabId, changeInfo.status, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void noteTabClosed(tabId);
  });
  keepGuidesInformed();
  browser.alarms.onAlarm.addListener((alarm) => {
    // Each org's token has its own deadline; whichever alarm rings, every token past its deadline ends.
    if (orgOfExpiryAlarm(alarm.name)) void expireTokens();
  });
  // Chrome's first policy read takes seconds after install: started now, off the popup's path; kept current.
  void refreshManagedPolicy();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refreshManagedPolicy();
  });
  // A worker stopped mid-request (MV3 may stop it any time) must not leave a request that looks alive.
  void settleInterruptedAttempt();
  // In case the alarm was missed (Chrome may delay alarms while the machine sleeps).
  void expireTokens();
});
