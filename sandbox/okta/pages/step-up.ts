import { escapeHtml, type RenderContext, se } from './html';
import { formError, signInWidgetPage } from './sign-in';

/**
 * "Verify it's you": the re-authentication Okta asks for before a sensitive admin action.
 * Served on the org host, as Okta's own sign-in flows are: a full navigation away from the Admin Console, or
 * a pop-up window the console opened (`inPopup`).
 */
export function stepUpPage(
  ctx: RenderContext,
  options: { fromURI: string; inPopup: boolean; error: string | null },
): string {
  const { texts } = ctx;
  return signInWidgetPage(
    ctx,
    texts.stepUpTitle,
    `  <form method="post" action="/login/step-up" class="o-form"${se(ctx, 'o-form')}>
    <h1 class="okta-form-title o-form-head">${escapeHtml(texts.stepUpTitle)}</h1>
    <p class="okta-form-subtitle">${escapeHtml(texts.stepUpSubtitle)}</p>
    ${formError(ctx, options.error)}
    <input type="hidden" name="fromURI" value="${escapeHtml(options.fromURI)}">${options.inPopup ? '\n    <input type="hidden" name="display" value="popup">' : ''}
    <div class="o-form-fieldset"${se(ctx, 'o-form-fieldset-credentials.passcode')}>
      <label for="step-up-password">${escapeHtml(texts.password)}</label>
      <input type="password" id="step-up-password" name="credentials.passcode" autocomplete="current-password"${se(ctx, 'o-form-input-credentials.passcode')}>
    </div>
    <div class="o-form-button-bar">
      <input type="submit" class="button button-primary" value="${escapeHtml(texts.verifyButton)}"${se(ctx, 'save')}>
    </div>
  </form>`,
  );
}

/** What the pop-up shows once verified, for the moment before it closes itself. */
export function stepUpDonePage(ctx: RenderContext, scriptNonce: string): string {
  const { texts } = ctx;
  return signInWidgetPage(
    ctx,
    texts.verifiedTitle,
    `  <h1 class="okta-form-title o-form-head">${escapeHtml(texts.verifiedTitle)}</h1>
  <p class="okta-form-subtitle">${escapeHtml(texts.verifiedBody)}</p>`,
    `\n<script nonce="${escapeHtml(scriptNonce)}">window.close();</script>`,
  );
}
