import type { OrgAddress } from './hosts';
import { apiTokenValue, oktaId, opaqueSecret } from './ids';
import { DEFAULT_ORG_OPTIONS, type NetworkChoice, type OrgOptions } from './options';

/** A token created through the Admin Console UI. */
export interface CreatedToken {
  /** The org host it was created on, e.g. `acme.okta.com` (look-alike hosts keep their suffix). */
  org: string;
  name: string;
  token: string;
  /**
   * The network choice Okta received, decoded from the console's spelling: `ANYWHERE` (Any IP), `IN_ANY_ZONE`,
   * `IN_ZONES`, `NOT_IN_ANY_ZONE`, `NOT_IN_ZONES`.
   */
  networkChoice: string;
  /** The network value exactly as the create request carried it (the console's own spelling). */
  networkValue: string;
  /** Zone ids picked for `IN_ZONES` / `NOT_IN_ZONES`; empty otherwise. */
  zones: string[];
  /** The token's id (`00T…`), as the tokens table lists it. */
  id: string;
  createdAt: string;
}

export interface RecordedRequest {
  method: string;
  /** The Host header's hostname, lowercased, without port. */
  host: string;
  /** Path with query string. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body as text, once it has arrived (whether or not the route read it); undefined when empty. */
  body?: string;
}

/** What the tokens table lists: metadata only, never the value. */
export interface TokenListing {
  id: string;
  name: string;
  createdAt: string;
  /** Moves with every use of the token (Okta renews `expiresAt` = `lastUpdated` + `tokenWindow`). */
  lastUpdated: string;
  network: NetworkChoice;
  zones: string[];
}

/** Okta's `tokenWindow`: a token unused this long expires. */
export const TOKEN_WINDOW_MS = 30 * 24 * 60 * 60_000;

/** A token revoked through the public API, as a test reads it back. */
export interface Revocation {
  org: string;
  id: string;
  name: string;
  /** `current`: `DELETE /api/v1/api-tokens/current` with the token itself; `id`: `DELETE /api/v1/api-tokens/{id}`. */
  via: 'current' | 'id';
  /** `ssws`: the token (or another token) authenticated the call; `session`: the admin's browser session. */
  auth: 'ssws' | 'session';
  at: string;
}

export interface TokenRequest {
  name: string;
  network: NetworkChoice;
  /** As the console posted it. */
  networkValue: string;
  zones: string[];
}

export interface AdminUser {
  id: string;
  login: string;
  email: string;
  firstName: string;
  lastName: string;
}

/** Everything the sandbox remembers about one org (the real one and its look-alike are separate orgs). */
export interface OrgRuntime {
  orgHost: string;
  orgId: string;
  admin: AdminUser;
  roleAssignmentId: string;
  /** Rendered into `#_xsrfToken`; non-GET internal calls must echo it in `X-Okta-XsrfToken`. */
  xsrfToken: string;
  /** Shown by the `decoyToken` option: token-shaped, but never a real token of this org. */
  decoyTokenValue: string;
  /** An app's and a group's token-shaped names (the tokenShapedNames option). */
  tokenShapedNames: { app: string; group: string };
  tokens: TokenListing[];
  lastStepUpAt: number | null;
  /**
   * The `reauth` sign-in has happened: every session of the org ended then, and from then on only a session
   * made by signing in again counts (even where the org does not `requireSignIn`). Once per org.
   */
  sessionsExpired: boolean;
  /** A creation waiting for step-up; `verified` once the admin re-authenticated. */
  pendingCreation: (TokenRequest & { verified: boolean }) | null;
}

interface Session {
  orgHost: string;
}

/** A step-up stays fresh this long, like Okta's admin re-authentication window. */
export const STEP_UP_FRESH_MS = 5 * 60_000;
const HANDOFF_CODE_TTL_MS = 60_000;

const DAY_MS = 24 * 60 * 60_000;

function seededTokens(): TokenListing[] {
  const now = Date.now();
  return [
    { name: 'Provisioning sync', ageDays: 210 },
    { name: 'SIEM log export', ageDays: 45 },
  ].map(({ name, ageDays }) => ({
    id: oktaId('00T'),
    name,
    createdAt: new Date(now - ageDays * DAY_MS).toISOString(),
    lastUpdated: new Date(now - DAY_MS).toISOString(),
    network: 'ANYWHERE',
    zones: [],
  }));
}

function newOrgRuntime(address: OrgAddress): OrgRuntime {
  return {
    orgHost: address.orgHost,
    orgId: oktaId('00o'),
    admin: {
      id: oktaId('00u'),
      login: `alex.admin@${address.subdomain}.example.com`,
      email: `alex.admin@${address.subdomain}.example.com`,
      firstName: 'Alex',
      lastName: 'Admin',
    },
    roleAssignmentId: oktaId('ra1'),
    xsrfToken: opaqueSecret(),
    decoyTokenValue: apiTokenValue(),
    tokenShapedNames: { app: apiTokenValue(), group: apiTokenValue() },
    tokens: seededTokens(),
    lastStepUpAt: null,
    sessionsExpired: false,
    pendingCreation: null,
  };
}

