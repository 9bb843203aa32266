import { pointAtHubConnect } from '@/utils/autofill/connect-pointer';
import { fillHubFormOnPage, inspectHubFormOnPage } from '@/utils/autofill/hub-form-filler';
import { onHubConnected } from '@/utils/autofill/hub-success';
import { createScheduler } from '@/utils/dom/scheduler';
import type { HubFillRequest } from '@/utils/messages/hub-fill-protocol';
import { HUB_FORM_FILLER_GLOBAL, type HubFormFiller } from '@/utils/messages/hub-fill-protocol';

/**
 * Injected into the top frame of the tab the admin chose, only when the popup asks (activeTab + scripting).
 * It runs nothing on its own: it leaves two functions in the extension's isolated world, which the
 * background calls (utils/background/hub-form.ts). No `matches`, so the build adds no host permission for it.
 * After a fill it waits for the hub's own "connected", so the token can be wiped once the hub has it.
 */
export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    let stopWatching = () => {};
    let stopPointing: (() => void) | null = null;
    // The pointer outlives this injection: the popup injects the filler again on each reading, which invalidates
    // this script's context (WXT stops older copies), and the pointer must stay. It goes with the extension.
    const later = createScheduler({
      get isInvalid() {
        return !browser.runtime?.id;
      },
      onInvalidated: () => {},
    });
    const filler: HubFormFiller = {
      inspect: () => inspectHubFormOnPage(window),
      fill: (request) => {
        let pointed = false;
        const result = fillHubFormOnPage(window, request, ({ hub }) => {
          // The hub element this fill used, wherever it sits (a vendor may nest it in a shadow root).
          stopWatching();
          stopWatching = onHubConnected(hub, (connected) => {
            void browser.runtime.sendMessage({
              type: 'hub-fill:hub-connected',
              ...connected,
            } satisfies HubFillRequest);
          });
          stopPointing?.();
          stopPointing = request.pointAtConnect ? pointAtHubConnect(hub, later) : null;
          pointed = stopPointing !== null;
        });
        return result.ok && request.pointAtConnect ? { ...result, pointedAtConnect: pointed } : result;
      },
    };
    (globalThis as Record<string, unknown>)[HUB_FORM_FILLER_GLOBAL] = filler;
  },
});
