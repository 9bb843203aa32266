import { forgetTab, resumeGuideAfterNavigation } from '@/utils/flow/guides';
import { settleInterruptedAttempt } from '@/utils/flow/link-service';
import { handleMessage } from '@/utils/flow/router';
import { readToken } from '@/utils/flow/token-vault';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (changeInfo.status === 'complete') void resumeGuideAfterNavigation(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // A worker stopped mid-request (MV3 may stop it any time) must not leave a request that looks alive.
  void settleInterruptedAttempt();
  // Reading wipes a token whose time ran out while the worker was stopped.
  void readToken();
});
