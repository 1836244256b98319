// The two fill scenarios: the whole page of a blank picture, and the largest region of a colouring
// page (the sky of "doctor", bounded by its outlines). Each: timed taps, then one traced tap.
import { newTablet, paperBox } from './browser.mjs';
import { measureFillRuns, qFloodfillInPage } from './fill.mjs';
import { traceOneFill } from './fillBreakdown.mjs';
import { openApp } from './measure.mjs';

const BLUE = [30, 79, 216]; // palette "blue", #1e4fd8

async function openColouringPage(page, url, pageId) {
  await page.goto(url);
  await page.getByTestId('start-colouring').tap();
  await page.getByTestId(`page-${pageId}`).tap();
  // Paper and paint, the stroke in progress, the line art: the third layer means the page is in.
  await page.locator('[data-testid="canvas"] canvas').nth(2).waitFor();
}

async function scenario(browser, url, distDir, runs, { open, at }) {
  const context = await newTablet(browser);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await open(page, url);
    await page.waitForTimeout(1000);
    await page.getByTestId('tool-fill').tap();
    await page.getByTestId('color-blue').tap();
    const b = await paperBox(page);
    const point = { x: b.x + b.width * at[0], y: b.y + b.height * at[1] };
    const timed = await measureFillRuns(page, cdp, point, BLUE, runs);
    const qFloodfill = await qFloodfillInPage(page);
    const breakdown = await traceOneFill(browser, page, cdp, point, BLUE, distDir);
    return { ...timed, qFloodfill, breakdown };
  } finally {
    await context.close();
  }
}

export async function measureFillScenarios(browser, url, distDir, runs = 7) {
  const blank = await scenario(browser, url, distDir, runs, { open: openApp, at: [0.5, 0.5] });
  const colouring = await scenario(browser, url, distDir, runs, { open: (page, u) => openColouringPage(page, u, 'doctor'), at: [0.5, 0.04] });
  return { blank, colouring };
}
