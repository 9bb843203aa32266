import type { TabPage } from '../../utils/popup/tab-page';

export function OrgSummary({ page }: { page: TabPage['page'] }) {
  if (page.kind !== 'okta') {
    return (
      <section class="card" aria-label="This page">
        <p class="org-refusal" role="status">
          This is not an Okta org page. {page.message}
        </p>
      </section>
    );
  }
  const { org } = page;
  return (
    <section class="card" aria-label="Okta org">
      <p class="label">Okta org</p>
      <p class="org-domain" data-testid="org-domain">
        {org.orgDomain}
      </p>
      <p class="muted">
        {org.environment === 'preview' && (
          <span class="badge preview" data-testid="preview-badge">
            Preview org
          </span>
        )}{' '}
        {org.isAdminConsole ? 'Admin Console' : 'Org dashboard'}
      </p>
    </section>
  );
}
