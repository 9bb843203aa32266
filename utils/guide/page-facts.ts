import { isCreateDialogOpen, locate, readRevealedToken, type Scope } from '../okta/locators';
import type { PageFacts } from '../okta/steps';

export interface GuideMemory {
  nameAcknowledged: boolean;
  networkAcknowledged: boolean;
}

/** What the page shows now, read once per evaluation into plain facts for `deriveStep`. */
export function readPageFacts(
  location: Location,
  isAdminConsole: boolean,
  scopes: readonly Scope[],
  memory: GuideMemory,
  flags: { tokenCaptured: boolean; linked: boolean },
): PageFacts & { revealedToken: string | null } {
  const revealedToken = readRevealedToken(scopes);
  const createDialogOpen = !revealedToken && isCreateDialogOpen(scopes);
  return {
    host: isAdminConsole ? 'admin' : 'org',
    path: location.pathname,
    signInFormVisible: !isAdminConsole && locate('sign-in-form', scopes) !== null,
    createDialogOpen,
    revealedTokenVisible: revealedToken !== null,
    revealedToken,
    apiNavVisible: isAdminConsole && !createDialogOpen && locate('api-nav', scopes) !== null,
    nameAcknowledged: memory.nameAcknowledged,
    networkAcknowledged: memory.networkAcknowledged,
    tokenCaptured: flags.tokenCaptured,
    linked: flags.linked,
  };
}
