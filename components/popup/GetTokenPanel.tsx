import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../common/i18n';

interface Props {
  /** The hub page that will be filled once the token is captured. */
  origin: string;
  /** What to do on the hub first (e.g. choose API Key), when the form shown is Okta's other method. */
  note: string | null;
  /** The page shows the hub's API Key form: the only form a journey may start on (else `note` says what to do). */
  ready: boolean;
  /** The admin trusts this page for filling; otherwise the first-fill notice of Fill hub form is shown. */
  trusted: boolean;
  /** The org to offer: typed in the hub's form, else the last one the extension saw. */
  suggestedOrg: string;
  recentOrgs: string[];
  busy: boolean;
  error: string | null;
  onGetToken: (org: string) => void;
}

/**
 * On a hub page showing its Okta form, without a token: the org's Tokens page opens in a new tab with the
 * guide, and this page is filled once the token is captured there.
 */
export function GetTokenPanel({
  origin,
  note,
  ready,
  trusted,
  suggestedOrg,
  recentOrgs,
  busy,
  error,
  onGetToken,
}: Props) {
  const { t, rich } = useI18n();
  // The suggestion may change after the popup painted; once the admin typed, what they typed stays.
  const [typed, setTyped] = useState<string | null>(null);
  const org = typed ?? suggestedOrg;
  const field = useRef<HTMLInputElement>(null);
  // Nothing to suggest: typing the org is the admin's first move, so the caret starts there (no click).
  useEffect(() => {
    if (!suggestedOrg) field.current?.focus();
  }, []);
  return (
    <section class="card" aria-label={t('popup_get_token')}>
      <p class="label">{t('popup_hub_form_seen')}</p>
      <p>{rich('popup_will_fill', { origin: <strong data-testid="hub-origin">{origin}</strong> })}</p>
      {note && (
        <p class="warn" data-testid="hub-note">
          {note}
        </p>
      )}
      {!trusted && (
        <p class="muted" data-testid="first-fill">
          {t('popup_first_fill', { origin })}
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onGetToken(org);
        }}
      >
        <label for="okta-org">{t('popup_okta_org')}</label>
        <input
          ref={field}
          id="okta-org"
          type="text"
          list="recent-okta-orgs"
          autocomplete="off"
          spellcheck={false}
          placeholder={t('popup_org_placeholder')}
          value={org}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'okta-org-error' : 'okta-org-hint'}
          onInput={(event) => setTyped(event.currentTarget.value)}
        />
        <datalist id="recent-okta-orgs">
          {recentOrgs.map((recent) => (
            <option key={recent} value={recent} />
          ))}
        </datalist>
        {error && (
          <p id="okta-org-error" class="error" role="alert">
            {error}
          </p>
        )}
        <div class="row">
          <button type="submit" class="primary" disabled={busy || !ready} aria-busy={busy}>
            {t('popup_get_token')}
          </button>
        </div>
      </form>
      <p id="okta-org-hint" class="muted">
        {t('popup_get_token_hint')}
      </p>
    </section>
  );
}
