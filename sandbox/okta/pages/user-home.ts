import type { OrgAddress } from '../hosts';
import { escapeHtml, htmlDocument, type RenderContext, se } from './html';

const APP_TILES = ['Slack', 'Google Workspace', 'Salesforce', 'Zoom', 'GitHub'];

const CSS = `
  .top-bar { display: flex; align-items: center; justify-content: space-between; padding: 10px 24px;
    background: #fff; border-bottom: 1px solid #e1e1e6; }
  .org-logo { font-weight: 700; font-size: 18px; }
  .admin-link { padding: 6px 14px; border: 1px solid #1662dd; border-radius: 6px; text-decoration: none; }
  main { padding: 24px; }
  .app-tiles { display: grid; grid-template-columns: repeat(auto-fill, 160px); gap: 16px; list-style: none; padding: 0; }
  .app-tile { background: #fff; border-radius: 8px; padding: 24px 12px; text-align: center; box-shadow: 0 1px 3px #0002; }
`;

/** The end-user dashboard (`/app/UserHome`): app tiles and the top-bar "Admin" button into the Admin Console. */
export function userHomePage(ctx: RenderContext, org: OrgAddress): string {
  const { texts } = ctx;
  const tiles = APP_TILES.map(
    (app) =>
      `<li class="app-tile"${se(ctx, 'app-card')}><a href="#" class="app-link">${escapeHtml(app)}</a></li>`,
  ).join('');
  return htmlDocument({
    title: `${org.subdomain} - ${texts.userHomeTitle}`,
    lang: texts.lang,
    css: CSS,
    body: `
<header class="top-bar"${se(ctx, 'top-bar')}>
  <span class="org-logo">${escapeHtml(org.subdomain)}</span>
  <nav><a${se(ctx, 'admin-button')} class="admin-link" href="/home/admin-entry">${escapeHtml(texts.adminButton)}</a></nav>
</header>
<main id="main-content">
  <h1>${escapeHtml(texts.myApps)}</h1>
  <ul class="app-tiles">${tiles}</ul>
</main>`,
  });
}
