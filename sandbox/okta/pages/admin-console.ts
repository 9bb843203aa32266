import { readFileSync } from 'node:fs';
import { busyPageScript } from '../../busy-page';
import type { OrgAddress } from '../hosts';
import type { Texts } from '../i18n';
import { networkDefaultFor, networkOptionsFor } from '../network-options';
import { type OrgOptions, usesCustomDropdown } from '../options';
import type { OrgRuntime } from '../state';
import type { AdminConsoleConfig, NavSection } from './admin-console-config';
import { escapeHtml, htmlDocument, jsonForScript, type RenderContext } from './html';

/**
 * The Admin Console: ONE HTML page for every `/admin/...` path, like the real single-page app. The page ships
 * a JSON config and the console's browser code, which renders the shell (inside an open shadow root), routes
 * with `history.pushState`, and runs the create-token dialogs. Two consoles: Courage, the vanilla-JS app in
 * `admin-console.client.js` inlined into the page; Odyssey, the React app in `../odyssey/`, served as a bundle.
 */

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
  .o-form-explain { margin: 0 0 12px; padding: 8px 12px; background: #f0f5ff; border-radius: 6px; }
  .chzn-container { position: relative; display: inline-block; }
  .chzn-container-single .chzn-single { position: relative; display: block; overflow: hidden; height: 36px;
    padding: 0 28px 0 9px; line-height: 34px; border: 1px solid #8c8c96; border-radius: 6px; background: #fff;
    color: #1d1d21; text-decoration: none; white-space: nowrap; }
  .chzn-container-single .chzn-single div { position: absolute; top: 0; right: 0; width: 24px; height: 100%; }
  .chzn-container-single .chzn-single div b { display: block; width: 0; height: 0; margin: 15px auto;
    border: 5px solid transparent; border-top-color: #55555f; }
  .chzn-container .chzn-drop { position: absolute; top: 100%; left: -9999px; z-index: 1010; width: 100%;
    background: #fff; border: 1px solid #8c8c96; border-top: 0; box-shadow: 0 4px 5px #0002; }
  .chzn-container.chzn-with-drop .chzn-drop { left: 0; }
  .chzn-container-single-nosearch .chzn-search { position: absolute; left: -9999px; }
  .chzn-container .chzn-results { margin: 0; padding: 4px 0; list-style: none; max-height: 240px; overflow-y: auto; }
  .chzn-container .chzn-results li { padding: 6px 9px; cursor: pointer; }
  .chzn-container .chzn-results li.highlighted { background: #1662dd; color: #fff; }
  .chzn-container .chzn-results li.result-selected { font-weight: 600; }
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
  options: {
    org: OrgAddress;
    runtime: OrgRuntime;
    orgOptions: OrgOptions;
    scriptNonce: string;
    /** Where the Odyssey console's bundle is served (used when the org's console is Odyssey). */
    odysseyScriptPath: string;
  },
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
    signInUrl: `${org.orgOrigin}/login/login.htm`,
    adminDisplayName: `${runtime.admin.firstName} ${runtime.admin.lastName}`,
    adminLogin: runtime.admin.login,
    decoyToken: orgOptions.decoyToken ? runtime.decoyTokenValue : null,
    tokenShapedNames: orgOptions.tokenShapedNames ? runtime.tokenShapedNames : null,
    resumePendingCreation: runtime.pendingCreation?.verified === true,
    networkOptions: networkOptionsFor(orgOptions),
    networkDefault: networkDefaultFor(orgOptions),
    networkControl: usesCustomDropdown(orgOptions) ? 'custom-dropdown' : 'native-select',
    dialogInShadowRoot: orgOptions.dialogInShadowRoot,
  };
  const nonce = escapeHtml(options.scriptNonce);
  const xsrfToken = `<span id="_xsrfToken" hidden>${escapeHtml(runtime.xsrfToken)}</span>`;
  const configScript = `<script type="application/json" id="admin-console-config">${jsonForScript(config)}</script>`;
  const odyssey = orgOptions.adminConsole === 'odyssey';
  // Odyssey styles itself through Emotion; Courage's root shows a loading shell until its script renders.
  const root = odyssey
    ? '<div id="root"></div>'
    : `<div id="root"><div class="loading-shell" role="progressbar" aria-label="${escapeHtml(ctx.texts.loading)}">${escapeHtml(ctx.texts.loading)}</div></div>`;
  const script = odyssey
    ? `<script nonce="${nonce}" src="${escapeHtml(options.odysseyScriptPath)}"></script>`
    : `<script nonce="${nonce}">${CLIENT_SCRIPT}</script>`;
  const busy =
    orgOptions.busyRows > 0 || orgOptions.busyChangesPerSecond > 0
      ? `<script nonce="${nonce}">${busyPageScript(orgOptions.busyRows, orgOptions.busyChangesPerSecond)}</script>`
      : '';
  return htmlDocument({
    title: `${org.subdomain} - ${ctx.texts.adminConsoleTitle}`,
    lang: ctx.texts.lang,
    css: odyssey ? '' : CSS,
    body: `
${xsrfToken}
${root}
${configScript}
${script}
${busy}`,
  });
}
