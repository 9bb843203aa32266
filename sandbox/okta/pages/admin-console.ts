import { readFileSync } from 'node:fs';
import type { OrgAddress } from '../hosts';
import type { Texts } from '../i18n';
import { NETWORK_CHOICES, NETWORK_ZONES, type OrgOptions } from '../options';
import type { OrgRuntime } from '../state';
import { escapeHtml, htmlDocument, jsonForScript, type RenderContext } from './html';

/**
 * The Admin Console: ONE HTML page for every `/admin/...` path, like the real single-page app. The page ships
 * a JSON config and the vanilla-JS app in `admin-console.client.js`, which renders the shell (inside an open
 * shadow root), routes with `history.pushState`, and runs the create-token dialogs.
 */

export interface NavItem {
  label: string;
  href: string;
}

export interface NavSection {
  /** Suffix of the button's `data-se="o-side-nav-item-<id>"`. */
  id: 'DASHBOARD' | 'DIRECTORY' | 'APPLICATIONS' | 'SECURITY' | 'WORKFLOW' | 'REPORTS' | 'SETTINGS';
  label: string;
  items: NavItem[];
}

/** What the client app reads from `#admin-console-config`. */
export interface AdminConsoleConfig {
  dataSe: boolean;
  renderDelayMs: number;
  texts: Texts;
  nav: NavSection[];
  orgName: string;
  /** Shown under the admin's name in the top bar, as Okta shows the org domain there. */
  orgDomain: string;
  endUserDashboardUrl: string;
  adminDisplayName: string;
  adminLogin: string;
  /** A token-shaped string for the help panel (decoyToken option), or null. */
  decoyToken: string | null;
  /** After step-up: the tokens page must finish the pending creation and reveal the token. */
  resumePendingCreation: boolean;
  networkChoices: readonly string[];
  zones: readonly { id: string; name: string }[];
}

const CLIENT_SCRIPT = readFileSync(new URL('./admin-console.client.js', import.meta.url), 'utf8');
// Inlined into a <script> element: a closing tag inside it would end the script early.
if (/<\/script/i.test(CLIENT_SCRIPT)) throw new Error('admin-console.client.js must not contain "</script"');

const CSS = `
  #root > .loading-shell { padding: 80px; color: #6e6e78; }
  .admin-main { margin: 56px 0 0 240px; padding: 24px 32px; min-height: calc(100vh - 56px); }
  .page-title { margin: 0 0 16px; font-size: 24px; }
  .loading-spinner { color: #6e6e78; }
  .dashboard-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 16px; }
  .dashboard-card { background: #fff; border-radius: 8px; padding: 16px; box-shadow: 0 1px 3px #0002; }
  .tab-list { display: flex; gap: 4px; border-bottom: 1px solid #d7d7dc; margin-bottom: 16px; }
  .tab-list [role=tab] { padding: 8px 16px; text-decoration: none; color: #1d1d21; border-bottom: 3px solid transparent; }
  .tab-list [role=tab][aria-selected=true] { border-bottom-color: #1662dd; font-weight: 600; }
  .tab-panel { background: #fff; border-radius: 8px; padding: 16px; box-shadow: 0 1px 3px #0002; }
  .data-list-table { width: 100%; border-collapse: collapse; margin-top: 16px; }
  .data-list-table th, .data-list-table td { text-align: left; padding: 8px; border-bottom: 1px solid #e1e1e6; }
  .help-panel { margin-top: 24px; padding: 12px 16px; background: #f0f5ff; border-radius: 8px; }
  .help-panel code { word-break: break-all; }
  .simplemodal-overlay { position: fixed; inset: 0; background: #0007; z-index: 1000; }
  .simplemodal-container { position: fixed; top: 10vh; left: 50%; transform: translateX(-50%); width: 560px;
    max-width: 95vw; background: #fff; border-radius: 8px; z-index: 1001; box-shadow: 0 8px 32px #0005; }
  .simplemodal-container .o-form-head { margin: 0; padding: 16px 24px; font-size: 18px; border-bottom: 1px solid #e1e1e6; }
  .simplemodal-container .o-form-content { padding: 16px 24px; }
  .simplemodal-container .o-form-fieldset { margin-bottom: 16px; }
  .simplemodal-container .o-form-button-bar { display: flex; justify-content: flex-end; gap: 8px; padding: 12px 24px;
    border-top: 1px solid #e1e1e6; }
  .o-form-error-container:empty { display: none; }
  .o-form-error-container { margin: 0 24px; padding: 8px 12px; background: #fdeceb; color: #a1201c; border-radius: 6px; }
  .token-value-wrap { display: flex; gap: 8px; }
  .token-value-wrap input { font-family: ui-monospace, monospace; }
  .infobox-warning { padding: 8px 12px; background: #fff6e0; border-radius: 6px; }
`;

