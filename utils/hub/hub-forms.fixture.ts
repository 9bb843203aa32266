import type { FieldDescriptor, LinkValues } from './hub-fields';

/** The hub's Okta forms and the values the unit tests of the hub's field logic fill them with. */

export const TOKEN = '00abcdefghijklmnopqrstuvwxyzABCDEFGHIJwxyz';
export const values: LinkValues = {
  orgDomain: 'acme.okta.com',
  token: TOKEN,
  eventHookName: 'StackOne events',
};

// The Okta connector as the hub shows it today ("Falcon" config)...
export const hubOktaForm: FieldDescriptor[] = [
  {
    key: 'okta_domain',
    label: 'Okta Domain URL',
    type: 'text',
    required: true,
    secret: false,
    placeholder: 'https://your-org.okta.com',
  },
  { key: 'okta_api_token', label: 'API Token', type: 'password', required: true, secret: true },
  { key: 'event_hook_name', label: 'Event Hook Name', type: 'text', required: false, secret: false },
];
// ...and the older connector, which wanted only the subdomain.
export const olderOktaForm: FieldDescriptor[] = [
  { key: 'subdomain_x', label: 'Organization URL', type: 'text', required: true, placeholder: 'your-org' },
  { key: 'token_x', label: 'API Token', type: 'password', required: true, secret: true },
];

/** The plan for hubOktaForm with `values`: every field ours, the domain as the URL the connector wants. */
export const HUB_OKTA_PLAN = {
  ok: true,
  credentials: {
    okta_domain: 'https://acme.okta.com',
    okta_api_token: TOKEN,
    event_hook_name: 'StackOne events',
  },
  filled: [
    { key: 'okta_domain', meaning: 'orgDomain' },
    { key: 'okta_api_token', meaning: 'apiToken' },
    { key: 'event_hook_name', meaning: 'eventHookName' },
  ],
};
