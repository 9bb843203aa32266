export const OVERLAY_TAG = 'okta-link-assistant';

export interface OverlayHost {
  host: HTMLElement;
  /** Where the UI renders. */
  container: HTMLElement;
  remove(): void;
}

/**
 * The one element the guide adds to the page (spec.md: `<okta-link-assistant>`), holding its UI in a shadow
 * root, appended to `<body>`; the guide removes it on stop and when its content script is invalidated.
 *
 * While a page's modal is open, MUI (and others) set `aria-hidden="true"` on every other child of `<body>`,
 * which would hide the guide from screen readers exactly when it explains the dialog: the host takes it off
 * again (MUI removes what it set when the modal closes, so nothing is left behind). Focus traps are left alone.
 */
export function mountOverlayHost(css: string): OverlayHost {
  const host = document.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Keys typed in the guide's UI are the guide's: the page's shortcuts do not see them.
  for (const type of ['keydown', 'keyup', 'keypress']) {
    shadow.addEventListener(type, (event) => event.stopPropagation());
  }
  const unhide = new MutationObserver(() => {
    if (host.getAttribute('aria-hidden') === 'true') host.removeAttribute('aria-hidden');
  });
  unhide.observe(host, { attributes: true, attributeFilter: ['aria-hidden'] });
  document.body.append(host);

  const remove = () => {
    unhide.disconnect();
    host.remove();
  };
  return { host, container, remove };
}
