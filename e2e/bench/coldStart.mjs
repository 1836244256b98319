// Cold start at 4× CPU slowdown, as the outside harness measured it: every run is a new browser on
// a new profile directory, so the first visit downloads everything and the service worker installs
// and precaches while the page starts; the repeat visit relaunches the browser on that same profile
// and the page comes from the service worker (the bare page from the HTTP cache).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchProfile, tapAt } from './browser.mjs';
import { summary } from './stats.mjs';

const SLOWDOWN = 4;

/**
 * Runs in every document before its own scripts. Marks (performance.now(), ms from navigation):
 * home — two frames after "new picture" is in the page (the home screen has been drawn);
 * tap — the touch's own timestamp; canvas — two frames after the stage's first canvas is in the
 * page; swActivated — the service worker reached "activated" (the app works offline from then).
 */
function coldProbe() {
  const probe = (window.__cold = { marks: {}, waiters: {}, controlled: !!navigator.serviceWorker?.controller });
  const mark = (name, at = performance.now()) => {
    if (name in probe.marks) return;
    probe.marks[name] = at;
    for (const resolve of probe.waiters[name] ?? []) resolve(at);
  };
  probe.when = (name) => (name in probe.marks ? Promise.resolve(probe.marks[name]) : new Promise((r) => (probe.waiters[name] ??= []).push(r)));
  const afterTwoFrames = (name) => requestAnimationFrame(() => requestAnimationFrame(() => mark(name)));
  let homeSeen = false;
  let canvasSeen = false;
  new MutationObserver(() => {
    if (!homeSeen && document.querySelector('[data-testid="start-blank"]')) {
      homeSeen = true;
      afterTwoFrames('home');
    }
    if (!canvasSeen && document.querySelector('[data-testid="canvas"] canvas')) {
      canvasSeen = true;
      afterTwoFrames('canvas');
    }
  }).observe(document, { childList: true, subtree: true });
  addEventListener('pointerdown', (e) => mark('tap', e.timeStamp), { capture: true });
  navigator.serviceWorker?.ready.then((registration) => {
    const worker = registration.active;
    if (worker.state === 'activated') mark('swActivated');
    else worker.addEventListener('statechange', () => worker.state === 'activated' && mark('swActivated'));
  });
}

/**
 * One visit on the profile in `dir`. The app's clock is the home screen drawn plus the time from
 * the tap to the canvas: the harness taps as soon as the home screen is drawn, and its own
 * reaction time in between (a CDP round trip at 4× slowdown) is left out.
 */
async function visit(dir, url, kind, waitForWorker) {
  const context = await launchProfile(dir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    // The browser's own start-up work (profile, caches) is done before the clock starts.
    await page.waitForTimeout(1000);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await page.addInitScript(coldProbe);
    await page.goto(url, { waitUntil: 'commit' });
    if (kind === 'app') {
      const button = await page.evaluate(() =>
        window.__cold.when('home').then(() => {
          const r = document.querySelector('[data-testid="start-blank"]').getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        }),
      );
      await tapAt(cdp, button.x, button.y);
    }
    await page.evaluate(() => window.__cold.when('canvas'));
    if (waitForWorker) await page.evaluate(() => Promise.race([window.__cold.when('swActivated'), new Promise((r) => setTimeout(r, 60_000))]));
    const { marks, controlled } = await page.evaluate(() => ({ marks: window.__cold.marks, controlled: window.__cold.controlled }));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (kind === 'app') {
      // Back to the home screen, so the repeat visit starts where this one did (the app reopens
      // the last picture otherwise), and give the last-screen record time to be written.
      await page.getByTestId('home').tap();
      await page.getByTestId('start-blank').waitFor();
      await page.waitForTimeout(500);
    }
    const ready = kind === 'app' ? marks.home + (marks.canvas - marks.tap) : marks.canvas;
    return { ready: Math.round(ready), raw: Math.round(marks.canvas), reaction: kind === 'app' ? Math.round(marks.tap - marks.home) : 0, swActivated: marks.swActivated === undefined ? null : Math.round(marks.swActivated), controlled };
  } finally {
    await context.close();
  }
}

async function firstAndRepeat(url, kind) {
  const dir = mkdtempSync(join(tmpdir(), `ec-bench-${kind}-`));
  try {
    const first = await visit(dir, url, kind, kind === 'app');
    const repeat = await visit(dir, url, kind, false);
    return { first, repeat };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `runs` fresh profiles per page, the app and the bare page taking turns (ABBA order). */
export async function measureColdStarts(appUrl, refUrl, runs = 5) {
  const app = [];
  const ref = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['app', 'reference'] : ['reference', 'app'];
    for (const kind of order) {
      const result = await firstAndRepeat(kind === 'app' ? appUrl : refUrl, kind);
      (kind === 'app' ? app : ref).push(result);
      console.log(`[bench] cold start ${kind} #${i + 1}: first ${result.first.ready} ms, repeat ${result.repeat.ready} ms${kind === 'app' ? `, service worker activated at ${result.first.swActivated} ms, repeat served by it: ${result.repeat.controlled}` : ''}`);
    }
  }
  const firstApp = app.map((r) => r.first.ready);
  const swApp = app.map((r) => r.first.swActivated ?? NaN);
  return {
    runs,
    slowdown: SLOWDOWN,
    app: {
      first: summary(firstApp),
      repeat: summary(app.map((r) => r.repeat.ready)),
      swActivated: summary(swApp),
      firstWithWorker: summary(firstApp.map((t, i) => Math.max(t, swApp[i]))),
      reactionMs: summary(app.flatMap((r) => [r.first.reaction, r.repeat.reaction])),
      repeatServedByWorker: app.every((r) => r.repeat.controlled),
    },
    reference: { first: summary(ref.map((r) => r.first.ready)), repeat: summary(ref.map((r) => r.repeat.ready)) },
  };
}
