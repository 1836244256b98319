// Where a fill's time goes between the touch and the frame on screen: one tap recorded in a Chrome
// trace with V8's sampling profiler, split into the renderer's tasks, the frame (commit included),
// the compositor and viz (which draws the layers at DPR 2), and the functions inside each task.
import { tapAt } from './browser.mjs';
import { installFillProbe, phasesOf } from './fill.mjs';
import { profileWindow } from './profileSummary.mjs';
import { sourceMapper } from './sourceMap.mjs';
import { cpuProfileOf, describeTask, end, recordTrace, slicesNamed, tasksOf, threadNames, threadOfDomEvent } from './trace.mjs';

const ms = (us) => +(us / 1000).toFixed(1);

export async function traceOneFill(browser, page, cdp, point, rgb, distDir) {
  await installFillProbe(page);
  await page.evaluate((target) => {
    window.__fillProbe.target = target;
    window.__fillProbe.samples = [];
  }, rgb);
  const { events } = await recordTrace(
    browser,
    page,
    async () => {
      // V8's sampling profiler starts on the first script call after tracing begins, in a long
      // task of its own (~75 ms): let a timer callback take that hit before the tap.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      await page.waitForTimeout(300);
      await tapAt(cdp, point.x, point.y);
      await page.waitForFunction(() => window.__fillProbe.samples.length > 0, null, { timeout: 20_000, polling: 50 });
      await page.waitForTimeout(1200);
    },
    { profile: true, name: 'fill' },
  );
  // The touch's own timestamp is not in the trace; the probe's Event Timing entry gives the input
  // delay, which places the touch before the pointerdown dispatch.
  const { samples, frames, events: timings } = await page.evaluate(() => window.__fillProbe);
  const tap = phasesOf(samples[0], frames, timings);
  await page.getByTestId('undo').tap();
  await page.waitForTimeout(500);
  return { ...analyseFillTrace(events, sourceMapper(distDir), tap.processingStart ?? 0), probe: tap };
}

/** The tap's timeline (ms from the touch) and the profile of its longest tasks. */
export function analyseFillTrace(events, mapSource, inputDelayMs) {
  const main = threadOfDomEvent(events, 'pointerdown');
  if (!main) throw new Error('no pointerdown in the fill trace');
  const names = threadNames(events);
  const down = main.event;
  const tasks = tasksOf(events, main);
  const handlerTask = tasks.find((t) => t.task.ts <= down.ts && down.ts < end(t.task));
  const t0 = down.ts - inputDelayMs * 1000;
  const at = (ts) => ms(ts - t0);
  const frameTask = tasks.find((t) => t.task.ts >= end(handlerTask.task) && t.inside.some((e) => e.name === 'ProxyMain::BeginMainFrame'));
  const inFrame = (name) => frameTask?.inside.filter((e) => e.name === name).reduce((s, e) => s + (e.dur ?? 0), 0) ?? 0;
  const commit = frameTask?.inside.find((e) => e.name === 'Commit');
  const commitEnd = commit ? end(commit) : frameTask ? end(frameTask.task) : end(handlerTask.task);
  const draw = slicesNamed(events, ['Display::DrawAndSwap'], commitEnd, commitEnd + 500_000)[0];
  // Thread time (tdur) as well as wall time: on a busy 2-core machine viz is often descheduled.
  const quads = draw ? slicesNamed(events, ['SoftwareRenderer::DoDrawQuad'], draw.ts, end(draw)).filter((q) => q.pid === draw.pid && (q.tdur ?? q.dur) > 1000) : [];
  const raster = slicesNamed(events, ['RasterTask'], commitEnd, draw ? draw.ts : commitEnd + 100_000).filter((e) => e.pid === main.pid);
  const between = frameTask ? tasks.filter((t) => t.task.ts >= end(handlerTask.task) && t.task.ts < frameTask.task.ts) : [];
  const afterFrame = tasks.filter((t) => frameTask && t.task.ts >= end(frameTask.task) && t.task.ts < end(frameTask.task) + 1_000_000 && t.task.dur > 2000);

  const timeline = {
    touchToHandler: at(down.ts),
    pointerdownHandlers: ms(down.dur),
    tasksBeforeFrame: between.filter((t) => t.task.dur > 1000).map((t) => ({ what: describeTask(t), ms: ms(t.task.dur) })),
    frameStartsAt: frameTask ? at(frameTask.task.ts) : null,
    frameTask: frameTask ? ms(frameTask.task.dur) : null,
    rafCallbacks: ms(inFrame('FireAnimationFrame')),
    commitIncludingCanvasFlush: commit ? ms(commit.dur) : null,
    rendererRaster: ms(raster.reduce((s, e) => s + e.dur, 0)),
    vizDrawAndSwap: draw ? { wall: ms(draw.dur), cpu: ms(draw.tdur ?? draw.dur) } : null,
    vizQuadsCpu: quads.map((q) => ms(q.tdur ?? q.dur)),
    onScreenAt: draw ? at(end(draw)) : null,
    afterFrame: afterFrame.map((t) => ({ at: at(t.task.ts), what: describeTask(t), ms: ms(t.task.dur) })),
    threads: { main: names.get(`${main.pid}:${main.tid}`), viz: draw ? names.get(`${draw.pid}:${draw.tid}`) : null },
  };

  const profile = cpuProfileOf(events, main);
  const profiles = profile
    ? {
        pointerdown: profileWindow(profile, [[down.ts, end(down)]], mapSource),
        ...(afterFrame[0] ? { firstTaskAfterFrame: profileWindow(profile, [[afterFrame[0].task.ts, end(afterFrame[0].task)]], mapSource) } : {}),
      }
    : null;
  return { timeline, profiles };
}
