import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApiRequest, handleInternalApi, handlePublicApi, sendWellKnownOrganization } from './api';
import { odysseyConsoleBundle } from './console-bundle';
import type { OrgAddress } from './hosts';
import { readCookie, readForm, redirect, sendHtml, sendScript, sessionCookie } from './http';
import { hasDataSe, textsFor } from './i18n';
import { opaqueSecret } from './ids';
import type { OrgOptions } from './options';
import { adminConsolePage } from './pages/admin-console';
import type { RenderContext } from './pages/html';
import { notFoundPage } from './pages/okta-sites';
import { signInPage } from './pages/sign-in';
import { stepUpDonePage, stepUpPage } from './pages/step-up';
import { userHomePage } from './pages/user-home';
import type { OrgRuntime, SandboxState } from './state';

/** A request to one org's org host or Admin Console host, with everything the routes need. */
interface OrgRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  state: SandboxState;
  org: OrgAddress;
  options: OrgOptions;
  runtime: OrgRuntime;
  render: RenderContext;
  signedIn: boolean;
}

const TOKENS_PAGE_PATH = '/admin/access/api/tokens';

function orgRequest(
  req: IncomingMessage,
  res: ServerResponse,
  state: SandboxState,
  org: OrgAddress,
  url: URL,
): OrgRequest {
  const options = state.optionsFor(org.subdomain);
  const runtime = state.org(org);
  if (endsTheSession(options, req.method, url.pathname) && !runtime.sessionsExpired) {
    state.expireSessions(runtime);
  }
  const implicitlySignedIn = !options.requireSignIn && !runtime.sessionsExpired;
  return {
    req,
    res,
    url,
    state,
    org,
    options,
    runtime,
    render: { texts: textsFor(options.variant), dataSe: options.dataSe ?? hasDataSe(options.variant) },
    signedIn: implicitlySignedIn || state.hasSession(readCookie(req, 'sid'), org.orgHost),
  };
}

/**
 * The `reauth` sign-in variants: the console's request that opens the create-token dialog (it loads the
 * network zones) or submits it is the one the expired session fails on.
 */
function endsTheSession(options: OrgOptions, method: string | undefined, pathname: string): boolean {
  if (options.reauth === 'sign-in-on-open') return method === 'GET' && pathname === '/api/v1/zones';
  if (options.reauth === 'sign-in-on-submit') return method === 'POST' && pathname === '/api/internal/tokens';
  return false;
}

function apiRequest(r: OrgRequest): ApiRequest {
  return { ...r, pathname: r.url.pathname };
}

function sendNotFound(r: OrgRequest): void {
  sendHtml(r.res, 404, notFoundPage(r.render.texts));
}

/** fromURI / redirectUrl may only lead back into this org (no open redirect). */
function returnUrlWithinOrg(org: OrgAddress, candidate: string | null): URL | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate, org.orgOrigin);
    return url.origin === org.orgOrigin || url.origin === org.adminOrigin ? url : null;
  } catch {
    return null;
  }
}

function redirectToSignIn(r: OrgRequest): void {
  const fromURI = r.url.href;
  redirect(r.res, `${r.org.orgOrigin}/login/login.htm?fromURI=${encodeURIComponent(fromURI)}`);
}

/**
 * Sends a signed-in user on to `fromURI`. Cookies are per host, so a trip to the admin host goes through a
 * one-time code that the admin host swaps for its own `sid` (Okta's `/login/sessionCookieRedirect`).
 */
function continueAfterSignIn(
  r: OrgRequest,
  fromURI: string | null,
  headers: Record<string, string> = {},
): void {
  const target = returnUrlWithinOrg(r.org, fromURI) ?? new URL('/app/UserHome', r.org.orgOrigin);
  if (target.origin === r.org.adminOrigin) {
    const code = r.state.issueHandoffCode(r.org.orgHost);
    const handoff = `${r.org.adminOrigin}/login/sessionCookieRedirect?token=${encodeURIComponent(code)}&redirectUrl=${encodeURIComponent(target.href)}`;
    redirect(r.res, handoff, headers);
    return;
  }
  redirect(r.res, target.href, headers);
}

async function handleSignIn(r: OrgRequest): Promise<void> {
  const hasOwnSession = r.state.hasSession(readCookie(r.req, 'sid'), r.org.orgHost);
  if (r.req.method === 'POST') {
    const form = await readForm(r.req);
    const fromURI = form.get('fromURI');
    if (!form.get('username')?.trim() || !form.get('password')) {
      sendHtml(r.res, 200, signInPage(r.render, { fromURI, error: r.render.texts.signInError }));
      return;
    }
    const sid = r.state.createSession(r.org.orgHost);
    continueAfterSignIn(r, fromURI, { 'Set-Cookie': sessionCookie(sid) });
    return;
  }
  const fromURI = r.url.searchParams.get('fromURI');
  if (hasOwnSession && fromURI) {
    continueAfterSignIn(r, fromURI); // already signed in on the org host: single sign-on into the target
    return;
  }
  sendHtml(r.res, 200, signInPage(r.render, { fromURI, error: null }));
}

