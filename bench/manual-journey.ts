import { type ActionCount, type AdminAction, countActions } from '../scripts/demo/admin';

/**
 * The manual journey, from StackOne's public Okta connection guide ("Connect Okta with API Key",
 * https://docs.stackone.com/connectors/okta/guides/link-account/api-key), counted the way the assistant's
 * journey is counted (bench/README.md explains each choice). Same start and end as the scripted journey:
 * signed in on the Okta end-user dashboard, the hub's Okta form open in another tab; done when the hub
 * shows the account connected. Where the guide leaves a choice, the count takes the cheaper one.
 */

export interface ManualStep {
  /** The step as the public guide words it. */
  guideStep: string;
  actions: AdminAction[];
  /** Why these actions and not others. */
  why: string;
}

const click = (what: string): AdminAction => ({ kind: 'click', what });
const keys = (what: string): AdminAction => ({ kind: 'key entry', what });
const tabSwitch = (what: string): AdminAction => ({ kind: 'tab switch', what });

export const MANUAL_JOURNEY: ManualStep[] = [
  {
    guideStep: 'Find your Okta domain (in the URL when logged in)',
    actions: [],
    why: 'Read from the address bar of the dashboard already in front; typed into the hub form later.',
  },
  {
    guideStep: 'Navigate to the Okta Admin Console: click Admin',
    actions: [click('Admin button')],
    why: 'One click.',
  },
  {
    guideStep: 'In the left navigation menu, click Security > API; click the Tokens tab',
    actions: [click('Security (side nav)'), click('API (side nav)'), click('Tokens tab')],
    why: 'Security expands the section, API opens the page, then the tab.',
  },
  {
    guideStep: 'Click Create token; enter a name; select Any IP; click Create token',
    actions: [click('Create token'), keys('type the token name'), click('Create token (dialog)')],
    why: 'The name field has focus when the dialog opens and "Any IP" is already selected: no click for either.',
  },
  {
    guideStep: 'Copy the API token value',
    actions: [click('Copy to clipboard')],
    why: "The dialog's copy button (selecting the value and pressing Ctrl+C would be two).",
  },
  {
    guideStep: 'Navigate to the hub',
    actions: [tabSwitch('to the hub tab')],
    why: 'The hub is already open in another tab.',
  },
  {
    guideStep: 'Fill out Okta Domain URL and API Token (Event Hook Name is optional)',
    actions: [
      click('Okta Domain URL field'),
      keys('type the org domain'),
      click('API Token field'),
      keys('paste (Ctrl+V)'),
    ],
    why: 'Focus each field and enter its value; the optional field is left empty.',
  },
  { guideStep: 'Click Connect', actions: [click("Connect (hub's form)")], why: 'One click.' },
];

export function manualJourneyCount(): ActionCount {
  return countActions(MANUAL_JOURNEY.flatMap((step) => step.actions));
}
