// Debian's headless Chromium as the browser tests start it: a throw-away profile, no network
// chatter of its own. close() ends it and removes the profile.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function launch(viewport = { width: 1400, height: 1000 }) {
  const profile = mkdtempSync(join(tmpdir(), 'workbook-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.WORKBOOK_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}
