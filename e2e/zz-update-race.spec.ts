import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/fixtures';
import { SwitchableServer } from './support/staticServer';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NEXT = resolve(ROOT, 'test-results/dist-next');
const DIST = resolve(ROOT, 'dist');
let server: SwitchableServer;
let origin: string;
test.describe.configure({ timeout: 120_000 });
test.beforeAll(async () => {
  execFileSync('npx', ['vite', 'build', '--outDir', NEXT, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, env: { ...process.env, EC_BUILD_ID: 'next-version' }, stdio: 'inherit' });
  server = new SwitchableServer(DIST);
  origin = await server.start();
});
test.afterAll(async () => server.stop());
for (const delay of [0, 1000, 2000, 2400, 2600, 2800, 3000, 3200, 3500, 5000]) {
  test(`update at ${delay} ms after load`, async ({ page }) => {
    server.root = DIST;
    await page.goto(origin);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const since = await page.evaluate(() => performance.now() - performance.timing.loadEventEnd + performance.timing.navigationStart);
    await page.waitForTimeout(Math.max(0, delay - since));
    server.root = NEXT;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.build).catch(() => 'navigating'), { timeout: 25_000 }).toBe('next-version');
  });
}
