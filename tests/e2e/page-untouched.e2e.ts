import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OktaSandbox, startOktaSandbox } from '../../sandbox/okta/server';
import { type LaunchedBrowser, launchChromium } from './support/browser';

/** The shape of the page as a person's browser holds it: every element, in order, into open shadow roots. */
function domShape(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shape: string[] = [];
    const visit = (root: Document | ShadowRoot, depth: string) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const attributes = element
          .getAttributeNames()
          .filter((name) => name !== 'value')
          .sort()
          .join(',');
        shape.push(`${depth}${element.tagName.toLowerCase()}[${attributes}]`);
        if (element.shadowRoot) visit(element.shadowRoot, `${depth}>`);
      }
    };
    visit(document, '');
    return shape;
  });
}

async function visitConsole(browser: LaunchedBrowser) {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  const shapes: string[][] = [];
  for (const path of ['/admin/dashboard', '/admin/access/api/tokens']) {
    await page.goto(`http://acme-admin.okta.com${path}`);
    await page.locator('odyssey-react-web-component').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(600); // past the sandbox's late rendering
    shapes.push(await domShape(page));
  }
  // The admin creates a token by hand: the extension must neither add anything nor capture it.
  await page.locator('[data-se="create-token"]').click();
  await page.locator('input[name="name"]').fill('By hand');
  await page.locator('.o-form-button-bar input[type="submit"]').click();
  await page.locator('[data-se="token-value"]').waitFor();
  await page.waitForTimeout(300);
  shapes.push(await domShape(page));
  return { shapes, problems };
}

describe('an Okta page with the extension loaded and the guide not started', () => {
  let okta: OktaSandbox;
  let without: LaunchedBrowser;
  let withExtension: LaunchedBrowser;
  beforeAll(async () => {
    okta = await startOktaSandbox();
    without = await launchChromium({ extensionDir: null, hostResolverRules: okta.hostResolverRules });
    withExtension = await launchChromium({ hostResolverRules: okta.hostResolverRules });
  });
  afterAll(async () => {
    await without?.close();
    await withExtension?.close();
    await okta?.close();
  });

  it('has exactly the same elements as without the extension, and no errors', async () => {
    const reference = await visitConsole(without);
    okta.reset();
    const observed = await visitConsole(withExtension);
    expect(observed.shapes.map((shape) => shape.length)).toEqual(
      reference.shapes.map((shape) => shape.length),
    );
    expect(observed.shapes).toEqual(reference.shapes);
    expect(observed.shapes.flat().some((entry) => entry.includes('okta-link-assistant'))).toBe(false);
    expect(observed.problems).toEqual(reference.problems);
    expect(observed.problems).toEqual([]);
  });
});
