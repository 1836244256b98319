import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { paperPoint, settle } from './support/canvas';
import { expect, test, waitForCanvas } from './support/fixtures';
import type { Touchscreen } from './support/touch';

async function drawThreeLines(page: Page, touch: Touchscreen) {
  await page.goto('/');
  await page.getByTestId('start-blank').tap();
  await waitForCanvas(page);
  await page.getByTestId('size-large').tap();
  for (const [colour, y] of [['red', 0.25], ['blue', 0.5], ['green', 0.75]] as const) {
    await page.getByTestId(`color-${colour}`).tap();
    const from = await paperPoint(page, 0.1, y);
    const to = await paperPoint(page, 0.9, y);
    // A slow line (about a second), so the replay has a line to grow.
    await touch.stroke([from, { x: (from.x + to.x) / 2, y: from.y + 40 }, to], 30);
    await settle(page);
  }
  await page.getByTestId('done').tap();
  await expect(page.getByTestId('start-blank')).toBeVisible({ timeout: 10_000 });
}

/** Painted (not white) pixels in the player's two canvases, at a small size. */
function paintedNow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [base, live] = [...document.querySelectorAll<HTMLCanvasElement>('.replay-screen__paper canvas')];
    const c = document.createElement('canvas');
    c.width = 240;
    c.height = 170;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(base!, 0, 0, 240, 170);
    ctx.drawImage(live!, 0, 0, 240, 170);
    const data = ctx.getImageData(0, 0, 240, 170).data;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.min(data[i]!, data[i + 1]!, data[i + 2]!) < 200) painted++;
    return painted;
  });
}

/** Mean difference per channel between the player's picture and a PNG, both drawn at 240 px. */
function differenceFrom(page: Page, pngBase64: string): Promise<number> {
  return page.evaluate(async (b64) => {
    const image = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const draw = (source: CanvasImageSource) => {
      const c = document.createElement('canvas');
      c.width = 240;
      c.height = 170;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(source, 0, 0, 240, 170);
      return ctx.getImageData(0, 0, 240, 170).data;
    };
    const player = draw(document.querySelector<HTMLCanvasElement>('[data-testid="replay-canvas"]')!);
    const picture = draw(image);
    let sum = 0;
    for (let i = 0; i < player.length; i += 4) for (let k = 0; k < 3; k++) sum += Math.abs(player[i + k]! - picture[i + k]!);
    return sum / ((player.length / 4) * 3);
  }, pngBase64);
}

test('the replay grows the picture stroke by stroke and ends identical to it; pause, speed and a real video export', async ({ page, touch }) => {
  await drawThreeLines(page, touch);
  await page.getByTestId('open-gallery').tap();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').tap()]);
  const png = readFileSync((await download.path())!).toString('base64');

  await page.getByTestId('replay').tap();
  const screen = page.getByTestId('replay-screen');
  await expect(screen).toHaveAttribute('data-replay-steps', '3');
  // Growing: the painted area takes several values on the way, never shrinking (a landing stroke's
  // edge may differ by a few resampled pixels from its growing preview).
  const seen: number[] = [];
  while ((await screen.getAttribute('data-replay-state')) === 'playing' && seen.length < 400) {
    seen.push(await paintedNow(page));
    await page.waitForTimeout(30);
  }
  expect(new Set(seen).size).toBeGreaterThanOrEqual(5);
  for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]! * 0.98);
  await expect(screen).toHaveAttribute('data-replay-state', 'ended');
  await expect(screen).toHaveAttribute('data-replay-landed', '3');
  expect(await differenceFrom(page, png)).toBeLessThan(1.5);

  // Played again, the start is an empty page (so the comparison above is not trivially true)…
  await page.getByTestId('replay-play').tap();
  await expect(page.getByTestId('replay-pause')).toBeVisible();
  await page.getByTestId('replay-pause').tap();
  const landed = await screen.getAttribute('data-replay-landed');
  expect(Number(landed)).toBeLessThan(3);
  expect(await differenceFrom(page, png)).toBeGreaterThan(3);
  // …and paused, nothing moves.
  const still = await paintedNow(page);
  await page.waitForTimeout(600);
  expect(await paintedNow(page)).toBe(still);
  await expect(screen).toHaveAttribute('data-replay-landed', landed!);
  // Speed: 1× → 2× → 4× → 1×.
  for (const label of ['Speed: 2×', 'Speed: 4×', 'Speed: 1×']) {
    await page.getByTestId('replay-speed').tap();
    await expect(page.getByTestId('replay-speed')).toHaveAccessibleName(label);
  }

  // The parent's video: a real WebM, at most 1280 px wide, as long as the replay plus the held end.
  const [video] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('replay-export').tap()]);
  expect(video.suggestedFilename()).toMatch(/^picture-drawing-\d{4}-\d{2}-\d{2}-\d{4}\.webm$/);
  const bytes = readFileSync((await video.path())!);
  expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  expect(bytes.byteLength).toBeLessThan(5 * 1024 * 1024);
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
  const track = (await input.getPrimaryVideoTrack())!;
  expect([track.displayWidth, track.displayHeight]).toEqual([1280, 906]);
  expect(await track.getCodec()).toBe('vp8');
  const seconds = await input.computeDuration();
  expect(seconds).toBeGreaterThan(2.5);
  expect(seconds).toBeLessThan(20);
  await expect(page.getByTestId('replay-export-done')).toBeVisible();
});

