import { englishTexts, type Texts } from '../i18n';
import { escapeHtml, htmlDocument } from './html';

/** `okta.com` / `www.okta.com`: Okta's marketing site, which is not an org. */
export function marketingPage(): string {
  return htmlDocument({
    title: 'Okta | The World’s Identity Company',
    lang: 'en',
    body: `
<header style="padding:16px 24px;background:#fff"><strong>okta</strong>
  <nav style="display:inline-block;margin-left:24px"><a href="/products">Products</a> · <a href="/pricing">Pricing</a>
  · <a href="http://login.okta.com/">Login</a></nav></header>
<main style="padding:48px 24px">
  <h1>The World’s Identity Company</h1>
  <p>Okta helps organizations securely connect the right people to the right technology.</p>
  <a class="button button-primary" href="/free-trial">Start free trial</a>
</main>`,
  });
}

/** `login.okta.com`: the generic "find your org" sign-in, which is not an org either. */
export function genericSignInPage(): string {
  return htmlDocument({
    title: 'Sign in to your organization',
    lang: 'en',
    body: `
<main class="auth-container" style="max-width:400px;margin:60px auto;background:#fff;padding:32px;border-radius:8px">
  <h1>Sign in to your organization</h1>
  <form method="get" action="/">
    <label for="org-url">Your organization's Okta URL</label>
    <input type="text" id="org-url" name="orgUrl" placeholder="yourcompany.okta.com">
    <p><input type="submit" class="button button-primary" value="Next"></p>
  </form>
</main>`,
  });
}

export function notFoundPage(texts: Texts = englishTexts): string {
  return htmlDocument({
    title: texts.notFoundTitle,
    lang: texts.lang,
    body: `<main style="padding:48px 24px"><h1>404 - ${escapeHtml(texts.notFoundTitle)}</h1>
<p>${escapeHtml(texts.notFoundBody)}</p></main>`,
  });
}
