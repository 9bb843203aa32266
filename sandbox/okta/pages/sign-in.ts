import { escapeHtml, htmlDocument, type RenderContext, se } from './html';

const SIGN_IN_CSS = `
  .auth-container { max-width: 400px; margin: 60px auto; background: #fff; border-radius: 8px; padding: 32px;
    box-shadow: 0 1px 4px #0002; }
  .o-form-fieldset { margin-bottom: 16px; }
  .o-form-error-container { color: #d93934; margin-bottom: 12px; }
  .o-form-button-bar input { width: 100%; }
`;

/** A page of the org's sign-in widget (sign-in, step-up, verified): its frame and styles around `content`. */
export function signInWidgetPage(ctx: RenderContext, title: string, content: string, after = ''): string {
  return htmlDocument({
    title,
    lang: ctx.texts.lang,
    css: SIGN_IN_CSS,
    body: `
<main id="okta-sign-in" class="auth-container main-container">
${content}
</main>${after}`,
  });
}

/** The widget's error line, when there is an error to show. */
export function formError(ctx: RenderContext, error: string | null): string {
  return error
    ? `<div class="o-form-error-container" role="alert"${se(ctx, 'o-form-error-container')}>${escapeHtml(error)}</div>`
    : '';
}

/**
 * The org's sign-in page, shaped like the Classic Sign-In Widget: `#okta-signin-username`,
 * `#okta-signin-password`, `#okta-signin-submit`. A plain form POST; any non-empty credentials are accepted.
 */
export function signInPage(
  ctx: RenderContext,
  options: { fromURI: string | null; error: string | null },
): string {
  const { texts } = ctx;
  const fromURIField = options.fromURI
    ? `<input type="hidden" name="fromURI" value="${escapeHtml(options.fromURI)}">`
    : '';
  return signInWidgetPage(
    ctx,
    texts.signInTitle,
    `  <form method="post" action="/login/login.htm" class="primary-auth-form o-form"${se(ctx, 'o-form')}>
    <h1 class="okta-form-title o-form-head">${escapeHtml(texts.signInTitle)}</h1>
    ${formError(ctx, options.error)}
    ${fromURIField}
    <div class="o-form-fieldset"${se(ctx, 'o-form-fieldset-username')}>
      <label for="okta-signin-username">${escapeHtml(texts.username)}</label>
      <input type="text" id="okta-signin-username" name="username" autocomplete="username"${se(ctx, 'o-form-input-username')}>
    </div>
    <div class="o-form-fieldset"${se(ctx, 'o-form-fieldset-password')}>
      <label for="okta-signin-password">${escapeHtml(texts.password)}</label>
      <input type="password" id="okta-signin-password" name="password" autocomplete="current-password"${se(ctx, 'o-form-input-password')}>
    </div>
    <div class="o-form-button-bar">
      <input type="submit" id="okta-signin-submit" class="button button-primary" value="${escapeHtml(texts.signInButton)}">
    </div>
  </form>`,
  );
}