test('a video export can be stopped: nothing is saved and the player goes on', async ({ page, touch }) => {
  await drawThreeLines(page, touch);
  await page.getByTestId('open-gallery').tap();
  await page.getByTestId('replay').tap();
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('replay-export').tap();
  await expect(page.getByTestId('replay-export-progress')).toBeVisible();
  await page.getByTestId('replay-export-cancel').click();
  await expect(page.getByTestId('replay-export-progress')).toBeHidden();
  await expect(page.getByTestId('replay-export')).toBeEnabled();
  await page.waitForTimeout(1500);
  expect(downloads).toBe(0);
});

test('where the browser has no VP8 encoder the video is an MP4 (H.264, as on iPads); with no encoder at all, an animated GIF', async ({ page, touch }) => {
  // This Chromium's VP8 encoder made unavailable, as on Safari.
  await page.addInitScript(() => {
    const isConfigSupported = VideoEncoder.isConfigSupported.bind(VideoEncoder);
    VideoEncoder.isConfigSupported = (config) => (config.codec.startsWith('vp8') ? Promise.resolve({ supported: false, config }) : isConfigSupported(config));
  });
  await drawThreeLines(page, touch);
  await page.getByTestId('open-gallery').tap();
  await page.getByTestId('replay').tap();
  const [mp4] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('replay-export').tap()]);
  expect(mp4.suggestedFilename()).toMatch(/\.mp4$/);
  const bytes = readFileSync((await mp4.path())!);
  expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
  const track = (await new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS }).getPrimaryVideoTrack())!;
  expect(await track.getCodec()).toBe('avc');
  expect([track.displayWidth, track.displayHeight]).toEqual([1280, 906]);

  // No WebCodecs at all (an older browser): a GIF, smaller and slower, still the whole replay.
  await page.evaluate(() => delete (window as { VideoEncoder?: unknown }).VideoEncoder);
  await page.getByTestId('replay-export').waitFor();
  await expect(page.getByTestId('replay-export')).toBeEnabled();
  const [gif] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('replay-export').tap()]);
  expect(gif.suggestedFilename()).toMatch(/\.gif$/);
  const gifBytes = readFileSync((await gif.path())!);
  expect(gifBytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  expect(gifBytes.readUInt16LE(6)).toBe(480);
  // One image descriptor per frame: at 8 frames a second, a replay of a few seconds has dozens.
  const frames = gifBytes.toString('latin1').split('\x00\x2c').length - 1;
  expect(frames).toBeGreaterThan(15);
});
