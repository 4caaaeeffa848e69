import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gotoApp } from './support/app';
import { waitForServiceWorkerControl } from './support/pwa';

// The service worker is part of what this file checks (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// Chromium's own installability check, and the manifest a phone reads when installing.

function pngSize(buffer: Buffer): { width: number; height: number } {
  expect(buffer.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

test('Chromium reports the app as installable', async ({ baseURL }, testInfo) => {
  // Chromium never offers installation in incognito, which every ordinary Playwright context is: use a profile.
  const profile = mkdtempSync(path.join(tmpdir(), 'madoguchi-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
    expect(manifest.errors).toEqual([]);
    await expect
      .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, { timeout: 10_000 })
      .toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the manifest names the app in Japanese and English, with real icons', async ({ page, request }) => {
  // The HTML leaves it out (the browser would fetch it and its icon during the first paint); the app links it.
  for (const path of ['/', '/checklist?city=satte&procedure=pin-reset&applicant=proxy&lang=en'])
    expect(await (await request.get(path)).text(), path).not.toContain('rel="manifest"');
  await gotoApp(page, '/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href!)).json()) as Record<string, unknown> & {
    icons: Array<{ src: string; sizes: string; type: string; purpose?: string }>;
  };
  expect(manifest).toMatchObject({
    start_url: '/',
    scope: '/',
    display: 'standalone',
    lang: 'ja',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });
  for (const field of ['name', 'short_name'] as const) {
    expect(manifest[field]).toEqual(expect.stringContaining('窓口'));
    expect(manifest[field]).toEqual(expect.stringContaining('Madoguchi'));
  }
  expect(String(manifest.description)).toMatch(/マイナンバーカード/);
  expect(String(manifest.description)).toMatch(/My Number card/);

  const wanted = [
    { size: 192, purpose: 'any' },
    { size: 512, purpose: 'any' },
    { size: 512, purpose: 'maskable' },
  ];
  for (const { size, purpose } of wanted) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && (i.purpose ?? 'any').split(' ').includes(purpose));
    expect(icon, `${size} ${purpose} icon`).toBeTruthy();
    expect(icon!.type).toBe('image/png');
    const res = await request.get(icon!.src);
    expect(res.ok()).toBe(true);
    expect(pngSize(await res.body())).toEqual({ width: size, height: size });
  }

  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  const appleRes = await request.get(apple!);
  expect(appleRes.ok()).toBe(true);
  expect(pngSize(await appleRes.body())).toEqual({ width: 180, height: 180 });
});
