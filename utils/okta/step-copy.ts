import type { StepId } from './steps-ids';

/** What the guide says at each step: what to do, and how to do it without the highlight. */
export interface StepCopy {
  title: string;
  /** Shown when the element is found and highlighted. */
  instruction: string;
  /** Shown when the element cannot be found: the same step, in words. */
  fallback: string;
}

export const STEP_COPY: Record<StepId, StepCopy> = {
  'sign-in': {
    title: 'Sign in to Okta',
    instruction: 'Sign in with your Okta admin account. The guide continues after you sign in.',
    fallback: 'Sign in to your Okta org with an admin account, then open the Admin Console.',
  },
  'open-admin': {
    title: 'Open the Admin Console',
    instruction: 'Click "Admin" to open the Okta Admin Console.',
    fallback: 'Open the Admin Console: click "Admin" in the top bar, or use the link below.',
  },
  'open-security': {
    title: 'Open Security',
    instruction: 'In the side menu, open "Security".',
    fallback: 'In the Admin Console side menu, open Security, then API.',
  },
  'open-api': {
    title: 'Open API',
    instruction: 'Under Security, click "API".',
    fallback: 'Under Security in the side menu, click API.',
  },
  'open-tokens-tab': {
    title: 'Open the Tokens tab',
    instruction: 'Click the "Tokens" tab.',
    fallback: 'On the API page, open the Tokens tab.',
  },
  'create-token': {
    title: 'Create a token',
    instruction: 'Click "Create token".',
    fallback: 'On the Tokens tab, click "Create token".',
  },
  'name-token': {
    title: 'Name the token',
    instruction:
      'We filled in a name so you can find this token later. Change it if you like, then continue.',
    fallback: 'Give the token a name you will recognise, such as "StackOne Integration".',
  },
  'choose-network': {
    title: 'Choose where calls may come from',
    instruction:
      'Keep "Any IP" unless your org requires network zones. If you pick a zone, it must allow the hub\'s egress addresses, or linking will fail.',
    fallback:
      'Under "API calls made with this token must originate from", keep "Any IP" unless your org requires zones; a chosen zone must allow the hub\'s egress addresses.',
  },
  'submit-token': {
    title: 'Create the token',
    instruction: 'Click "Create token". Okta may ask you to verify it is you first.',
    fallback:
      'Click "Create token" in the dialog. If Okta asks you to verify, do so; you will come back here.',
  },
  'token-captured': {
    title: 'Token captured',
    instruction:
      'Token captured, held in memory only. Okta will not show it again. Open the extension to link it to the hub.',
    fallback: 'Okta shows the token only once. Keep this dialog open until the token is captured or linked.',
  },
  linked: {
    title: 'Linked',
    instruction: 'Okta is linked to the hub. The token was wiped from the extension.',
    fallback: 'Okta is linked to the hub.',
  },
};
