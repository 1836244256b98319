// Firefox (Debian's firefox-esr) over WebDriver BiDi, through puppeteer-core: Firefox speaks BiDi
// itself, so no geckodriver is needed. Input is real touch: BiDi input.performActions with
// pointerType "touch", which Firefox turns into touch and pointer events (pointerType "touch").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { withTimeout } from './processes.mjs';

export async function openFirefox({ executablePath, baseUrl, width, height }) {
  const downloadsDir = mkdtempSync(join(tmpdir(), 'engines-firefox-downloads-'));
  const browser = await withTimeout(
    puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      protocolTimeout: 30_000,
      defaultViewport: { width, height, hasTouch: true },
      extraPrefsFirefox: {
        // A tablet exposes touch events (ontouchstart, TouchEvent); desktop Linux does not by default.
        'dom.w3c_touch_events.enabled': 1,
        // Downloads land in a folder we read, without a dialog.
        'browser.download.dir': downloadsDir,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
      },
    }),
    60_000,
    'launching Firefox',
  ).catch((error) => {
    rmSync(downloadsDir, { recursive: true, force: true });
    throw error;
  });
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setViewport({ width, height, hasTouch: true });
    const consoleErrors = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`console: ${m.text()}${m.location()?.url ? ` (${m.location().url})` : ''}`);
    });
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e?.message ?? e}`));
    return new FirefoxSession(browser, page, baseUrl, downloadsDir, consoleErrors, await browser.version());
  } catch (error) {
    await browser.close().catch(() => {});
    rmSync(downloadsDir, { recursive: true, force: true });
    throw error;
  }
}

class FirefoxSession {
  constructor(browser, page, baseUrl, downloadsDir, consoleErrors, version) {
    this.browser = browser;
    this.page = page;
    this.baseUrl = baseUrl;
    this.downloadsDir = downloadsDir;
    this.consoleErrors = consoleErrors;
    this.name = 'firefox';
    this.label = `Firefox ${version.replace(/^firefox\//i, '')} (WebDriver BiDi via puppeteer-core)`;
    this.input = 'touch';
  }

  async goto(path) {
    await this.page.goto(this.baseUrl + path, { waitUntil: 'load', timeout: 30_000 });
  }

  async reload() {
    await this.page.reload({ waitUntil: 'load', timeout: 30_000 });
  }

  evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  // One input.performActions per gesture, so the browser gets down and up back to back: with
  // puppeteer's touchscreen (a command per step) a loaded machine can hold the finger down past
  // Firefox's long-press delay, and a long press is no tap.
  async tap(x, y) {
    await this.touch([{ type: 'pointerMove', x: Math.round(x), y: Math.round(y) }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }]);
  }

  /** A finger held on one spot for `ms` before it lifts (Firefox makes that a long press). */
  async hold(x, y, ms) {
    await this.touch([{ type: 'pointerMove', x: Math.round(x), y: Math.round(y) }, { type: 'pointerDown', button: 0 }, { type: 'pause', duration: ms }, { type: 'pointerUp', button: 0 }]);
  }

  /** One finger down at the first point, through every point, and up. */
  async stroke(points) {
    const [first, ...rest] = points.map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));
    await this.touch([
      { type: 'pointerMove', ...first },
      { type: 'pointerDown', button: 0 },
      ...rest.map((p) => ({ type: 'pointerMove', ...p })),
      { type: 'pointerUp', button: 0 },
    ]);
  }

  /** Keys pressed one after another (WebDriver key values: '\uE012' is ArrowLeft, ' ' Space). */
  async keys(values) {
    const context = this.page.mainFrame().browsingContext;
    if (typeof context?.performActions !== 'function') throw new Error('puppeteer-core no longer exposes the BiDi browsingContext of a frame: update e2e/engines/firefox.mjs');
    await context.performActions([{ type: 'key', id: 'keyboard', actions: values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }]);
    await context.releaseActions();
  }

  async touch(actions) {
    // puppeteer-core's public API has no single-call touch gesture; its frame's BiDi context does.
    const context = this.page.mainFrame().browsingContext;
    if (typeof context?.performActions !== 'function') throw new Error('puppeteer-core no longer exposes the BiDi browsingContext of a frame: update e2e/engines/firefox.mjs');
    await context.performActions([{ type: 'pointer', id: 'finger', parameters: { pointerType: 'touch' }, actions }]);
    await context.releaseActions();
  }

  drainConsole() {
    return this.consoleErrors.splice(0);
  }

  async screenshot(path) {
    await this.page.screenshot({ path });
  }

  async close() {
    const process = this.browser.process();
    await withTimeout(this.browser.close(), 15_000, 'closing Firefox').catch(() => process?.kill('SIGKILL'));
    rmSync(this.downloadsDir, { recursive: true, force: true });
  }
}
