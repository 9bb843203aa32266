/**
 * Odyssey's shell element, versioned as the UI shell names it (`odyssey-react-wc-<version>`); its empty
 * `odyssey-react-web-component` attribute is what Okta's own tests select on, whatever the version.
 */
export const SHELL_ELEMENT = 'odyssey-react-wc-1-39-0';
export const SHELL_ATTRIBUTE = 'odyssey-react-web-component';

export const TOP_NAV_HEIGHT = 56;
export const SIDE_NAV_WIDTH = 240;
