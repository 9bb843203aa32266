/** @jsxImportSource react */
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { Box, ScopedCssBaseline, Typography } from '@mui/material';
import { OdysseyThemeProvider } from '@okta/odyssey-react-mui';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { config, texts } from './config';
import { SHELL_ATTRIBUTE, SHELL_ELEMENT, SIDE_NAV_WIDTH, TOP_NAV_HEIGHT } from './layout';
import { SideNav } from './side-nav';

/**
 * Odyssey's UI shell (odyssey-dom.md §2): top nav and side nav rendered by React inside the OPEN shadow root
 * of a custom element, with Emotion's styles in the shadow root's style root so they neither leak out nor
 * miss. The app is not in here: it is the element's sibling, in the light DOM.
 */
export function renderUiShell(parent: HTMLElement, nonce: string): void {
  if (!customElements.get(SHELL_ELEMENT)) customElements.define(SHELL_ELEMENT, class extends HTMLElement {});
  const host = document.createElement(SHELL_ELEMENT);
  host.setAttribute(SHELL_ATTRIBUTE, '');
  const shadowRoot = host.attachShadow({ mode: 'open' });

  const styleRoot = document.createElement('div');
  styleRoot.id = 'style-root';
  styleRoot.setAttribute('nonce', nonce);
  const hostStyle = document.createElement('style');
  hostStyle.setAttribute('nonce', nonce);
  hostStyle.textContent = ':host { all: initial; contain: content; }';
  styleRoot.append(hostStyle);
  const appRoot = document.createElement('div');
  appRoot.id = 'app-root';
  appRoot.style.height = 'inherit';
  shadowRoot.append(styleRoot, appRoot);

  parent.setAttribute('data-unified-ui-shell', '');
  parent.prepend(host);
  const cache = createCache({ key: 'odyssey-shell', container: styleRoot, nonce, prepend: true });
  createRoot(appRoot).render(
    <CacheProvider value={cache}>
      <OdysseyThemeProvider withCache={false}>
        <UiShell />
      </OdysseyThemeProvider>
    </CacheProvider>,
  );
}

/** The shell's grid; its app-content cell stays empty here, the app sibling is laid over it. */
function UiShell() {
  const isLoading = useIsLoading();
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateAreas: '"side-nav top-nav" "side-nav app-content"',
        gridTemplateColumns: `${SIDE_NAV_WIDTH}px 1fr`,
        gridTemplateRows: `${TOP_NAV_HEIGHT}px 1fr`,
        height: '100vh',
      }}
    >
      <ScopedCssBaseline sx={{ gridArea: 'top-nav' }}>
        <TopNav />
      </ScopedCssBaseline>
      <ScopedCssBaseline sx={{ gridArea: 'side-nav', minHeight: 0 }}>
        <SideNav isLoading={isLoading} />
      </ScopedCssBaseline>
    </Box>
  );
}

/** The nav waits for the app, which renders late (renderDelayMs) like the real console's lazy routes. */
function useIsLoading(): boolean {
  const [isLoading, setIsLoading] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setIsLoading(false), config.renderDelayMs);
    return () => clearTimeout(timer);
  }, []);
  return isLoading;
}

/** Odyssey's TopNav is only a flex row with a left and a right side (no header, no role). */
function TopNav() {
  return (
    <Box
      sx={{
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        height: '100%',
        px: 3,
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: '#fff',
      }}
    >
      <div />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 3 }}>
        <a href={config.endUserDashboardUrl}>{texts.endUserDashboard}</a>
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end' }}>
          <Typography component="span">{config.adminDisplayName}</Typography>
          <Typography component="span" sx={{ fontSize: 12, color: 'text.secondary' }}>
            {config.orgDomain}
          </Typography>
        </Box>
      </Box>
    </Box>
  );
}
