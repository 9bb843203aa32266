import type { TabPage } from '../../utils/popup/tab-page';
import { useI18n } from '../common/i18n';

export function OrgSummary({ page }: { page: TabPage['page'] }) {
  const { t } = useI18n();
  if (page.kind !== 'okta') {
    return (
      <section class="card" aria-label={t('popup_this_page')}>
        <p class="org-refusal" role="status">
          {t('popup_not_okta', { reason: page.message })}
        </p>
      </section>
    );
  }
  const { org } = page;
  return (
    <section class="card" aria-label={t('popup_okta_org')}>
      <p class="label">{t('popup_okta_org')}</p>
      <p class="org-domain" data-testid="org-domain">
        {org.orgDomain}
      </p>
      <p class="muted">
        {org.environment === 'preview' && (
          <span class="badge preview" data-testid="preview-badge">
            {t('popup_preview_org')}
          </span>
        )}{' '}
        {t(org.isAdminConsole ? 'popup_admin_console' : 'popup_org_dashboard')}
      </p>
    </section>
  );
}
