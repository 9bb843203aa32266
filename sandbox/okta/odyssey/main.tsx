/** @jsxImportSource react */

import { GlobalStyles } from '@mui/material';
import { OdysseyProvider } from '@okta/odyssey-react-mui';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { texts } from './config';
import { SHELL_ELEMENT, SIDE_NAV_WIDTH, TOP_NAV_HEIGHT } from './layout';
import { currentPath } from './navigation';
import { renderUiShell } from './ui-shell';

// The sandbox's Odyssey Admin Console: Odyssey's UI shell in a shadow root, the app beside it in the light
// DOM. Odyssey's Emotion caches read the page's CSP nonce from window.cspNonce; this script carries it.
window.cspNonce = document.currentScript?.nonce ?? '';
if (currentPath() === '/admin') history.replaceState({}, '', '/admin/dashboard');

const root = document.getElementById('root');
if (!root) throw new Error('The Admin Console page has no #root');
renderUiShell(root, window.cspNonce);
const appElement = document.createElement('div');
root.append(appElement);
createRoot(appElement).render(
  <OdysseyProvider languageCode={texts.lang} nonce={window.cspNonce}>
    <GlobalStyles
      styles={{
        // The shell covers the window; the app lies over the shell's app-content cell.
        [SHELL_ELEMENT]: { display: 'block', position: 'fixed', inset: 0 },
        [`${SHELL_ELEMENT} + div`]: {
          position: 'fixed',
          top: TOP_NAV_HEIGHT,
          left: SIDE_NAV_WIDTH,
          right: 0,
          bottom: 0,
          overflow: 'auto',
          padding: '24px 32px',
        },
      }}
    />
    <App />
  </OdysseyProvider>,
);
