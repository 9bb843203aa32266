import type { FrameLocator, Page } from 'playwright-core';

/** Where the hub is: the page, or a frame of it (`page.frameLocator(…)`, read even across origins). */
type HubScope = Page | FrameLocator;

/** The inputs of the hub's form (playwright reads through the hub's open shadow root). */
export function hubField(page: HubScope, name?: string) {
  return page.locator(name ? `stackone-hub form input[name="${name}"]` : 'stackone-hub form input');
}

/** What the hub's form holds, by field key: what the hub would send on its Connect. */
export async function hubFormValues(page: HubScope): Promise<Record<string, string>> {
  const inputs = await hubField(page).all();
  const entries = await Promise.all(
    inputs.map(async (input) => [await input.getAttribute('name'), await input.inputValue()] as const),
  );
  return Object.fromEntries(entries.filter(([name]) => name !== null) as [string, string][]);
}

/** The extension's pointer at the hub's own Connect, shown after a fill that asked for it. */
export function hubConnectPointer(page: Page) {
  return page.locator('okta-link-hub-pointer [role="status"]');
}
