// WebKit (Debian's WebKitGTK: WebKitWebDriver driving MiniBrowser on a private Xvfb display) over
// classic W3C WebDriver. Not touch: WebKitGTK's driver accepts pointerType "touch" but the page
// receives mouse events (pointerType "mouse", no touch events; seen with WebKitGTK 2.50), so the
// fingers here are a mouse, asked for as one, and the runner prints so. Console errors come from
// the page probe (see consoleProbe.js).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, stopProcessGroup, track, withTimeout } from './processes.mjs';
import { waitForDriver, WebDriverSession } from './webdriverClient.mjs';
import { startXvfb } from './xvfb.mjs';

export async function openWebKit({ driverPath, browserPath, xvfbPath, baseUrl, width, height, drainProbe }) {
  // A throwaway HOME: MiniBrowser's caches stay out of the user's, and downloads land in a known
  // folder (GLib reads the download folder from $XDG_CONFIG_HOME/user-dirs.dirs).
  const home = mkdtempSync(join(tmpdir(), 'engines-webkit-home-'));
  const downloadsDir = join(home, 'Downloads');
  mkdirSync(downloadsDir);
  mkdirSync(join(home, '.config'));
  writeFileSync(join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloadsDir}"\n`);
  const logPath = join(home, 'webkit.log');
  const cleanups = [() => rmSync(home, { recursive: true, force: true })];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn();
  };
  try {
    let display = process.env.DISPLAY;
    if (xvfbPath) {
      const xvfb = await startXvfb(xvfbPath);
      cleanups.push(xvfb.stop);
      display = xvfb.display;
    }
    const port = await freePort();
    const log = openSync(logPath, 'a');
    const driver = track(spawn(driverPath, [`--port=${port}`], {
      env: { ...process.env, DISPLAY: display, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache'), XDG_DATA_HOME: join(home, '.local/share') },
      stdio: ['ignore', log, log],
      detached: true,
    }));
    closeSync(log);
    cleanups.push(() => stopProcessGroup(driver));
    const base = `http://127.0.0.1:${port}`;
    await waitForDriver(base);
    const session = await WebDriverSession.create(base, {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] },
    });
    cleanups.push(() => withTimeout(session.delete(), 15_000, 'closing MiniBrowser').catch(() => {}));
    await session.setTimeouts({ script: 30_000, pageLoad: 30_000 });
    const wk = new WebKitSession(session, baseUrl, downloadsDir, drainProbe, cleanup, logPath);
    await wk.fitViewport(width, height);
    return wk;
  } catch (error) {
    const log = readLog(logPath);
    await cleanup();
    if (log) error.message += `\n--- WebKitWebDriver/MiniBrowser output ---\n${log}`;
    throw error;
  }
}

function readLog(path) {
  try {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !/dbus-launch|D-Bus/.test(line))
      .slice(-30)
      .join('\n');
  } catch {
    return '';
  }
}

class WebKitSession {
  constructor(session, baseUrl, downloadsDir, drainProbe, cleanup, logPath) {
    this.session = session;
    this.baseUrl = baseUrl;
    this.downloadsDir = downloadsDir;
    this.drainProbe = drainProbe;
    this.cleanup = cleanup;
    this.logPath = logPath;
    this.name = 'webkit';
    this.label = `WebKitGTK ${session.capabilities?.browserVersion ?? '?'} MiniBrowser (classic WebDriver via WebKitWebDriver)`;
    this.input = 'mouse';
  }

  /**
   * The window's outer size is the viewport plus MiniBrowser's toolbar: grow it by the difference.
   * GTK applies a new window size asynchronously, so each step waits for the viewport to settle.
   */
  async fitViewport(width, height) {
    let outer = { width, height };
    let inner = null;
    for (let attempt = 0; attempt < 4; attempt++) {
      await this.session.setWindowRect(outer);
      inner = await this.settledViewport();
      if (inner.w === width && inner.h === height) return;
      outer = { width: outer.width + width - inner.w, height: outer.height + height - inner.h };
    }
    throw new Error(`MiniBrowser's viewport stays ${inner.w}×${inner.h}; wanted ${width}×${height}`);
  }

  async settledViewport() {
    let last = null;
    for (let i = 0; i < 20; i++) {
      const now = await this.evaluate(() => ({ w: innerWidth, h: innerHeight }));
      if (last && now.w === last.w && now.h === last.h) return now;
      last = now;
      await new Promise((r) => setTimeout(r, 100));
    }
    return last;
  }

  goto(path) {
    return this.session.navigate(this.baseUrl + path);
  }

  reload() {
    return this.session.refresh();
  }

  /** Runs `fn` in the page with JSON arguments; its (awaited) result comes back as JSON. */
  async evaluate(fn, ...args) {
    const script = `const done = arguments[arguments.length - 1];
      const args = Array.prototype.slice.call(arguments, 0, -1);
      Promise.resolve()
        .then(() => (${fn.toString()}).apply(null, args))
        .then((value) => done({ ok: true, value: value === undefined ? null : value }),
              (error) => done({ ok: false, error: String((error && error.stack) || error) }));`;
    const result = await this.session.executeAsync(script, args);
    if (!result?.ok) throw new Error(`in the page: ${result?.error ?? 'no result'}`);
    return result.value;
  }

  // Mouse, not touch: see the note at the top of this file.
  async tap(x, y) {
    await this.session.performActions([
      {
        type: 'pointer',
        id: 'finger',
        parameters: { pointerType: 'mouse' },
        actions: [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0 }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }],
      },
    ]);
  }

  async hold(x, y, ms) {
    await this.session.performActions([
      {
        type: 'pointer',
        id: 'finger',
        parameters: { pointerType: 'mouse' },
        actions: [{ type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0 }, { type: 'pointerDown', button: 0 }, { type: 'pause', duration: ms }, { type: 'pointerUp', button: 0 }],
      },
    ]);
  }

  async stroke(points) {
    const [first, ...rest] = points.map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) }));
    await this.session.performActions([
      {
        type: 'pointer',
        id: 'finger',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: first.x, y: first.y, duration: 0 },
          { type: 'pointerDown', button: 0 },
          ...rest.map((p) => ({ type: 'pointerMove', x: p.x, y: p.y, duration: 0 })),
          { type: 'pointerUp', button: 0 },
        ],
      },
    ]);
  }

  /** Keys pressed one after another (WebDriver key values: '\uE012' is ArrowLeft, ' ' Space). */
  async keys(values) {
    await this.session.performActions([{ type: 'key', id: 'keyboard', actions: values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }]);
  }

  drainConsole() {
    return this.drainProbe();
  }

  async screenshot(path) {
    writeFileSync(path, await this.session.screenshotPng());
  }

  /** The driver's and browser's own output, for a failure report. */
  log() {
    return readLog(this.logPath);
  }

  close() {
    return this.cleanup();
  }
}
