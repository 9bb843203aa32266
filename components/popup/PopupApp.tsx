import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HubFormInspectionView } from '../../utils/messages/hub-fill-protocol';
import type { PopupState } from '../../utils/messages/popup-protocol';
import { journeyWaitsHere, type NextStep, nextStepFor } from '../../utils/popup/next-step';
import type { PopupApi } from '../../utils/popup/popup-api';
import type { TabPage } from '../../utils/popup/tab-page';
import { ErrorLine } from '../common/ErrorLine';
import { useI18n } from '../common/i18n';
import { ConnectPanel } from './ConnectPanel';
import { EventHookField } from './EventHookField';
import { FillPanel } from './FillPanel';
import { GetTokenPanel } from './GetTokenPanel';
import { GuidePanel } from './GuidePanel';
import { HubApiConfirm, type SessionChoice } from './HubApiConfirm';
import { HubSessionPanel } from './HubSessionPanel';
import { JourneyPanel } from './JourneyPanel';
import { MoreOptions } from './MoreOptions';
import { OrgSummary } from './OrgSummary';
import { OtherTokensPanel } from './OtherTokensPanel';
import { PasteTokenPanel } from './PasteTokenPanel';
import { RevokeFailuresPanel } from './RevokeFailuresPanel';
import { type TokenDestination, TokenPanel } from './TokenPanel';
import { useHubFormInspection } from './use-hub-form-inspection';

type Errors = Partial<Record<'guide' | 'token' | 'session' | 'journey' | 'org', string>>;

/** Inspections that say the page shows no hub at all (rather than a hub not ready to be filled). */
const NO_HUB_HERE = new Set(['no-hub', 'unreachable', 'insecure-origin']);

