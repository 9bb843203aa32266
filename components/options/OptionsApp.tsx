import { useEffect, useState } from 'preact/hooks';
import type { HubSessionView } from '../../utils/messages/popup-protocol';
import type { OptionsApi, SaveResult } from '../../utils/popup/options-api';
import type { Settings } from '../../utils/storage';
import { ErrorLine } from '../common/ErrorLine';

type Loaded = {
  settings: Settings & { managed: (keyof Settings)[] };
  hubSession: HubSessionView | null;
  recentOrgs: string[];
};

export function OptionsApp({ api }: { api: OptionsApi }) {
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
  if (!loaded) return <p>Loading…</p>;
  const managed = new Set(loaded.settings.managed);
  const errorFor = (field: string) =>
    result && !result.ok && result.field === field ? result.message : null;

  return (
    <main>
      <h1>Okta Link Assistant</h1>
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
          label="Hub API base URL"
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
        <Field id="hub-session-token" label="Hub session token" error={errorFor('hubSession')}>
          <input
            id="hub-session-token"
            type="password"
            autocomplete="off"
            placeholder="Paste a session or a hub link"
            value={hubSession}
            aria-invalid={Boolean(errorFor('hubSession'))}
            onInput={(e) => setHubSession(e.currentTarget.value)}
          />
          {loaded.hubSession ? (
            <p class="hint" data-testid="hub-session-in-use">
              In use: <code>{loaded.hubSession.masked}</code> for <strong>{loaded.hubSession.origin}</strong>
            </p>
          ) : (
            <p class="hint">No hub session yet.</p>
          )}
          <p class="hint">Held in memory only, until the browser closes. Never a StackOne API key.</p>
        </Field>
        <Field
          id="token-name"
          label="Token name"
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
            Save
          </button>
          <button type="button" onClick={async () => setTestResult(await api.testHubSession())}>
            Test hub session
          </button>
        </div>
        {result?.ok && <p role="status">{result.message}</p>}
        {testResult && (
          <p role="status" class={testResult.ok ? 'ok' : 'error'}>
            {testResult.message}
          </p>
        )}
      </form>
      <section aria-label="Trusted hub pages">
        <h2>Hub pages you allowed to be filled</h2>
        {loaded.settings.trustedHubOrigins.length === 0 ? (
          <p class="hint">None. "Fill hub form" asks the first time on each page.</p>
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
                  Revoke {origin}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-label="Recent Okta orgs">
        <h2>Okta orgs the extension saw</h2>
        {loaded.recentOrgs.length === 0 ? (
          <p class="hint">None. They are offered in "Okta org" when you get a token from a hub page.</p>
        ) : (
          <>
            <ul data-testid="recent-orgs">
              {loaded.recentOrgs.map((org) => (
                <li key={org}>{org}</li>
              ))}
            </ul>
            <p class="hint">Org domains only, kept on this computer; offered in "Okta org" on hub pages.</p>
            <button
              type="button"
              onClick={async () => {
                await api.clearRecentOrgs();
                await load();
              }}
            >
              Clear recent Okta orgs
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
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.managed && <p class="hint">Set by your administrator.</p>}
      <ErrorLine message={props.error} />
    </div>
  );
}
