import { useSyncExternalStore } from 'react';

/** The API page's tabs, in order, and the path each one routes to. */
export const API_TABS = [
  { key: 'authorization-servers', path: '/admin/oauth2/as' },
  { key: 'tokens', path: '/admin/access/api/tokens' },
  { key: 'trusted-origins', path: '/admin/access/api/trusted_origins' },
] as const;

/** pushState fires no event; the shell and the app (two React roots) both listen for this one. */
const PATH_CHANGED = 'odyssey-console:pathchange';

export function currentPath(): string {
  return location.pathname.replace(/\/+$/, '') || '/';
}

/** In-app navigation: the URL changes, the page never reloads. */
export function navigate(path: string): void {
  if (path === currentPath()) return;
  history.pushState({}, '', path);
  window.dispatchEvent(new Event(PATH_CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(PATH_CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(PATH_CHANGED, onChange);
  };
}

export function useCurrentPath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** The side-nav link a path belongs to: every API tab is Security > API, whose link leads to the first tab. */
export function navHrefOf(path: string): string {
  return API_TABS.some((tab) => tab.path === path) ? API_TABS[0].path : path;
}

/** A plain left click on an in-app link routes in the app; others (new tab…) are left to the browser. */
export function followInApp(event: React.MouseEvent<HTMLElement>, path: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(path);
}
