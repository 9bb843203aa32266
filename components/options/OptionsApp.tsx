import { useEffect, useState } from 'preact/hooks';
import type { HubSessionView } from '../../utils/messages/popup-protocol';
import type { OptionsApi, SaveResult } from '../../utils/popup/options-api';
import type { Settings, TokenRecord } from '../../utils/storage';
import { ErrorLine } from '../common/ErrorLine';
import { useI18n } from '../common/i18n';
import { RecentTokens } from './RecentTokens';

type Loaded = {
  settings: Settings & { managed: (keyof Settings)[] };
  hubSession: HubSessionView | null;
  recentOrgs: string[];
  tokenRecords: TokenRecord[];
};

export function OptionsApp({ api }: { api: OptionsApi }) {
  const { t, rich } = useI18n();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [hubApiBaseUrl, setHubApiBaseUrl] = useState('');
  const [tokenName, setTokenName] = useState('');
  const [hubSession, setHubSession] = useState('');
  const [result, setResult] = useState<SaveResult | null>(null);
  const [testResult, setTestResult] = useState<{ ok: boolean; message: string } | null>(null);

  const load = async () => {
    const next = await api.loadOptions();
    setLoaded(next);
    setHubApiBaseUrl(next.settings.hubApiBaseUrl);
    setTokenName(next.settings.tokenName);
  };
  useEffect(() => void load(), []);
  if (!loaded) return <p>{t('common_loading')}</p>;
  const managed = new Set(loaded.settings.managed);
  const errorFor = (field: string) =>
    result && !result.ok && result.field === field ? result.message : null;

  return (
    <main>
      <h1>{t('ext_name')}</h1>
      <form
        // Our own messages say what is wrong and how to fix it; the browser's would stop at "enter a URL".
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          setTestResult(null); // it was about the settings as they were
          const saved = await api.saveOptions({ hubApiBaseUrl, tokenName, hubSession });
          setResult(saved);
          if (saved.ok) {
            setHubSession('');
            await load();
          }
        }}
      >
        <Field
          id="hub-api-base-url"
          label={t('options_hub_api_base_url')}
          error={errorFor('hubApiBaseUrl')}
          managed={managed.has('hubApiBaseUrl')}
        >
          <input
            id="hub-api-base-url"
            type="url"
            value={hubApiBaseUrl}
            disabled={managed.has('hubApiBaseUrl')}
            aria-invalid={Boolean(errorFor('hubApiBaseUrl'))}
            onInput={(e) => setHubApiBaseUrl(e.currentTarget.value)}
          />
        </Field>
        <Field id="hub-session-token" label={t('options_hub_session')} error={errorFor('hubSession')}>
          <input
            id="hub-session-token"
            type="password"
            autocomplete="off"
            placeholder={t('options_session_placeholder')}
            value={hubSession}
            aria-invalid={Boolean(errorFor('hubSession'))}
            onInput={(e) => setHubSession(e.currentTarget.value)}
          />
          {loaded.hubSession ? (
            <p class="hint" data-testid="hub-session-in-use">
              {rich('options_session_in_use', {
                session: <code>{loaded.hubSession.masked}</code>,
                origin: <strong>{loaded.hubSession.origin}</strong>,
              })}
            </p>
          ) : (
            <p class="hint">{t('options_no_session')}</p>
          )}
          <p class="hint">{t('options_session_hint')}</p>
        </Field>
        <Field
          id="token-name"
          label={t('options_token_name')}
          error={errorFor('tokenName')}
          managed={managed.has('tokenName')}
        >
          <input
            id="token-name"
            type="text"
            value={tokenName}
            disabled={managed.has('tokenName')}
            aria-invalid={Boolean(errorFor('tokenName'))}
            onInput={(e) => setTokenName(e.currentTarget.value)}
          />
        </Field>
        <div class="row">
          <button type="submit" class="primary">
            {t('options_save')}
          </button>
          <button type="button" onClick={async () => setTestResult(await api.testHubSession())}>
            {t('options_test_session')}
          </button>
        </div>
        {result?.ok && <p role="status">{result.message}</p>}
        {testResult && (
          <p role="status" class={testResult.ok ? 'ok' : 'error'}>
            {testResult.message}
          </p>
        )}
      </form>
      <section aria-label={t('options_trusted_label')}>
        <h2>{t('options_trusted_title')}</h2>
        {loaded.settings.trustedHubOrigins.length === 0 ? (
          <p class="hint">{t('options_trusted_none')}</p>
        ) : (
          <ul>
            {loaded.settings.trustedHubOrigins.map((origin) => (
              <li key={origin}>
                {origin}{' '}
                <button
                  type="button"
                  onClick={async () => {
                    await api.revokeTrustedOrigin(origin);
                    await load();
                  }}
                >
                  {t('options_revoke', { origin })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <RecentTokens
        records={loaded.tokenRecords}
        revokeUnused={loaded.settings.revokeUnusedTokens}
        revokeLocked={managed.has('revokeUnusedTokens')}
        onRevokeUnusedChange={async (on) => {
          await api.setRevokeUnusedTokens(on);
          await load();
        }}
        onClear={async () => {
          await api.clearTokenRecords();
          await load();
        }}
      />
      <section aria-label={t('options_recent_label')}>
        <h2>{t('options_recent_title')}</h2>
        {loaded.recentOrgs.length === 0 ? (
          <p class="hint">{t('options_recent_none')}</p>
        ) : (
          <>
            <ul data-testid="recent-orgs">
              {loaded.recentOrgs.map((org) => (
                <li key={org}>{org}</li>
              ))}
            </ul>
            <p class="hint">{t('options_recent_hint')}</p>
            <button
              type="button"
              onClick={async () => {
                await api.clearRecentOrgs();
                await load();
              }}
            >
              {t('options_clear_recent')}
            </button>
          </>
        )}
      </section>
    </main>
  );
}

function Field(props: {
  id: string;
  label: string;
  error: string | null;
  managed?: boolean;
  children: preact.ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.managed && <p class="hint">{t('options_managed')}</p>}
      <ErrorLine message={props.error} />
    </div>
  );
}
