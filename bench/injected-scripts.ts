import type { CDPSession, Page } from 'playwright-core';
import type { LaunchedBrowser } from '../tests/e2e/support/browser';
import { OVERLAY } from '../tests/e2e/support/guide';
import { ADMIN_DASHBOARD, startGuideFromPopup } from './browser';
import { gzipSize } from './bundle';

/**
 * Script the extension actually puts into an Okta page, seen from the page's renderer through CDP: every
 * JavaScript context created in the page (`Runtime.executionContextCreated`) and every script compiled in it
 * (`Debugger.scriptParsed`). Extension code runs in isolated worlds whose origin is the extension's.
 */

export interface InjectedScripts {
  /** Isolated worlds the extension opened in the page. */
  extensionContexts: number;
  /** Scripts compiled in them (files and `executeScript` functions). */
  scripts: { url: string; rawBytes: number }[];
  rawBytes: number;
  gzipBytes: number;
  /** Scripts of the page itself seen by the same listener: proof that it was listening. */
  pageScriptsSeen: number;
  /** `<okta-link-assistant>` elements in the page. */
  overlays: number;
}

export interface InjectionReport {
  url: string;
  beforeStart: InjectedScripts;
  afterStart: InjectedScripts;
}

interface Listener {
  contexts: Map<number, { origin: string; isolated: boolean }>;
  scripts: { scriptId: string; url: string; executionContextId: number }[];
}

async function listen(cdp: CDPSession): Promise<Listener> {
  const listener: Listener = { contexts: new Map(), scripts: [] };
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = (context.auxData ?? {}) as { type?: string };
    listener.contexts.set(context.id, { origin: context.origin, isolated: aux.type === 'isolated' });
  });
  cdp.on('Debugger.scriptParsed', (script) => {
    listener.scripts.push({
      scriptId: script.scriptId,
      url: script.url,
      executionContextId: script.executionContextId,
    });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Debugger.enable');
  return listener;
}

async function collect(
  cdp: CDPSession,
  page: Page,
  listener: Listener,
  extensionOrigin: string,
  from: number,
): Promise<InjectedScripts> {
  const scripts = listener.scripts.slice(from);
  const ofExtension = (id: number) => listener.contexts.get(id)?.origin === extensionOrigin;
  const extensionContextIds = new Set(
    [...listener.contexts.entries()]
      .filter(([, context]) => context.origin === extensionOrigin)
      .map(([id]) => id),
  );
  const injected: { url: string; rawBytes: number }[] = [];
  let source = '';
  for (const script of scripts.filter((candidate) => ofExtension(candidate.executionContextId))) {
    const { scriptSource } = await cdp.send('Debugger.getScriptSource', { scriptId: script.scriptId });
    injected.push({
      url: script.url || '(executeScript function)',
      rawBytes: Buffer.byteLength(scriptSource),
    });
    source += scriptSource;
  }
  const pageScriptsSeen = scripts.filter((script) => {
    const context = listener.contexts.get(script.executionContextId);
    return context && !context.isolated && context.origin.startsWith('http');
  }).length;
  return {
    extensionContexts: extensionContextIds.size,
    scripts: injected,
    rawBytes: injected.reduce((sum, script) => sum + script.rawBytes, 0),
    gzipBytes: source ? gzipSize(source) : 0,
    pageScriptsSeen,
    overlays: await page.locator(OVERLAY).count(),
  };
}

/** Loads the Admin Console with the extension idle, then starts the guide, recording what each adds. */
export async function measureInjectedScripts(browser: LaunchedBrowser): Promise<InjectionReport> {
  const extensionOrigin = `chrome-extension://${browser.extensionId}`;
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const listener = await listen(cdp);
  await page.goto(ADMIN_DASHBOARD);
  await page.locator('.dashboard-cards').waitFor();
  await page.waitForTimeout(1000);
  const beforeStart = await collect(cdp, page, listener, extensionOrigin, 0);
  if (beforeStart.pageScriptsSeen === 0) {
    throw new Error('CDP reported none of the page’s own scripts: the measurement saw nothing.');
  }
  const seenBeforeStart = listener.scripts.length;
  await startGuideFromPopup(browser.context, browser.extensionId ?? '', page);
  await page.waitForTimeout(1000);
  const afterStart = await collect(cdp, page, listener, extensionOrigin, seenBeforeStart);
  if (afterStart.scripts.length === 0) {
    throw new Error('CDP saw no extension script even after Start: the measurement cannot see injections.');
  }
  await cdp.detach();
  await page.close();
  return { url: ADMIN_DASHBOARD, beforeStart, afterStart };
}
