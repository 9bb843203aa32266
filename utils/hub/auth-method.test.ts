import { describe, expect, it } from 'vitest';
import { authMethodOfChoice, formAuthMethod, isAuthMethodChooser } from './auth-method';
import { planCredentials, planFieldValues } from './credentials-plan';
import type { FieldDescriptor } from './hub-fields';
import { HUB_OKTA_PLAN, hubOktaForm, TOKEN, values } from './hub-forms.fixture';

describe("Okta's auth methods: only the API Key form takes the token", () => {
  const oauthForm: FieldDescriptor[] = [
    {
      key: 'okta_domain',
      label: 'Okta Domain URL',
      type: 'text',
      required: true,
      placeholder: 'your-org.okta.com',
    },
    { key: 'client_id', label: 'Client ID', type: 'text', required: true },
    { key: 'client_secret', label: 'Client Secret', type: 'password', secret: true, required: true },
  ];
  const chooser = (value?: string, withOptions = true): FieldDescriptor => ({
    key: 'auth_method',
    label: 'Authentication Method',
    type: 'select',
    required: true,
    value,
    options: withOptions
      ? [
          { value: 'oauth2', label: 'OAuth 2.0' },
          { value: 'api_key', label: 'API Key' },
        ]
      : undefined,
  });

  it.each([
    ['OAuth 2.0', 'oauth'],
    ['OAuth', 'oauth'],
    ['OpenID Connect', 'oauth'],
    ['API Key', 'api-token'],
    ['API token', 'api-token'],
    ['api_key', 'api-token'],
    ['SSWS', 'api-token'],
    ['Choose how to connect', null],
    ['Select Field', null],
    ['', null],
  ] as const)('the choice "%s" names %s', (text, method) => {
    expect(authMethodOfChoice(text)).toBe(method);
  });

  it('knows a method chooser by its label, key or choices, not a text field', () => {
    expect(isAuthMethodChooser(chooser())).toBe(true);
    expect(isAuthMethodChooser({ key: 'auth_type', type: 'select' })).toBe(true);
    expect(isAuthMethodChooser({ key: 'x', label: 'Grant type', type: 'radio' })).toBe(true);
    expect(
      isAuthMethodChooser({
        key: 'mode',
        type: 'select',
        options: [
          { value: 'a', label: 'OAuth 2.0' },
          { value: 'b', label: 'API Key' },
        ],
      }),
    ).toBe(true);
    expect(isAuthMethodChooser({ key: 'region', label: 'Region', type: 'select' })).toBe(false);
    expect(isAuthMethodChooser({ key: 'auth_method', label: 'Authentication method', type: 'text' })).toBe(
      false,
    );
  });

  it('tells the API Key form, the OAuth form and a chooser that holds no method apart', () => {
    expect(formAuthMethod(hubOktaForm)).toBe('api-token');
    expect(formAuthMethod(oauthForm)).toBe('oauth');
    expect(formAuthMethod([{ key: 'redirect_uri', label: 'Redirect URI' }, ...hubOktaForm])).toBe('oauth');
    expect(formAuthMethod([chooser(), ...hubOktaForm])).toBe('unchosen');
    // As a form shows it: the dropdown's text, without its choices.
    expect(formAuthMethod([chooser('Choose how to connect', false), ...hubOktaForm])).toBe('unchosen');
    expect(formAuthMethod([chooser('OAuth 2.0', false), ...hubOktaForm])).toBe('oauth');
    expect(formAuthMethod([chooser('API Key', false), ...hubOktaForm])).toBe('api-token');
    expect(formAuthMethod([chooser('api_key'), ...hubOktaForm])).toBe('api-token');
  });

  it('never plans the token into an OAuth form, whatever its fields are called', () => {
    const withAccessToken = [...oauthForm, { key: 'access_token', label: 'Access Token', type: 'password' }];
    for (const form of [oauthForm, withAccessToken, [chooser('OAuth 2.0', false), ...hubOktaForm]]) {
      const planned = planFieldValues(form, values);
      expect(planned.map((field) => field.value)).not.toContain(TOKEN);
      const plan = planCredentials(form, values);
      expect(plan).toMatchObject({ ok: false, problems: [{ kind: 'oauth-form' }] });
      expect(JSON.stringify(plan)).not.toContain(TOKEN);
    }
  });

  it('never plans the token while a chooser holds no method', () => {
    const form = [chooser('Choose how to connect', false), ...hubOktaForm];
    expect(planFieldValues(form, values).map((field) => field.value)).not.toContain(TOKEN);
  });

  it('chooses API Key in a chooser the connector config describes, for our own request', () => {
    expect(planCredentials([chooser(), ...hubOktaForm], values)).toEqual({
      ...HUB_OKTA_PLAN,
      credentials: { auth_method: 'api_key', ...HUB_OKTA_PLAN.credentials },
    });
  });
});
