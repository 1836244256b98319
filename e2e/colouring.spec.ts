import { expectColourNear, paperPoint, pictureDigest, pixelAt, settle } from './support/canvas';
import { expect, test, waitForCanvas, waitForSave } from './support/fixtures';

async function openPage(page: import('@playwright/test').Page, id: string) {
  await page.goto('/');
  await page.getByTestId('start-colouring').tap();
  await page.getByTestId(`page-${id}`).tap();
  await waitForCanvas(page);
  // Paper and paint, the stroke in progress, and the line art on top: three layer canvases.
  await expect(page.locator('[data-testid="canvas"] canvas')).toHaveCount(3);
}

test('the page picker shows every profession page with its picture and name', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('start-colouring').tap();
  for (const id of ['doctor', 'firefighter', 'chef', 'builder', 'teacher', 'pilot', 'astronaut', 'farmer', 'police', 'artist', 'singer', 'dancer']) {
    const card = page.getByTestId(`page-${id}`);
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute('aria-label', /\w/);
    await expect.poll(() => card.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  expect(await page.locator('[data-testid^="page-"]').count()).toBeGreaterThanOrEqual(16);
});

test('tap-to-fill fills a region of the page completely and nothing outside it', async ({ page, touch }) => {
  await openPage(page, 'doctor');
  await page.getByTestId('tool-fill').tap();
  await page.getByTestId('color-blue').tap();
  // The sky above the scene is one big region bounded by the page edge and the outlines.
  const sky = await paperPoint(page, 0.5, 0.04);
  await touch.tap(sky.x, sky.y);
  await settle(page);
  expectColourNear(await pixelAt(page, sky), [30, 79, 216], 10);
  expectColourNear(await pixelAt(page, await paperPoint(page, 0.02, 0.02)), [30, 79, 216], 10);
  // The ground band below the scene is another region and stays white.
  expectColourNear(await pixelAt(page, await paperPoint(page, 0.5, 0.985)), [255, 255, 255], 10);
  await expect(page.getByTestId('undo')).toBeEnabled();
  // Same colour again: nothing changes, no new step.
  const once = await pictureDigest(page);
  await touch.tap(sky.x, sky.y);
  await settle(page);
  expect((await pictureDigest(page)).hash).toBe(once.hash);
  await page.getByTestId('undo').tap();
  await settle(page);
  expectColourNear(await pixelAt(page, sky), [255, 255, 255], 10);
  await expect(page.getByTestId('undo')).toBeDisabled();
});

test('a stroke that starts inside a region stays inside it; outlines stay on top', async ({ page, touch }) => {
  await openPage(page, 'doctor');
  await page.getByTestId('size-large').tap();
  await page.getByTestId('color-green').tap();
  // Start in the sky and sweep down through the whole scene.
  await touch.stroke([await paperPoint(page, 0.5, 0.03), await paperPoint(page, 0.5, 0.99)], 30);
  await settle(page);
  expectColourNear(await pixelAt(page, await paperPoint(page, 0.5, 0.03)), [46, 125, 50], 12);
  // Inside the figure, below the sky, the paper stays white.
  const below = await pictureDigest(page);
  const greenBelowSky = await countGreen(page, 0.3, 0.95);
  expect(greenBelowSky).toBe(0);
  expect(below.inked).toBeGreaterThan(0);
});

test('the eraser removes paint but never the outlines', async ({ page, touch }) => {
  await openPage(page, 'chef');
  // Find an outline pixel on a vertical line through the page.
  let outline: { x: number; y: number } | null = null;
  for (let y = 0.3; y < 0.99 && !outline; y += 0.004) {
    const p = await paperPoint(page, 0.5, y);
    const [r] = await pixelAt(page, p);
    if (r! < 90) outline = p;
  }
  expect(outline).not.toBeNull();
  await page.getByTestId('tool-fill').tap();
  await page.getByTestId('color-orange').tap();
  const sky = await paperPoint(page, 0.5, 0.04);
  await touch.tap(sky.x, sky.y);
  await page.getByTestId('tool-eraser').tap();
  await page.getByTestId('size-large').tap();
  await touch.stroke([await paperPoint(page, 0.05, 0.04), await paperPoint(page, 0.95, 0.04)], 20);
  await touch.stroke([{ x: outline!.x - 60, y: outline!.y }, { x: outline!.x + 60, y: outline!.y }], 10);
  await settle(page);
  expectColourNear(await pixelAt(page, sky), [255, 255, 255], 10);
  const [r, g, b] = await pixelAt(page, outline!);
  expect(Math.max(r!, g!, b!)).toBeLessThan(90);
});

test('a colouring picture survives a reload with its page and paint', async ({ page, touch }) => {
  await openPage(page, 'firefighter');
  await page.getByTestId('tool-fill').tap();
  await page.getByTestId('color-yellow').tap();
  const sky = await paperPoint(page, 0.5, 0.04);
  await touch.tap(sky.x, sky.y);
  await settle(page);
  const before = await pictureDigest(page);
  await waitForSave(page);
  await page.reload();
  await waitForCanvas(page);
  await expect(page.locator('[data-testid="canvas"] canvas')).toHaveCount(3);
  await expect.poll(async () => (await pictureDigest(page)).hash).toBe(before.hash);
  await expect(page.getByTestId('colour-hint')).toBeVisible();
});

test('stamps place where the finger taps, at the chosen size, and undo', async ({ page, touch }) => {
  await page.goto('/');
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await page.getByTestId('tool-stamp').tap();
  expect(await page.locator('[data-testid^="stamp-"]:not([data-testid="stamp-tray-close"])').count()).toBeGreaterThanOrEqual(24);
  await page.getByTestId('stamp-rocket').tap();
  await expect(page.getByTestId('stamp-rocket')).toBeHidden();
  const small = await paperPoint(page, 0.25, 0.5);
  await page.getByTestId('size-small').tap();
  await touch.tap(small.x, small.y);
  await settle(page);
  const afterSmall = await pictureDigest(page);
  expect(afterSmall.inked).toBeGreaterThan(200);
  await page.getByTestId('size-large').tap();
  const large = await paperPoint(page, 0.7, 0.5);
  await touch.tap(large.x, large.y);
  await settle(page);
  const afterLarge = await pictureDigest(page);
  expect(afterLarge.inked - afterSmall.inked).toBeGreaterThan(afterSmall.inked * 2);
  await page.getByTestId('undo').tap();
  await settle(page);
  expect((await pictureDigest(page)).hash).toBe(afterSmall.hash);
  await waitForSave(page);
  await page.reload();
  await waitForCanvas(page);
  await expect.poll(async () => (await pictureDigest(page)).hash).toBe(afterSmall.hash);
});

/** Counts every sound the page starts, through Web Audio or an audio element. */
function spyOnAudio() {
  const w = window as unknown as { __sounds: number };
  w.__sounds = 0;
  const start = AudioBufferSourceNode.prototype.start;
  AudioBufferSourceNode.prototype.start = function (...args: Parameters<typeof start>) {
    w.__sounds++;
    return start.apply(this, args);
  };
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    w.__sounds++;
    return play.call(this);
  };
}

