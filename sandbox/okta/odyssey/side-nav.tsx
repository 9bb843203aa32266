/** @jsxImportSource react */

import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Link,
  Skeleton,
  Typography,
} from '@mui/material';
import { useUniqueId } from '@okta/odyssey-react-mui';
import { ChevronDownIcon } from '@okta/odyssey-react-mui/icons';
import type { NavItem, NavSection } from '../pages/admin-console-config';
import { config, se, texts } from './config';
import { ICON_PROPS } from './icons';
import { followInApp, navHrefOf, useCurrentPath } from './navigation';

/**
 * Odyssey's SideNav (odyssey-dom.md §3), re-created with the MUI v5 parts it is made of: sections are
 * accordions whose items stay mounted (hidden) while collapsed, items are plain links, and nothing of the
 * app's items carries `data-se` (only the shell's own parts do). Until the app is ready it shows skeletons.
 */
export function SideNav({ isLoading }: { isLoading: boolean }) {
  const currentHref = navHrefOf(useCurrentPath());
  return (
    <Box
      component="nav"
      id="side-nav-expandable"
      aria-label={texts.navigationLabel}
      sx={{ height: '100%', overflowY: 'auto', borderRight: 1, borderColor: 'divider', bgcolor: '#fff' }}
    >
      <div {...se('collapsible-region')}>
        <div>
          <Box sx={{ px: 2, py: 1.5 }}>
            <div {...se('sidenav-header-logo-container')}>
              <Typography component="span" sx={{ fontWeight: 800, fontSize: 20, color: '#1662dd' }}>
                okta
              </Typography>
            </div>
          </Box>
          <div {...se('scrollable-region')}>
            {isLoading ? (
              <Box sx={{ px: 2 }}>
                {config.nav.map((section) => (
                  <Skeleton key={section.id} variant="text" height={40} />
                ))}
              </Box>
            ) : (
              <Box component="ul" role="none" sx={{ listStyle: 'none', m: 0, p: 0 }}>
                {config.nav.map((section) =>
                  // Dashboard is a link of its own in Okta's nav; every other section expands.
                  section.id === 'DASHBOARD' && section.items[0] ? (
                    <NavLinkItem
                      key={section.id}
                      id={section.id.toLowerCase()}
                      item={section.items[0]}
                      currentHref={currentHref}
                    />
                  ) : (
                    <NavAccordionItem key={section.id} section={section} currentHref={currentHref} />
                  ),
                )}
              </Box>
            )}
          </div>
        </div>
      </div>
    </Box>
  );
}

function NavAccordionItem({ section, currentHref }: { section: NavSection; currentHref: string }) {
  const uid = useUniqueId();
  const sectionId = section.id.toLowerCase();
  return (
    <li id={sectionId}>
      <div>
        <Accordion
          className="nav-accordion"
          disableGutters
          elevation={0}
          square
          defaultExpanded={section.items.some((item) => item.href === currentHref)}
          sx={{ '&::before': { display: 'none' } }}
        >
          <AccordionSummary
            className="nav-accordion-summary"
            id={`${uid}-header`}
            aria-controls={`${uid}-content`}
            expandIcon={<ChevronDownIcon {...ICON_PROPS} />}
          >
            <Typography component="div">
              <span>{section.label}</span>
            </Typography>
          </AccordionSummary>
          <AccordionDetails className="nav-accordion-details" aria-labelledby={`${uid}-header`} sx={{ p: 0 }}>
            <Box component="ul" role="presentation" sx={{ listStyle: 'none', m: 0, p: 0 }}>
              {section.items.map((item, index) => (
                <NavLinkItem
                  key={item.href}
                  id={`${sectionId}-${index}`}
                  item={item}
                  currentHref={currentHref}
                  isNested
                />
              ))}
            </Box>
          </AccordionDetails>
        </Accordion>
      </div>
    </li>
  );
}

function NavLinkItem(props: { id: string; item: NavItem; currentHref: string; isNested?: boolean }) {
  const { id, item, currentHref, isNested = false } = props;
  const isCurrent = item.href === currentHref;
  return (
    <Box
      component="li"
      id={id}
      aria-current={isCurrent ? 'page' : undefined}
      sx={{ bgcolor: isCurrent ? '#eef3fd' : undefined }}
    >
      <Link
        href={item.href}
        underline="none"
        onClick={(event) => followInApp(event, item.href)}
        sx={{
          display: 'block',
          py: 1,
          pr: 2,
          pl: isNested ? 4 : 2,
          color: isCurrent ? '#1662dd' : '#1d1d21',
        }}
      >
        <div>{item.label}</div>
      </Link>
    </Box>
  );
}
