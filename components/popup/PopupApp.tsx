import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PopupState } from '../../utils/background/popup-state';
import type { PopupApi } from '../../utils/popup/popup-api';
import type { TabPage } from '../../utils/popup/tab-page';
import { ConnectPanel } from './ConnectPanel';
import { FillPanel } from './FillPanel';
import { GuidePanel } from './GuidePanel';
import { HubSessionPanel } from './HubSessionPanel';
import { OrgSummary } from './OrgSummary';
import { TokenPanel } from './TokenPanel';

type Errors = Partial<Record<'guide' | 'token' | 'session', string>>;

export function PopupApp({ api, tabId }: { api: PopupApi; tabId: number }) {
  const [state, setState] = useState<PopupState | null>(null);
  const [tabPage, setTabPage] = useState<TabPage | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [eventHookName, setEventHookName] = useState('');
  const [now, setNow] = useState(Date.now());

  const refresh = useCallback(() => {
    void api.loadState(tabId).then(setState);
    setNow(Date.now());
  }, [api, tabId]);
  useEffect(() => {
    void api.loadTabPage(tabId).then(setTabPage);
  }, [api, tabId]);
  useEffect(() => {
    refresh();
    return api.watchState(refresh);
  }, [api, refresh]);

  const report = (key: keyof Errors, result: { ok: boolean; message?: string }) =>
    setErrors((previous) => ({ ...previous, [key]: result.ok ? undefined : result.message }));

  if (!state) {
    // The background may need waking first; the org is known from the tab's address alone.
    return (
      <main aria-busy="true">
        <h1>Okta Link Assistant</h1>
        {tabPage && <OrgSummary page={tabPage.page} />}
        <p class="muted">Loading…</p>
      </main>
    );
  }
  const onOkta = state.page.kind === 'okta';
  return (
    <main>
      <h1>Okta Link Assistant</h1>
      <OrgSummary page={state.page} />
      {onOkta && (
        <GuidePanel
          guide={state.guide}
          privilege={state.privilege}
          error={errors.guide ?? null}
          onStart={async () => report('guide', await api.startGuide(tabId))}
          onStop={() => void api.stopGuide(tabId)}
        />
      )}
      <TokenPanel
        token={state.token}
        canPaste={onOkta}
        error={errors.token ?? null}
        now={now}
        onPaste={async (value) => report('token', await api.pasteToken(tabId, value))}
        onForget={() => void api.forgetToken()}
      />
      <HubSessionPanel
        session={state.hubSession}
        canReadFromTab={!onOkta && state.pageOrigin !== null}
        error={errors.session ?? null}
        onFindInTab={async () => report('session', await api.findHubSession(tabId))}
        onPaste={async (value) => report('session', await api.setHubSession(value))}
      />
      {state.page.kind === 'not-okta' && state.pageOrigin?.startsWith('http') && (
        <FillPanel
          pageOrigin={state.pageOrigin}
          hasToken={state.token !== null}
          onInspect={() => api.inspectHubForm(tabId)}
          onFill={(options) => api.fillHubForm(tabId, options)}
        />
      )}
      {(state.token || state.link) && (
        <ConnectPanel
          link={state.link}
          hasToken={state.token !== null}
          hasSession={state.hubSession !== null}
          busy={busy}
          eventHookName={eventHookName}
          onEventHookName={setEventHookName}
          onConnect={async (options) => {
            setBusy(true);
            try {
              await api.connect({ ...options, eventHookName });
            } finally {
              // A worker stopped mid-request rejects the call; the stored outcome says what happened.
              setBusy(false);
              refresh();
            }
          }}
        />
      )}
    </main>
  );
}
