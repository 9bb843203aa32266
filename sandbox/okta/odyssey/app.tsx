/** @jsxImportSource react */

import { Paper } from '@mui/material';
import { Box, CircularProgress, Heading1, Heading2, Paragraph, Tabs } from '@okta/odyssey-react-mui';
import { useEffect, useState } from 'react';
import { config, texts } from './config';
import { API_TABS, navigate, useCurrentPath } from './navigation';
import { TokensTab } from './tokens-tab';

/**
 * The console's app, in the light DOM beside the shell: one page per path, each shown `renderDelayMs` after
 * load or after in-app navigation (a progress indicator meanwhile), like the real console's lazy routes.
 */
export function App() {
  const path = useCurrentPath();
  const shownPath = useShownAfterDelay(path, config.renderDelayMs);
  if (shownPath !== path) return <CircularProgress ariaLabel={texts.loading} />;
  return <Page path={path} />;
}

function useShownAfterDelay(value: string, delayMs: number): string | null {
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setShown(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return shown;
}

function Page({ path }: { path: string }) {
  const apiTab = API_TABS.find((tab) => tab.path === path);
  if (apiTab) return <ApiPage selectedKey={apiTab.key} />;
  if (path === '/admin/dashboard') return <Dashboard />;
  const item = config.nav.flatMap((section) => section.items).find((navItem) => navItem.href === path);
  return (
    <>
      <Heading1>{item ? item.label : texts.adminConsoleTitle}</Heading1>
      <Paragraph>{texts.genericPageIntro}</Paragraph>
    </>
  );
}

function Dashboard() {
  return (
    <>
      <Heading1>{texts.dashboardHeading}</Heading1>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', gap: 2 }}>
        {texts.dashboardCards.map((title) => (
          <Paper key={title} component="section" sx={{ p: 2 }}>
            <Heading2>{title}</Heading2>
            <Paragraph>—</Paragraph>
          </Paper>
        ))}
      </Box>
    </>
  );
}

/** Security > API: Odyssey Tabs are buttons without href; changing tab routes to that tab's path. */
function ApiPage({ selectedKey }: { selectedKey: (typeof API_TABS)[number]['key'] }) {
  const panels = {
    'authorization-servers': {
      label: texts.tabAuthorizationServers,
      children: (
        <>
          <Paragraph>{texts.authServersIntro}</Paragraph>
          <Paragraph>default · api://default · https://{config.orgDomain}/oauth2/default</Paragraph>
        </>
      ),
    },
    tokens: { label: texts.tabTokens, children: <TokensTab /> },
    'trusted-origins': {
      label: texts.tabTrustedOrigins,
      children: (
        <>
          <Paragraph>{texts.trustedOriginsIntro}</Paragraph>
          <Paragraph>{texts.noOrigins}</Paragraph>
        </>
      ),
    },
  };
  return (
    <>
      <Heading1>{texts.apiHeading}</Heading1>
      <Tabs
        ariaLabel={texts.apiHeading}
        value={selectedKey}
        onChange={(_event, key) => {
          const tab = API_TABS.find((candidate) => candidate.key === key);
          if (tab) navigate(tab.path);
        }}
        tabs={API_TABS.map((tab) => ({ value: tab.key, ...panels[tab.key] }))}
      />
    </>
  );
}
