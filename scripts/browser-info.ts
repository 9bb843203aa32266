import type { BrowserContext } from 'playwright-core';

/** The browser's product string (`Chrome/156.0…`), for reports: timings depend on it. */
export async function chromiumVersion(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  await page.close();
  return product;
}