function navFor(texts: Texts): NavSection[] {
  return [
    {
      id: 'DASHBOARD',
      label: texts.navDashboard,
      items: [{ label: texts.navDashboard, href: '/admin/dashboard' }],
    },
    {
      id: 'DIRECTORY',
      label: texts.navDirectory,
      items: [
        { label: texts.subPeople, href: '/admin/users' },
        { label: texts.subGroups, href: '/admin/groups' },
      ],
    },
    {
      id: 'APPLICATIONS',
      label: texts.navApplications,
      items: [{ label: texts.subApplications, href: '/admin/apps/active' }],
    },
    {
      id: 'SECURITY',
      label: texts.navSecurity,
      items: [
        { label: texts.subGeneral, href: '/admin/access/general' },
        { label: texts.subHealthInsight, href: '/admin/access/healthinsight' },
        { label: texts.subAuthenticators, href: '/admin/access/multifactor' },
        { label: texts.subNetworks, href: '/admin/access/networks' },
        { label: texts.subApi, href: '/admin/oauth2/as' },
      ],
    },
    {
      id: 'WORKFLOW',
      label: texts.navWorkflow,
      items: [{ label: texts.subEventHooks, href: '/admin/workflow/eventhooks' }],
    },
    {
      id: 'REPORTS',
      label: texts.navReports,
      items: [{ label: texts.subSystemLog, href: '/admin/reports/system-log' }],
    },
    {
      id: 'SETTINGS',
      label: texts.navSettings,
      items: [{ label: texts.subAccount, href: '/admin/settings/account' }],
    },
  ];
}

export function adminConsolePage(
  ctx: RenderContext,
  options: { org: OrgAddress; runtime: OrgRuntime; orgOptions: OrgOptions; scriptNonce: string },
): string {
  const { org, runtime, orgOptions } = options;
  const config: AdminConsoleConfig = {
    dataSe: ctx.dataSe,
    renderDelayMs: orgOptions.renderDelayMs,
    texts: ctx.texts,
    nav: navFor(ctx.texts),
    orgName: org.subdomain,
    orgDomain: org.orgHost,
    endUserDashboardUrl: `${org.orgOrigin}/app/UserHome`,
    adminDisplayName: `${runtime.admin.firstName} ${runtime.admin.lastName}`,
    adminLogin: runtime.admin.login,
    decoyToken: orgOptions.decoyToken ? runtime.decoyTokenValue : null,
    resumePendingCreation: runtime.pendingCreation?.verified === true,
    networkChoices: NETWORK_CHOICES,
    zones: NETWORK_ZONES,
  };
  const nonce = escapeHtml(options.scriptNonce);
  return htmlDocument({
    title: `${org.subdomain} - ${ctx.texts.adminConsoleTitle}`,
    lang: ctx.texts.lang,
    css: CSS,
    body: `
<span id="_xsrfToken" hidden>${escapeHtml(runtime.xsrfToken)}</span>
<div id="root"><div class="loading-shell" role="progressbar" aria-label="${escapeHtml(ctx.texts.loading)}">${escapeHtml(ctx.texts.loading)}</div></div>
<script type="application/json" id="admin-console-config">${jsonForScript(config)}</script>
<script nonce="${nonce}">${CLIENT_SCRIPT}</script>`,
  });
}