const soundCount = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { __sounds: number }).__sounds);

test('sounds play for tools, colours, fills and undo', async ({ page, touch }) => {
  await page.addInitScript(spyOnAudio);
  await page.goto('/');
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  const sounds = () => soundCount(page);
  await page.getByTestId('tool-crayon').tap();
  await expect.poll(sounds, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
  const afterTool = await sounds();
  await page.getByTestId('color-blue').tap();
  await expect.poll(sounds).toBeGreaterThan(afterTool);
  const afterColour = await sounds();
  await page.getByTestId('tool-fill').tap();
  const p = await paperPoint(page, 0.5, 0.5);
  await touch.tap(p.x, p.y);
  await expect.poll(sounds).toBeGreaterThanOrEqual(afterColour + 2);
  const afterFill = await sounds();
  await page.getByTestId('undo').tap();
  await expect.poll(sounds).toBeGreaterThan(afterFill);
});

test('with sound switched off by an adult, nothing plays', async ({ page, touch }) => {
  await page.addInitScript(spyOnAudio);
  await page.goto('/');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const req = indexedDB.open('ec-settings');
        req.onupgradeneeded = () => req.result.createObjectStore('settings');
        req.onsuccess = () => {
          const tx = req.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ soundOn: false }, 'settings');
          tx.oncomplete = () => resolve();
        };
      }),
  );
  await page.reload();
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await page.getByTestId('tool-fill').tap();
  await page.getByTestId('color-blue').tap();
  const p = await paperPoint(page, 0.5, 0.5);
  await touch.tap(p.x, p.y);
  await page.getByTestId('undo').tap();
  await page.getByTestId('done').tap();
  await page.waitForTimeout(2500);
  expect(await soundCount(page)).toBe(0);
});

async function countGreen(page: import('@playwright/test').Page, from: number, to: number): Promise<number> {
  let green = 0;
  for (let y = from; y <= to; y += 0.02) {
    const [r, g, b] = await pixelAt(page, await paperPoint(page, 0.5, y));
    if (g! > r! + 40 && g! > b! + 40) green++;
  }
  return green;
}
