// The time-lapse of a 500-stroke picture (strokes with their timings, as the editor records them):
// frame times while it plays at 1×, and how long the parent's video takes to make.
import { readFileSync } from 'node:fs';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { newTablet, twoFrames } from './browser.mjs';
import { seedPicture } from './seedPicture.mjs';

const STROKES = 500;
const WATCH_MS = 12_000;

export async function measureReplay(browser, url) {
  const context = await newTablet(browser, { acceptDownloads: true });
  try {
    const page = await context.newPage();
    // The app's own work in each animation frame (the replay's step and its drawing), timed around
    // every requestAnimationFrame callback while `__rafWork` is a list.
    await page.addInitScript(() => {
      const original = window.requestAnimationFrame.bind(window);
      window.requestAnimationFrame = (callback) =>
        original((now) => {
          const start = performance.now();
          callback(now);
          // Summed per frame: every callback of one frame shares its timestamp.
          if (window.__rafWork) window.__rafWork.set(now, (window.__rafWork.get(now) ?? 0) + performance.now() - start);
        });
    });
    await page.goto(url);
    await seedPicture(page, 'art-replay-bench', STROKES, { timed: true });
    await page.reload();
    await page.getByTestId('open-gallery').tap();
    await page.getByTestId('replay').tap();
    const screen = page.getByTestId('replay-screen');
    await screen.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="replay-screen"]')?.getAttribute('data-replay-steps') !== '0', null, { timeout: 60_000 });
    await twoFrames(page);
    // Frame to frame while it plays: every frame draws the growing stroke, some land one.
    await page.evaluate(() => (window.__rafWork = new Map()));
    const frames = await page.evaluate(
      (watchMs) =>
        new Promise((resolve) => {
          const intervals = [];
          let last = null;
          const start = performance.now();
          const tick = (now) => {
            if (last !== null) intervals.push(now - last);
            last = now;
            if (now - start < watchMs) requestAnimationFrame(tick);
            else resolve(intervals);
          };
          requestAnimationFrame(tick);
        }),
      WATCH_MS,
    );
    const work = await page.evaluate(() => {
      const list = [...window.__rafWork.values()];
      window.__rafWork = undefined;
      return list;
    });
    const landed = Number(await screen.getAttribute('data-replay-landed'));
    await page.getByTestId('replay-pause').tap();
    // The parent's video, from the tap to the file.
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.getByTestId('replay-export').tap()]);
    const bytes = readFileSync(await download.path());
    const exportSeconds = (Date.now() - started) / 1000;
    const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
    const track = await input.getPrimaryVideoTrack();
    const videoSeconds = await input.computeDuration();
    const at = (list, q) => {
      const sorted = [...list].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
    };
    const p = (q) => at(frames, q);
    return {
      strokes: STROKES,
      frames: frames.length,
      medianMs: +p(0.5).toFixed(1),
      p95Ms: +p(0.95).toFixed(1),
      over20Ms: frames.filter((f) => f > 20).length,
      workMedianMs: +at(work, 0.5).toFixed(2),
      workP95Ms: +at(work, 0.95).toFixed(2),
      landedInWindow: landed,
      exportSeconds: +exportSeconds.toFixed(1),
      videoSeconds: +videoSeconds.toFixed(1),
      videoMB: +(bytes.byteLength / 1024 / 1024).toFixed(2),
      videoSize: `${track.displayWidth}×${track.displayHeight}`,
      codec: await track.getCodec(),
      file: download.suggestedFilename(),
    };
  } finally {
    await context.close();
  }
}
