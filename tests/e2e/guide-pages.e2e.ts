import { describe, expect, it } from 'vitest';
import { masked } from './journeys/guide';
import { useWorld } from './support/env';
import { readExtensionStorage } from './support/extension';
import {
  expectNoEarlyMissing,
  followGuide,
  guideButton,
  guideText,
  OVERLAY,
  startGuideOn,
  waitForStep,
} from './support/guide';

/** The guide on consoles that differ from the one it was written against, and where it must not act. */
describe('the guide on other consoles and on pages it must leave alone', () => {
  const world = useWorld();

  it.each([
    ['without data-se hooks', 'nodata', 'no-data-se'],
    ['in French', 'globex', 'french'],
  ] as const)('reaches the captured token on a console %s', async (_, org, variant) => {
    world().okta.setOrgOptions(org, { variant });
    const { page, changes } = await startGuideOn(world(), `http://${org}.okta.com/app/UserHome`);
    const seen = await followGuide(page, 'token-captured');
    expect(seen).toContain('open-security');
    expect(seen).toContain('submit-token');
    expectNoEarlyMissing(changes);
    const token = world().okta.createdTokens.at(-1)?.token ?? '';
    const popup = await world().popupFor(page);
    await expect.poll(() => popup.getByTestId('masked-token').textContent()).toBe(masked(token));
  });

  it('falls back to words, a direct link and details for support when it cannot find the element', async () => {
    const { page, changes } = await startGuideOn(world(), 'http://acme-admin.okta.com/admin/dashboard');
    await waitForStep(page, 'open-security');
    // The console changes under us: the side nav disappears (a redesign, a failed render).
    await page.evaluate(() => document.querySelector('odyssey-react-web-component')?.remove());
    await waitForStep(page, 'open-security', 'missing');
    expectNoEarlyMissing(changes);
    await expect.poll(() => guideText(page)).toContain('open Security, then API');

    // What goes on the clipboard, as the page's copy event carries it.
    await page.evaluate(() => {
      window.addEventListener('copy', (event) => {
        (window as unknown as { copied: string }).copied = event.clipboardData?.getData('text/plain') ?? '';
      });
    });
    await guideButton(page, 'Copy details for support').click();
    await expect.poll(() => guideText(page)).toContain('Copied');
    const details = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(details).toContain('Step: open-security');
    expect(details).toContain('Page path: /admin/dashboard');
    expect(details).toContain('Console language: en');
    expect(details).toMatch(/security-nav #3 by structure .*: \d+ candidates, 0 matched/);
    expect(details).toMatch(/Browser: Chrome \d+/);
    // Never the admin's name or e-mail (the top bar shows both).
    expect(details).not.toMatch(/Alex|alex\.admin/);

    const link = page.locator(OVERLAY).getByRole('link', { name: 'Take me there' });
    await expect
      .poll(() => link.getAttribute('href'))
      .toBe('http://acme-admin.okta.com/admin/access/api/tokens');
    await link.click();
    await waitForStep(page, 'create-token');
  });

  it.each([
    ['READ_ONLY_ADMIN', 'read-only', 'will only read'],
    ['API_ACCESS_MANAGEMENT_ADMIN', 'not-listed', 'does not list your role'],
  ] as const)(
    'tells a %s, before the token exists, what the token would not do',
    async (role, kind, says) => {
      world().okta.setOrgOptions('acme', { role });
      const { page } = await startGuideOn(world(), 'http://acme-admin.okta.com/admin/dashboard');
      await waitForStep(page, 'open-security');
      const note = page.locator(OVERLAY).locator('[data-privilege]');
      await expect.poll(() => note.getAttribute('data-privilege')).toBe(kind);
      expect(await note.innerText()).toContain(says);
      const popup = await world().popupFor(page);
      await expect.poll(() => popup.getByTestId('privilege').innerText()).toContain(says);
      expect(world().okta.createdTokens).toHaveLength(0);
    },
  );

  it('ignores a token-shaped string outside the reveal dialog', async () => {
    world().okta.setOrgOptions('acme', { decoyToken: true });
    const { page } = await startGuideOn(world(), 'http://acme-admin.okta.com/admin/access/api/tokens');
    await waitForStep(page, 'create-token');
    const decoy = await page.locator('[data-se="tokens-help-panel"] code').innerText();
    expect(decoy).toMatch(/00[A-Za-z0-9_-]{40}/);
    await page.waitForTimeout(500);
    const storage = await readExtensionStorage(world().context);
    expect(storage.session.capturedTokens ?? {}).toEqual({});
    const popup = await world().popupFor(page);
    expect(await popup.getByTestId('masked-token').count()).toBe(0);
  });

  it('captures nothing when the guide was not started', async () => {
    const page = await world().open('http://acme-admin.okta.com/admin/access/api/tokens');
    await page.locator('[data-se="create-token"]').click();
    await page.locator('input[name="name"]').fill('Manual token');
    await page.locator('.o-form-button-bar input[type="submit"]').click();
    await page.locator('[data-se="token-value"]').waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator(OVERLAY).count()).toBe(0);
    const storage = await readExtensionStorage(world().context);
    expect(JSON.stringify(storage)).not.toContain(world().okta.createdTokens.at(-1)?.token);
  });

  it('does not run on a look-alike host, even with the same console and dialog', async () => {
    const page = await world().open('http://acme-admin.okta.com.evil.test/admin/access/api/tokens');
    const popup = await world().popupFor(page);
    expect(await popup.getByRole('button', { name: 'Start' }).count()).toBe(0);
    await page.bringToFront();
    await page.locator('[data-se="create-token"]').click();
    await page.locator('input[name="name"]').fill('Phished');
    await page.locator('.o-form-button-bar input[type="submit"]').click();
    await page.locator('[data-se="token-value"]').waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator(OVERLAY).count()).toBe(0);
    expect(JSON.stringify(await readExtensionStorage(world().context))).not.toContain(
      world().okta.createdTokens.at(-1)?.token,
    );
  });
  it('keeps its ring on a target the page moves without a change to its DOM (a stylesheet rule; a font or an image loading)', async () => {
    const { page } = await startGuideOn(world(), 'http://acme-admin.okta.com/admin/access/api/tokens');
    await waitForStep(page, 'create-token');
    /** The ring's box, and whether what is under its centre is the element the ring first circled. */
    const ringNow = () =>
      page.evaluate((tag) => {
        const ring = document.querySelector(tag)?.shadowRoot?.querySelector('.ring')?.getBoundingClientRect();
        if (!ring) return null;
        const holder = window as unknown as { circled?: Element | null };
        const under = document.elementsFromPoint(ring.left + ring.width / 2, ring.top + ring.height / 2);
        // The first element under the ring that is the page's (the overlay's host lets clicks through).
        const element = under.find((candidate) => candidate.tagName.toLowerCase() !== tag) ?? null;
        holder.circled ??= element;
        return { top: Math.round(ring.top), same: element !== null && holder.circled === element };
      }, OVERLAY);
    const before = await ringNow();
    expect(before?.same).toBe(true);
    // A rule added through the CSS object model moves the page's content down and makes no mutation record: only
    // watching the target's box can notice (#24). Nothing else changes on this page.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('body { padding-top: 160px !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    await expect.poll(ringNow).toEqual({ top: (before?.top ?? 0) + 160, same: true });
  });
});