export class SandboxState {
  /** Kept as the same array objects for the sandbox's lifetime: `reset()` empties them in place. */
  readonly createdTokens: CreatedToken[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly revocations: Revocation[] = [];
  private readonly optionsBySubdomain = new Map<string, Partial<OrgOptions>>();
  private readonly orgs = new Map<string, OrgRuntime>();
  private readonly sessions = new Map<string, Session>();
  private readonly handoffCodes = new Map<string, { orgHost: string; expiresAt: number }>();

  optionsFor(subdomain: string): OrgOptions {
    return { ...DEFAULT_ORG_OPTIONS, ...this.optionsBySubdomain.get(subdomain.toLowerCase()) };
  }

  setOptions(subdomain: string, options: Partial<OrgOptions>): void {
    const key = subdomain.toLowerCase();
    const defined = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
    this.optionsBySubdomain.set(key, { ...this.optionsBySubdomain.get(key), ...defined });
  }

  /** The org's state, created on first use: any org name works. */
  org(address: OrgAddress): OrgRuntime {
    let runtime = this.orgs.get(address.orgHost);
    if (!runtime) {
      runtime = newOrgRuntime(address);
      this.orgs.set(address.orgHost, runtime);
    }
    return runtime;
  }

  createSession(orgHost: string): string {
    const sid = opaqueSecret();
    this.sessions.set(sid, { orgHost });
    return sid;
  }

  hasSession(sid: string | undefined, orgHost: string): boolean {
    return sid !== undefined && this.sessions.get(sid)?.orgHost === orgHost;
  }

  /** Ends every session of the org, on both its hosts, as an expired Okta session does. */
  expireSessions(runtime: OrgRuntime): void {
    for (const [sid, session] of this.sessions) {
      if (session.orgHost === runtime.orgHost) this.sessions.delete(sid);
    }
    runtime.sessionsExpired = true;
  }

  /** A one-time code that carries a sign-in from the org host to the admin host (cookies are per host). */
  issueHandoffCode(orgHost: string): string {
    const code = opaqueSecret();
    this.handoffCodes.set(code, { orgHost, expiresAt: Date.now() + HANDOFF_CODE_TTL_MS });
    return code;
  }

  redeemHandoffCode(code: string, orgHost: string): boolean {
    const entry = this.handoffCodes.get(code);
    this.handoffCodes.delete(code);
    return entry !== undefined && entry.orgHost === orgHost && entry.expiresAt > Date.now();
  }

  hasFreshStepUp(runtime: OrgRuntime): boolean {
    return runtime.lastStepUpAt !== null && Date.now() - runtime.lastStepUpAt < STEP_UP_FRESH_MS;
  }

  createToken(runtime: OrgRuntime, request: TokenRequest): CreatedToken {
    const created: CreatedToken = {
      org: runtime.orgHost,
      name: request.name,
      token: apiTokenValue(),
      networkChoice: request.network,
      networkValue: request.networkValue,
      zones: [...request.zones],
      id: oktaId('00T'),
      createdAt: new Date().toISOString(),
    };
    this.createdTokens.push(created);
    runtime.tokens.push({
      id: created.id,
      name: created.name,
      createdAt: created.createdAt,
      lastUpdated: created.createdAt,
      network: request.network,
      zones: created.zones,
    });
    return created;
  }

  /**
   * A token of this org with a value the test chose (one it pastes into the extension), as if the admin had
   * created it: the hub's validation and the extension's revocation then meet a real token.
   */
  issueToken(runtime: OrgRuntime, tokenValue: string, name = 'Pasted by a test'): CreatedToken {
    const created = this.createToken(runtime, {
      name,
      network: 'ANYWHERE',
      networkValue: 'ANYWHERE',
      zones: [],
    });
    created.token = tokenValue;
    return created;
  }

  /** The active token a value is, in this org: created here and not revoked. */
  activeToken(runtime: OrgRuntime, tokenValue: string): TokenListing | undefined {
    const created = this.createdTokens.find((t) => t.org === runtime.orgHost && t.token === tokenValue);
    return created ? runtime.tokens.find((t) => t.id === created.id) : undefined;
  }

  /** The admin a token value authenticates as, if it is an active token of this org. */
  tokenOwner(runtime: OrgRuntime, tokenValue: string): AdminUser | undefined {
    return this.activeToken(runtime, tokenValue) ? runtime.admin : undefined;
  }

  /** A call made with the token: Okta renews it (`lastUpdated`, and so `expiresAt`). */
  noteTokenUse(runtime: OrgRuntime, tokenValue: string, now = Date.now()): void {
    const listing = this.activeToken(runtime, tokenValue);
    if (listing) listing.lastUpdated = new Date(now).toISOString();
  }

  /** Revokes a token: gone from the list, refused from then on, recorded. False when there was none. */
  revokeToken(runtime: OrgRuntime, id: string, via: Revocation['via'], auth: Revocation['auth']): boolean {
    const index = runtime.tokens.findIndex((t) => t.id === id);
    const listing = runtime.tokens[index];
    if (!listing) return false;
    runtime.tokens.splice(index, 1);
    this.revocations.push({
      org: runtime.orgHost,
      id,
      name: listing.name,
      via,
      auth,
      at: new Date().toISOString(),
    });
    return true;
  }

  reset(): void {
    this.createdTokens.length = 0;
    this.requests.length = 0;
    this.revocations.length = 0;
    this.optionsBySubdomain.clear();
    this.orgs.clear();
    this.sessions.clear();
    this.handoffCodes.clear();
  }
}