/** `tabPage`: what the popup's first paint already read of the tab, so the first render shows it too. */
export function PopupApp(props: { api: PopupApi; tabId: number; tabPage?: TabPage | null }) {
  const { api, tabId } = props;
  const painted = props.tabPage ?? null;
  const [state, setState] = useState<PopupState | null>(null);
  const [tabPage, setTabPage] = useState<TabPage | null>(painted);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [starting, setStarting] = useState(false);
  const [eventHookName, setEventHookName] = useState('');
  const [now, setNow] = useState(Date.now());
  const { t } = useI18n();
  const [sessionChoice, setSessionChoice] = useState<SessionChoice | null>(null);

  const refresh = useCallback(() => {
    void api.loadState(tabId).then(setState);
    setNow(Date.now());
  }, [api, tabId]);
  useEffect(() => {
    // The first paint read the tab already (entrypoints/popup-first-paint.ts): once is enough.
    if (painted === null) void api.loadTabPage(tabId).then(setTabPage);
  }, [api, tabId, painted]);
  useEffect(() => {
    void api.loadState(tabId, { opened: true }).then(setState);
    return api.watchState(refresh);
  }, [api, tabId, refresh]);

  // The hub's form is read only where Get token from Okta may be offered: a web page, no token held. Before
  // the background answers, from the tab's address alone, so reading the page and the state overlap.
  const onWebPage = (page: TabPage | null) =>
    page !== null && page.page.kind !== 'okta' && Boolean(page.pageOrigin?.startsWith('http'));
  const mayOfferGetToken =
    state === null ? onWebPage(tabPage) : onWebPage(state) && !state.token && !journeyWaitsHere(state);
  const inspection = useHubFormInspection(
    () => api.inspectHubForm(tabId),
    mayOfferGetToken,
    state?.link?.status,
  );

  const report = (key: keyof Errors, result: { ok: boolean; message?: string }) =>
    setErrors((previous) => ({ ...previous, [key]: result.ok ? undefined : result.message }));
  /** Taking the tab's hub session: what the admin must decide first (another host, another hub) is shown apart. */
  const findSession = async (choice: { confirmOrigin?: string; replace?: boolean } = {}) => {
    const result = await api.findHubSession(tabId, choice);
    const asked: SessionChoice | null = result.ok
      ? null
      : result.confirm
        ? { kind: 'confirm', ...result.confirm, message: result.message }
        : result.replaces
          ? { kind: 'replace', ...result.replaces, message: result.message }
          : null;
    setSessionChoice(asked);
    report('session', asked ? { ok: true } : result);
  };

  if (!state) {
    // The background may need waking first; the org is known from the tab's address alone.
    return (
      <main aria-busy="true">
        <h1>{t('ext_name')}</h1>
        {tabPage && <OrgSummary page={tabPage.page} />}
        <p class="muted">{t('common_loading')}</p>
      </main>
    );
  }

  const step = nextStepFor(state, inspection);
  const token = state.token;
  const hasSession = state.hubSession !== null;
  const onOkta = state.page.kind === 'okta';
  const onHubPage = !onOkta && state.pageOrigin?.startsWith('http') === true;
  const showRefusal =
    state.page.kind === 'not-okta' &&
    (step === 'none' ||
      (step === 'no-form' && (!inspection || (!inspection.ok && NO_HUB_HERE.has(inspection.reason)))));

  const linked = state.link?.status === 'linked' && !token;
  // Where the journey stands, on its hub tab; on its Okta tab only once something went wrong on the hub side.
  const journeyShown =
    state.journey?.here === 'hub' ||
    (state.journey?.here === 'okta' && state.journey.status !== 'waiting-token');

  const connect = async (options: { integrationId?: string; confirmAfterUnknownOutcome?: boolean }) => {
    setBusy(true);
    try {
      // The token shown is the one linked: never another org's.
      await api.connect({ ...options, eventHookName, orgDomain: token?.orgDomain });
    } finally {
      // A worker stopped mid-request rejects the call; the stored outcome says what happened.
      setBusy(false);
      refresh();
    }
  };
  const connectPanel = () => (
    <ConnectPanel
      link={state.link}
      hasToken={token !== null}
      hasSession={hasSession}
      busy={busy}
      hubHost={state.hubSession ? new URL(state.hubSession.origin).host : null}
      onConnect={(options) => void connect(options)}
    />
  );
  const hubSessionPanel = () => (
    <HubSessionPanel
      session={state.hubSession}
      canReadFromTab={onHubPage}
      error={errors.session ?? null}
      onFindInTab={() => void findSession()}
      onPaste={async (value) => report('session', await api.setHubSession(value))}
    />
  );
  const guidePanel = (running: boolean) => (
    <GuidePanel
      guide={state.guide}
      privilege={state.privilege}
      running={running}
      error={errors.guide ?? null}
      onStart={async (mode) => report('guide', await api.startGuide(tabId, mode))}
      onStop={() => void api.stopGuide(tabId)}
    />
  );
  const getToken = async (origin: string, org: string) => {
    setStarting(true);
    try {
      const result = await api.startFromHub(tabId, { origin, org });
      // The page's session was not taken when the admin must first say where the token may go.
      if (result.ok && result.session && !result.session.ok) {
        const { confirm, replaces, message } = result.session;
        if (confirm) setSessionChoice({ kind: 'confirm', ...confirm, message });
        else if (replaces) setSessionChoice({ kind: 'replace', ...replaces, message });
      }
      setErrors((previous) => ({
        ...previous,
        org: !result.ok && result.field === 'org' ? result.message : undefined,
        journey: !result.ok && result.field === 'page' ? result.message : undefined,
      }));
    } finally {
      setStarting(false);
    }
  };

  /** The panel of the step offered first. */
  const primary = () => {
    switch (step) {
      case 'start':
        return guidePanel(false);
      case 'guide-running':
        return guidePanel(true);
      case 'connect':
        return linked ? null : connectPanel();
      case 'find-hub':
        return (
          <>
            <section class="card" aria-label={t('popup_next_step_label')}>
              <p data-testid="next-step">{t('popup_find_hub')}</p>
            </section>
            {hubSessionPanel()}
          </>
        );
      case 'fill':
        return (
          <FillPanel
            pageOrigin={state.pageOrigin ?? ''}
            hasToken={true}
            eventHookName={eventHookName}
            onInspect={() => api.inspectHubForm(tabId)}
            onFill={(options) => api.fillHubForm(tabId, { ...options, orgDomain: token?.orgDomain })}
          />
        );
      case 'get-token':
        return inspection ? (
          <>
            <GetTokenPanel
              origin={inspection.origin ?? state.pageOrigin ?? ''}
              note={inspection.ok ? null : inspection.message}
              ready={inspection.ok}
              trusted={inspection.trusted}
              suggestedOrg={inspection.orgDomainValue || state.recentOrgs[0] || ''}
              recentOrgs={state.recentOrgs}
              busy={starting}
              error={errors.org ?? null}
              onGetToken={(org) => void getToken(inspection.origin ?? state.pageOrigin ?? '', org)}
            />
            <ErrorLine message={errors.journey} />
          </>
        ) : null;
      default:
        return null;
    }
  };

  return (
    <main>
      <h1>{t('ext_name')}</h1>
      {(onOkta || showRefusal) && <OrgSummary page={state.page} />}
      {step === 'no-form' && !showRefusal && <HubNote inspection={inspection} />}
      {linked && connectPanel()}
      {state.link?.status === 'failed' && state.link.kind === 'unconfirmed' && token && (
        <section class="card" aria-label={t('popup_hub_label')}>
          <p class="warn" role="status" data-testid="hub-reported">
            {state.link.message}
          </p>
        </section>
      )}
      {journeyShown && state.journey && (
        <JourneyPanel
          journey={state.journey}
          hasToken={token !== null}
          hasSession={hasSession}
          error={errors.journey ?? null}
          onReopen={async () => report('journey', await api.reopenOktaTab())}
          onCancel={async () => report('journey', await api.cancelHubJourney())}
        />
      )}
      {token && (
        <TokenPanel token={token} destination={destinationOf(step, state)} now={now}>
          {(step === 'connect' || step === 'fill') && (
            <EventHookField value={eventHookName} onInput={setEventHookName} />
          )}
        </TokenPanel>
      )}
      {sessionChoice && onHubPage && (
        <HubApiConfirm
          choice={sessionChoice}
          onConfirm={(origin) => void findSession({ confirmOrigin: origin })}
          onReplace={() => void findSession({ replace: true })}
        />
      )}
      {primary()}
      <OtherTokensPanel
        tokens={state.otherTokens}
        now={now}
        onForget={(orgDomain) => void api.forgetToken(orgDomain).then(refresh)}
      />
      <RevokeFailuresPanel
        failures={state.revokeFailures}
        onRevokeInOkta={({ orgDomain, capturedAt }) => void api.revokeInOkta({ orgDomain, capturedAt })}
        onDismiss={({ orgDomain, capturedAt }) =>
          void api.dismissRevokeFailure({ orgDomain, capturedAt }).then(refresh)
        }
      />
      <MoreOptions>
        {onOkta && !token && (
          <PasteTokenPanel
            error={errors.token ?? null}
            onPaste={async (value) => report('token', await api.pasteToken(tabId, value))}
          />
        )}
        {step === 'journey' && token && (
          <FillPanel
            pageOrigin={state.pageOrigin ?? ''}
            hasToken={true}
            eventHookName=""
            onInspect={() => api.inspectHubForm(tabId)}
            onFill={(options) => api.fillHubForm(tabId, { ...options, orgDomain: token.orgDomain })}
          />
        )}
        {step === 'fill' && hasSession && connectPanel()}
        {step !== 'find-hub' && hubSessionPanel()}
        {token && (
          <button type="button" onClick={() => void api.forgetToken(token.orgDomain)}>
            {t('popup_forget_token')}
          </button>
        )}
      </MoreOptions>
    </main>
  );
}

/** A hub page with nothing to act on yet: what the page shows, in the hub filler's words. */
function HubNote({ inspection }: { inspection: HubFormInspectionView | null }) {
  const { t } = useI18n();
  return (
    <section class="card" aria-label={t('popup_this_page')}>
      <p class={inspection ? 'warn' : 'muted'} data-testid="hub-note" role="status">
        {inspection && !inspection.ok ? inspection.message : t('popup_looking')}
      </p>
    </section>
  );
}

function destinationOf(step: NextStep, state: PopupState): TokenDestination {
  if ((step === 'fill' || step === 'journey') && state.pageOrigin) {
    return { kind: 'hub-page', origin: state.pageOrigin };
  }
  if (state.hubSession) return { kind: 'hub-api', origin: state.hubSession.origin };
  return { kind: 'not-chosen' };
}
