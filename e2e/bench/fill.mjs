// Tap-to-fill, measured as a child sees it: from the touch to the frame that shows the colour on
// screen, at device pixel ratio 2. Also q-floodfill's bare compute at the same size, in the same page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { median, summary } from './stats.mjs';
import { tapAt } from './browser.mjs';

/**
 * Installs the in-page probe once. On a pointerdown inside the canvas it notes the touch's own
 * timestamp, then checks the on-screen pixel under the finger once per frame, *after* every
 * requestAnimationFrame callback of that frame (a ResizeObserver on a sentinel resized each frame
 * runs after them, before paint), by compositing the stage's layer canvases at that point. The
 * first frame that shows the colour is matched afterwards with its Long Animation Frame entry,
 * which carries the frame's presentation time, and with the Event Timing entry of the touch.
 */
export async function installFillProbe(page) {
  await page.evaluate(() => {
    if (window.__fillProbe) return;
    const probe = (window.__fillProbe = { samples: [], frames: [], events: [], target: null });
    new PerformanceObserver((list) => probe.frames.push(...list.getEntries().map((e) => e.toJSON()))).observe({ type: 'long-animation-frame', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'pointerdown') probe.events.push(e.toJSON());
    }).observe({ type: 'event', durationThreshold: 16 });

    const sentinel = document.createElement('div');
    sentinel.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;visibility:hidden;pointer-events:none;contain:strict';
    document.body.append(sentinel);
    let watch = null;
    const pixelAt = (x, y) => {
      const out = [0, 0, 0, 0];
      for (const layer of document.querySelectorAll('[data-testid="canvas"] canvas')) {
        const r = layer.getBoundingClientRect();
        const px = Math.floor(((x - r.left) * layer.width) / r.width);
        const py = Math.floor(((y - r.top) * layer.height) / r.height);
        const [lr, lg, lb, la] = layer.getContext('2d').getImageData(px, py, 1, 1).data;
        const a = (la / 255) * (+getComputedStyle(layer).opacity || 1);
        for (const [i, v] of [lr, lg, lb].entries()) out[i] = v * a + out[i] * (1 - a);
        out[3] = Math.max(out[3], la);
      }
      return out;
    };
    const shows = ([r, g, b], [tr, tg, tb]) => Math.max(Math.abs(r - tr), Math.abs(g - tg), Math.abs(b - tb)) <= 12;
    new ResizeObserver(() => {
      if (!watch) return;
      watch.frames++;
      if (shows(pixelAt(watch.x, watch.y), watch.target)) {
        probe.samples.push({ start: watch.start, seenAt: performance.now(), frames: watch.frames });
        watch = null;
      } else if (watch.frames > 300) {
        probe.samples.push({ start: watch.start, seenAt: null, frames: watch.frames });
        watch = null;
      }
    }).observe(sentinel);
    const tick = () => {
      if (!watch) return;
      sentinel.style.width = sentinel.style.width === '2px' ? '1px' : '2px';
      requestAnimationFrame(tick);
    };
    addEventListener(
      'pointerdown',
      (e) => {
        if (!probe.target || !e.target.closest?.('[data-testid="canvas"]')) return;
        watch = { start: e.timeStamp, x: e.clientX, y: e.clientY, frames: 0, target: probe.target };
        requestAnimationFrame(tick);
      },
      { capture: true },
    );
  });
}

/**
 * Taps `point` with the fill tool `runs` times (undoing in between) and returns, per tap, the
 * touch-to-screen time and its phases. The fill tool and `colour` must be chosen already.
 */
export async function measureFillRuns(page, cdp, point, rgb, runs) {
  await installFillProbe(page);
  await page.evaluate((target) => {
    window.__fillProbe.target = target;
    window.__fillProbe.samples = [];
  }, rgb);
  for (let i = 0; i < runs; i++) {
    await tapAt(cdp, point.x, point.y);
    await page.waitForFunction((n) => window.__fillProbe.samples.length > n, i, { timeout: 20_000, polling: 50 });
    // Let the work after the frame (undo patch, autosave) finish before undoing.
    await page.waitForTimeout(900);
    await page.getByTestId('undo').tap();
    await page.waitForTimeout(500);
  }
  const { samples, frames, events } = await page.evaluate(() => window.__fillProbe);
  const taps = samples.map((s) => phasesOf(s, frames, events));
  return { taps, summary: summariseTaps(taps) };
}