async function handleStepUp(r: OrgRequest): Promise<void> {
  if (r.req.method === 'POST') {
    const form = await readForm(r.req);
    const fromURI = form.get('fromURI') ?? '';
    const inPopup = form.get('display') === 'popup';
    if (!form.get('credentials.passcode')) {
      const page = stepUpPage(r.render, { fromURI, inPopup, error: r.render.texts.passwordRequired });
      sendHtml(r.res, 200, page);
      return;
    }
    r.runtime.lastStepUpAt = Date.now();
    if (r.runtime.pendingCreation) r.runtime.pendingCreation.verified = true;
    if (inPopup) {
      // The console that opened the pop-up waits for it to close, then finishes the creation.
      const scriptNonce = opaqueSecret();
      sendHtml(r.res, 200, stepUpDonePage(r.render, scriptNonce), scriptNonce);
      return;
    }
    const target = returnUrlWithinOrg(r.org, fromURI) ?? new URL(TOKENS_PAGE_PATH, r.org.adminOrigin);
    redirect(r.res, target.href);
    return;
  }
  const fromURI = r.url.searchParams.get('fromURI') ?? `${r.org.adminOrigin}${TOKENS_PAGE_PATH}`;
  const inPopup = r.url.searchParams.get('display') === 'popup';
  sendHtml(r.res, 200, stepUpPage(r.render, { fromURI, inPopup, error: null }));
}

/** What both hosts of an org answer alike (the org's well-known document, the public API); false for the rest. */
async function answeredOnEveryHost(r: OrgRequest): Promise<boolean> {
  if (r.url.pathname === '/.well-known/okta-organization') sendWellKnownOrganization(r.res, r.org, r.runtime);
  else if (r.url.pathname.startsWith('/api/v1/')) await handlePublicApi(apiRequest(r));
  else return false;
  return true;
}

/** `<org>.<cell>`: end-user dashboard, sign-in, step-up, the way into the Admin Console, the API. */
export async function handleOrgHost(
  req: IncomingMessage,
  res: ServerResponse,
  state: SandboxState,
  org: OrgAddress,
  url: URL,
): Promise<void> {
  const r = orgRequest(req, res, state, org, url);
  if (await answeredOnEveryHost(r)) return;
  const { pathname } = r.url;
  if (pathname === '/login/login.htm') return handleSignIn(r);
  if (pathname === '/') return redirect(res, '/app/UserHome');

  const guarded = ['/app/UserHome', '/home/admin-entry', '/login/step-up'];
  if (!guarded.includes(pathname)) return sendNotFound(r);
  if (!r.signedIn) return redirectToSignIn(r);
  if (pathname === '/app/UserHome') return sendHtml(res, 200, userHomePage(r.render, org));
  if (pathname === '/home/admin-entry') return redirect(res, `${org.adminOrigin}/admin/dashboard`);
  return handleStepUp(r);
}

function handleSessionHandoff(r: OrgRequest): void {
  const code = r.url.searchParams.get('token') ?? '';
  const target = returnUrlWithinOrg(r.org, r.url.searchParams.get('redirectUrl'));
  if (!r.state.redeemHandoffCode(code, r.org.orgHost) || !target) {
    redirectToSignIn({ ...r, url: new URL('/admin/dashboard', r.org.adminOrigin) });
    return;
  }
  const sid = r.state.createSession(r.org.orgHost);
  redirect(r.res, target.href, { 'Set-Cookie': sessionCookie(sid) });
}

/** `<org>-admin.<cell>`: the Admin Console SPA for any `/admin/...` path, its internal API, the public API. */
export async function handleAdminHost(
  req: IncomingMessage,
  res: ServerResponse,
  state: SandboxState,
  org: OrgAddress,
  url: URL,
): Promise<void> {
  const r = orgRequest(req, res, state, org, url);
  if (await answeredOnEveryHost(r)) return;
  const { pathname } = r.url;
  if (pathname.startsWith('/api/internal/')) return handleInternalApi(apiRequest(r));
  if (pathname === '/login/sessionCookieRedirect') return handleSessionHandoff(r);
  if (pathname === '/') return redirect(res, '/admin/dashboard');
  const odysseyBundle = await odysseyConsoleBundle();
  if (pathname === odysseyBundle.urlPath) return sendScript(res, odysseyBundle.code);
  if (pathname !== '/admin' && !pathname.startsWith('/admin/')) return sendNotFound(r);
  if (!r.signedIn) return redirectToSignIn(r);

  const scriptNonce = opaqueSecret();
  const html = adminConsolePage(r.render, {
    org,
    runtime: r.runtime,
    orgOptions: r.options,
    scriptNonce,
    odysseyScriptPath: odysseyBundle.urlPath,
  });
  sendHtml(res, 200, html, scriptNonce);
}
