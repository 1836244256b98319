import { paperPoint, pictureDigest, settle } from './support/canvas';
import { passGate } from './support/adult';
import { expect, test, waitForCanvas } from './support/fixtures';

// A tablet that has run the app before draws its home screen from a copy of its settings in
// localStorage, before IndexedDB answers; storage then confirms the copy. Here IndexedDB is made
// to answer 2.5 s late, so what shows before that came from the copy alone.

const STORAGE_DELAY_MS = 2500;

/** Every IndexedDB open answers STORAGE_DELAY_MS late (the request's handlers fire then). */
function slowIndexedDb(delayMs: number) {
  const realOpen = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    const held: Record<string, unknown> = { result: undefined, error: null };
    setTimeout(() => {
      const real = realOpen.apply(this, args);
      for (const type of ['upgradeneeded', 'success', 'error', 'blocked'] as const) {
        real.addEventListener(type, (event) => {
          held.result = type === 'error' ? undefined : real.result;
          held.error = type === 'error' ? real.error : null;
          (held[`on${type}`] as ((e: Event) => void) | undefined)?.(event);
        });
      }
    }, delayMs);
    return held as unknown as IDBOpenDBRequest;
  };
}

test('a known tablet shows its home screen, in its own language, before storage answers; a tap then waits for storage and the picture is kept', async ({ page, touch }) => {
  await page.goto('/');
  await passGate(page);
  await page.getByTestId('lang-ru').click();
  await page.getByTestId('home').tap();
  await expect(page.getByTestId('start-blank')).toHaveAttribute('aria-label', 'Новый рисунок');

  await page.addInitScript(slowIndexedDb, STORAGE_DELAY_MS);
  const started = Date.now();
  await page.reload();
  // In Russian from its first appearance, long before storage could have said so.
  await expect(page.getByTestId('start-blank')).toHaveAttribute('aria-label', 'Новый рисунок', { timeout: 1500 });
  expect(Date.now() - started).toBeLessThan(STORAGE_DELAY_MS);

  // A tap right away: the picture starts once storage has answered (never on a guess), and is kept.
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  expect(Date.now() - started).toBeGreaterThanOrEqual(STORAGE_DELAY_MS);
  await touch.stroke([await paperPoint(page, 0.2, 0.5), await paperPoint(page, 0.8, 0.5)], 6);
  await settle(page);
  const drawn = await pictureDigest(page);
  expect(drawn.inked).toBeGreaterThan(1000);
  await page.waitForTimeout(1200);
  await page.reload();
  await waitForCanvas(page);
  await settle(page);
  expect((await pictureDigest(page)).hash).toBe(drawn.hash);
});

test('when storage disagrees with the copy (changed behind its back), storage wins before anything starts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('start-blank')).toHaveAttribute('aria-label', 'New picture');
  // The copy says Russian; storage still says English.
  await page.evaluate(() => {
    const copy = JSON.parse(localStorage.getItem('ec-boot-snapshot')!);
    copy.settings.language = 'ru';
    localStorage.setItem('ec-boot-snapshot', JSON.stringify(copy));
  });
  await page.addInitScript(slowIndexedDb, 1000);
  await page.reload();
  await expect(page.getByTestId('start-blank')).toHaveAttribute('aria-label', 'Новый рисунок');
  await expect(page.getByTestId('start-blank')).toHaveAttribute('aria-label', 'New picture', { timeout: 5000 });
  // And the copy is right again for the next start.
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('ec-boot-snapshot')!).settings.language)).toBe('en');
});