/**
 * Splits one tap into consecutive phases, each from the touch's timestamp on (ms):
 *  input delay → pointerdown handlers → waiting for the frame → frame scripts (rAF: the layer
 *  redraw) → style, layout and paint → commit, raster, compositing and presentation.
 * The frame's own times (render start, style and layout start, paint, presentation) come from
 * the Long Animation Frame entry of the frame that showed the colour. A frame under 50 ms has no
 * such entry: the Event Timing duration (to the next paint, in 8 ms steps) then gives the end.
 */
export function phasesOf(sample, frames, events) {
  const event = events.find((e) => Math.abs(e.startTime - sample.start) < 0.5);
  const frame = sample.seenAt === null ? null : frames.find((f) => f.startTime <= sample.seenAt && sample.seenAt <= f.startTime + f.duration + 0.5);
  const after = (t) => (t === undefined || t === null ? null : +(t - sample.start).toFixed(1));
  const out = {
    frames: sample.frames,
    processingStart: after(event?.processingStart),
    processingEnd: after(event?.processingEnd),
    renderStart: after(frame?.renderStart),
    styleAndLayoutStart: after(frame?.styleAndLayoutStart),
    paintTime: after(frame?.paintTime),
    presented: after(frame?.presentationTime),
    seen: after(sample.seenAt),
    source: frame?.presentationTime ? 'long-animation-frame' : null,
  };
  if (!out.presented && event && sample.frames === 1) {
    out.presented = after(event.startTime + event.duration);
    out.source = 'event-timing (8 ms steps)';
  }
  if (!out.presented) {
    out.presented = out.seen;
    out.source = 'main thread only (before paint)';
  }
  // Long tasks in the second after that frame: the work a next touch would wait behind.
  const frameEnd = frame ? frame.startTime + frame.duration : sample.seenAt;
  const later = frames.filter((f) => f.startTime >= frameEnd - 0.5 && f.startTime < frameEnd + 1000);
  out.afterFrameMs = +later.reduce((sum, f) => sum + f.scripts.reduce((s, x) => s + x.duration, 0), 0).toFixed(1);
  out.afterFrameScripts = later.flatMap((f) => f.scripts.map((x) => `${x.invoker} ${x.duration.toFixed(0)} ms`));
  return out;
}

function summariseTaps(taps) {
  const diff = (a, b) => taps.map((t) => (t[a] ?? 0) - (t[b] ?? 0));
  const ok = (key) => taps.every((t) => typeof t[key] === 'number');
  return {
    screen: summary(taps.map((t) => t.presented), 1),
    handled: summary(taps.map((t) => t.processingEnd ?? NaN), 1),
    phases: ok('renderStart') && ok('processingStart')
      ? {
          inputDelay: +median(taps.map((t) => t.processingStart)).toFixed(1),
          handlers: +median(diff('processingEnd', 'processingStart')).toFixed(1),
          waitForFrame: +median(diff('renderStart', 'processingEnd')).toFixed(1),
          frameScripts: +median(diff('styleAndLayoutStart', 'renderStart')).toFixed(1),
          styleLayoutPaint: +median(diff('paintTime', 'styleAndLayoutStart')).toFixed(1),
          presentation: +median(diff('presented', 'paintTime')).toFixed(1),
        }
      : null,
    afterFrameMs: +median(taps.map((t) => t.afterFrameMs)).toFixed(1),
    sources: [...new Set(taps.map((t) => t.source))],
  };
}

/** q-floodfill's published bundle, run in the app's own page on a white 2400×1697 image. */
export async function qFloodfillInPage(page, runs = 7) {
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(require.resolve('q-floodfill'), 'utf8');
  await page.evaluate(bundle); // defines window['q-floodfill'] (UMD); evaluate is not subject to the CSP
  const times = await page.evaluate((n) => {
    const FloodFill = window['q-floodfill'].default;
    const out = [];
    for (let i = 0; i < n; i++) {
      const image = new ImageData(2400, 1697);
      image.data.fill(255);
      const started = performance.now();
      new FloodFill(image).fill('#1e4fd8', 1200, 848, 0);
      out.push(performance.now() - started);
      if (image.data[(848 * 2400 + 1200) * 4 + 2] !== 0xd8) throw new Error('q-floodfill did not fill');
    }
    return out;
  }, runs);
  return summary(times, 1);
}
