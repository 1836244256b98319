import { paperPoint } from './support/canvas';
import { expect, openBlankPicture, test, waitForCanvas } from './support/fixtures';
import { closerThan, layoutBoxes } from './support/layout';

test.describe('kid-proof shell', () => {
  test('nothing zooms, scrolls, selects, calls out or adds history entries', async ({ page, touch }) => {
    await page.goto('/');
    const historyAtStart = await page.evaluate(() => history.length);
    for (const screen of ['home', 'draw'] as const) {
      if (screen === 'draw') {
        await page.getByTestId('start-blank').tap();
        await waitForCanvas(page);
      }
      const styles = await page.evaluate(() => {
        const s = getComputedStyle(document.body);
        const h = getComputedStyle(document.documentElement);
        return {
          touchAction: s.touchAction,
          userSelect: s.userSelect || s.webkitUserSelect,
          overscroll: h.overscrollBehaviorY,
          overflow: s.overflow,
          scrollable: document.scrollingElement!.scrollHeight > window.innerHeight || document.scrollingElement!.scrollWidth > window.innerWidth,
        };
      });
      expect(styles).toEqual({ touchAction: 'none', userSelect: 'none', overscroll: 'none', overflow: 'hidden', scrollable: false });
      // The context menu and text selection are refused.
      const refused = await page.evaluate(() => {
        const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
        const select = new Event('selectstart', { bubbles: true, cancelable: true });
        const dbl = new MouseEvent('dblclick', { bubbles: true, cancelable: true });
        return [document.body.dispatchEvent(menu), document.body.dispatchEvent(select), document.body.dispatchEvent(dbl)];
      });
      expect(refused).toEqual([false, false, false]);
    }
    // A double tap and a swipe from the left edge change nothing.
    const p = await paperPoint(page, 0.5, 0.5);
    await touch.tap(p.x, p.y);
    await touch.tap(p.x, p.y);
    await touch.stroke([{ x: 2, y: 400 }, { x: 400, y: 400 }], 8);
    expect(await page.evaluate(() => window.visualViewport?.scale)).toBe(1);
    await page.getByTestId('home').tap();
    await page.getByTestId('start-blank').tap();
    await page.getByTestId('home').tap();
    expect(await page.evaluate(() => history.length)).toBe(historyAtStart);
    expect(page.url()).toMatch(/\/$/);
  });

  test('every control is big enough, spaced apart and named', async ({ page }) => {
    await openBlankPicture(page);
    const buttons = await page.locator('button').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.getAttribute('data-testid') ?? '', name: el.getAttribute('aria-label') ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
      }),
    );
    expect(buttons.length).toBeGreaterThanOrEqual(6 + 14 + 3 + 5);
    for (const b of buttons) {
      expect(b.name.trim(), `${b.id} has a name`).not.toBe('');
      expect(Math.min(b.w, b.h), `${b.id} is at least 64 px`).toBeGreaterThanOrEqual(64);
      if (b.id.startsWith('tool-')) expect(Math.min(b.w, b.h), `${b.id} is a main tool`).toBeGreaterThanOrEqual(88);
    }
    // Gaps of at least 12 px between any two controls (measured on the untransformed layout).
    expect(closerThan(await layoutBoxes(page), 12)).toEqual([]);
  });

  test('a tap before the drawing screen has loaded keeps the home screen up until the canvas shows', async ({ page }) => {
    // A slow tablet's first visit: the drawing screen's code is still on its way when the child taps.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/DrawingScreen-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    await page.getByTestId('start-blank').tap();
    await page.waitForTimeout(500);
    // No blank loading page in between (React would also hold it ~300 ms after the code came).
    await expect(page.getByTestId('start-blank')).toBeVisible();
    await expect(page.locator('.screen--loading')).toHaveCount(0);
    release();
    await waitForCanvas(page);
    await expect(page.getByTestId('start-blank')).toHaveCount(0);
  });

  test('opening a picture draws each on-screen layer once, not again in the next frame', async ({ page }) => {
    // Each redraw of a screen-sized layer is one more full upload on the way to the first touch.
    await page.addInitScript(() => {
      const draws: number[] = [];
      (window as unknown as { layerDraws: number[] }).layerDraws = draws;
      const clearRect = CanvasRenderingContext2D.prototype.clearRect;
      CanvasRenderingContext2D.prototype.clearRect = function (this: CanvasRenderingContext2D, ...args: [number, number, number, number]) {
        if (this.canvas.closest?.('[data-testid="canvas"]')) draws.push(performance.now());
        return clearRect.apply(this, args);
      };
    });
    await page.goto('/');
    await page.getByTestId('start-blank').tap();
    await waitForCanvas(page);
    await page.waitForTimeout(300);
    const draws = await page.evaluate(() => (window as unknown as { layerDraws: number[] }).layerDraws.length);
    expect(draws).toBe(0);
  });

  test('a button pressed and held (as children do) still works when the finger lifts', async ({ page, touch }) => {
    await openBlankPicture(page);
    for (const id of ['size-large', 'color-blue', 'tool-crayon']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      await touch.start([{ x: box.x + box.width / 2, y: box.y + box.height / 2 }]);
      await page.waitForTimeout(1200);
      await touch.end();
      await expect(page.getByTestId(id)).toHaveAttribute('aria-pressed', 'true');
    }
    // A finger that slides off the button before lifting does not press it.
    const small = (await page.getByTestId('size-small').boundingBox())!;
    await touch.start([{ x: small.x + small.width / 2, y: small.y + small.height / 2 }]);
    await touch.move([{ x: small.x + small.width / 2, y: small.y + small.height + 80 }]);
    await touch.end();
    await expect(page.getByTestId('size-small')).toHaveAttribute('aria-pressed', 'false');
  });

  test('the chosen tool, colour and size are announced and marked by shape', async ({ page }) => {
    await openBlankPicture(page);
    await page.getByTestId('tool-crayon').tap();
    await page.getByTestId('color-green').tap();
    await page.getByTestId('size-small').tap();
    for (const id of ['tool-crayon', 'color-green', 'size-small']) {
      const chosen = page.getByTestId(id);
      await expect(chosen).toHaveAttribute('aria-pressed', 'true');
      await expect(chosen.locator('.big-button__chosen')).toBeVisible();
      const border = await chosen.evaluate((el) => parseFloat(getComputedStyle(el).borderTopWidth));
      expect(border).toBeGreaterThanOrEqual(5);
    }
    for (const id of ['tool-marker', 'color-red', 'size-medium']) await expect(page.getByTestId(id)).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('button', { name: 'Crayon' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Green', exact: true })).toBeVisible();
  });
});
