import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paperPoint, pictureDigest, settle } from './support/canvas';
import { countPictures } from './support/idb';
import { expect, test, waitForCanvas } from './support/fixtures';
import { SwitchableServer } from './support/staticServer';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NEXT = resolve(ROOT, 'test-results/dist-next');

test.describe('a new version of the app', () => {
  test.describe.configure({ timeout: 180_000 });
  let server: SwitchableServer;
  let origin: string;

  test.beforeAll(async () => {
    // The same app with another build id: a new service worker and new precache revisions.
    execFileSync('npx', ['vite', 'build', '--outDir', NEXT, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, EC_BUILD_ID: 'next-version' },
      stdio: 'inherit',
    });
    server = new SwitchableServer(resolve(ROOT, 'dist'));
    origin = await server.start();
  });

  test.afterAll(async () => {
    await server.stop();
  });

  /** The current version published, installed and controlling the page (a reload after the install). */
  async function openControlledByCurrentVersion(page: Page): Promise<void> {
    server.root = resolve(ROOT, 'dist');
    await page.goto(origin);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  }

  test('waits while the child draws and is applied on the home screen', async ({ page, touch }) => {
    await openControlledByCurrentVersion(page);
    const firstBuild = await page.evaluate(() => document.documentElement.dataset.build);
    expect(firstBuild).not.toBe('next-version');

    await page.getByTestId('start-blank').tap();
    await waitForCanvas(page);
    await touch.stroke([await paperPoint(page, 0.2, 0.4), await paperPoint(page, 0.8, 0.4)], 6);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    // Publish the new version and let the app notice it mid-drawing.
    server.root = NEXT;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), { timeout: 30_000 }).toBe(true);
    await page.waitForTimeout(1500);
    // Nothing reloaded under the child's finger: same document, same picture, drawing goes on.
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await touch.stroke([await paperPoint(page, 0.2, 0.6), await paperPoint(page, 0.8, 0.6)], 6);
    await settle(page);
    const picture = await pictureDigest(page);
    expect(picture.inked).toBeGreaterThan(1000);

    // Home: the picture is saved, then the new version takes over.
    await page.getByTestId('home').tap();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.build).catch(() => 'navigating'), { timeout: 30_000 })
      .toBe('next-version');
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBeUndefined();
    await expect(page.getByTestId('start-blank')).toBeVisible();
    expect(await countPictures(page)).toBe(1);
  });

  test("applied in another tab on its home screen, it reloads nothing under this child's finger; this tab follows on its home screen", async ({ page, touch }) => {
    await openControlledByCurrentVersion(page);
    const homeTab = await page.context().newPage();
    await homeTab.goto(origin);
    await expect(homeTab.getByTestId('start-blank')).toBeVisible();

    await page.getByTestId('start-blank').tap();
    await waitForCanvas(page);
    await touch.stroke([await paperPoint(page, 0.2, 0.4), await paperPoint(page, 0.8, 0.4)], 6);
    await page.evaluate(() => {
      const marks = window as unknown as { __sameDocument: boolean; __controllerChanged: boolean };
      marks.__sameDocument = true;
      navigator.serviceWorker.addEventListener('controllerchange', () => (marks.__controllerChanged = true));
    });

    server.root = NEXT;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    // The tab on its home screen takes the new version...
    await expect
      .poll(() => homeTab.evaluate(() => document.documentElement.dataset.build).catch(() => 'navigating'), { timeout: 30_000 })
      .toBe('next-version');
    // ...which now controls the drawing tab too; that tab keeps its document and its picture.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __controllerChanged?: boolean }).__controllerChanged)).toBe(true);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await touch.stroke([await paperPoint(page, 0.2, 0.6), await paperPoint(page, 0.8, 0.6)], 6);
    await settle(page);
    expect((await pictureDigest(page)).inked).toBeGreaterThan(1000);

    // Home: this tab reloads into the new version, on its home screen, with the picture kept.
    await page.getByTestId('home').tap();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.build).catch(() => 'navigating'), { timeout: 30_000 })
      .toBe('next-version');
    await expect(page.getByTestId('start-blank')).toBeVisible();
    expect(await countPictures(page)).toBe(1);
    await homeTab.close();
  });
});
