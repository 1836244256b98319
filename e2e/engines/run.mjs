#!/usr/bin/env node
// The smoke suite in Firefox and WebKit, one engine after the other, against the production build.
//   node e2e/engines/run.mjs [--engine=firefox|webkit] [--dist=path]
// `npm test` runs it after the Chromium suite (e2e/run-e2e.mjs). Exits non-zero on any failure.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKS } from './checks.mjs';
import { openFirefox } from './firefox.mjs';
import { INSTALL_HINT, locateEngines } from './locate.mjs';
import { withTimeout } from './processes.mjs';
import { startServer } from './server.mjs';
import { openWebKit } from './webkit.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const VIEWPORT = { width: 1180, height: 820 };
const CHECK_TIMEOUT_MS = 60_000;
const ENGINE_START_TIMEOUT_MS = 90_000;
const WHOLE_RUN_TIMEOUT_MS = 8 * 60_000;
const ENGINES = ['firefox', 'webkit'];

function parseArgs(argv) {
  const options = { engines: [], dist: join(ROOT, 'dist') };
  for (const arg of argv) {
    const [key, value] = arg.split('=');
    if (key === '--engine' && ENGINES.includes(value)) options.engines.push(value);
    else if (key === '--dist' && value) options.dist = resolve(value);
    else throw new Error(`unknown argument ${arg} (use --engine=firefox|webkit, --dist=path)`);
  }
  if (options.engines.length === 0) options.engines = ENGINES;
  return options;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function openEngine(name, found, server) {
  const common = { baseUrl: server.url, ...VIEWPORT };
  if (name === 'firefox') return openFirefox({ ...common, executablePath: found.firefox });
  return openWebKit({ ...common, driverPath: found.webkitDriver, browserPath: found.miniBrowser, xvfbPath: found.xvfb, drainProbe: server.drainConsole });
}

async function alive(session) {
  try {
    return (await withTimeout(session.evaluate(() => true), 5000, 'a ping')) === true;
  } catch {
    return false;
  }
}

/** Runs every check in one engine; returns [{ name, ok, ms, error }]. */
async function runEngine(name, found, missing, options, failuresDir) {
  if (missing.length > 0) {
    console.log(`\n[engines] ${name}: not found: ${missing.join(', ')}.\n  Install with: ${INSTALL_HINT}`);
    return CHECKS.map((c) => ({ name: c.name, ok: false, ms: 0, error: `${name} is not installed (${INSTALL_HINT})` }));
  }
  let server;
  let session;
  const results = [];
  try {
    server = await startServer({ root: ROOT, outDir: options.dist, probeConsole: name === 'webkit' });
    session = await withTimeout(openEngine(name, found, server), ENGINE_START_TIMEOUT_MS, `starting ${name}`);
    console.log(`\n[engines] ${session.label}; input: ${session.input === 'touch' ? 'touch' : 'mouse (this driver delivers no touch)'}; ${server.url}`);
    for (const [i, check] of CHECKS.entries()) {
      if (results.length > 0 && !results.at(-1).ok && !(await alive(session))) {
        results.push({ name: check.name, ok: false, ms: 0, error: 'not run: the browser stopped answering' });
        console.log(`  ✘ ${check.name} — not run: the browser stopped answering`);
        continue;
      }
      const started = Date.now();
      const notes = [];
      let error = null;
      try {
        await withTimeout(check.run(session, { server, note: (text) => notes.push(text) }), CHECK_TIMEOUT_MS, 'the check as a whole');
      } catch (e) {
        error = e?.message ?? String(e);
      }
      // Every check fails on a console error or an uncaught page error, as the Chromium suite does.
      await new Promise((r) => setTimeout(r, 150));
      const consoleErrors = await session.drainConsole();
      if (consoleErrors.length > 0) error = [error, `console errors:\n      ${consoleErrors.join('\n      ')}`].filter(Boolean).join('\n');
      const ms = Date.now() - started;
      results.push({ name: check.name, ok: !error, ms, error, notes });
      const noteLines = notes.map((n) => `\n      note: ${n}`).join('');
      if (!error) {
        console.log(`  ✔ ${check.name} (${seconds(ms)})${noteLines}`);
        continue;
      }
      console.log(`  ✘ ${check.name} (${seconds(ms)})\n      ${error.replaceAll('\n', '\n      ')}${noteLines}`);
      const shot = join(failuresDir(), `${name}-${i + 1}.png`);
      if (await withTimeout(session.screenshot(shot), 10_000, 'a screenshot').then(() => true, () => false)) console.log(`      screenshot: ${shot}`);
    }
  } catch (e) {
    const message = e?.message ?? String(e);
    console.log(`\n[engines] ${name} could not run: ${message}`);
    for (const check of CHECKS.slice(results.length)) results.push({ name: check.name, ok: false, ms: 0, error: `not run: ${message.split('\n')[0]}` });
  } finally {
    if (session) await withTimeout(session.close(), 30_000, `closing ${name}`).catch((e) => console.log(`[engines] ${e.message}`));
    await server?.close();
  }
  return results;
}

async function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(options.dist, 'index.html')) || !existsSync(join(options.dist, 'sw.js'))) {
    console.error(`[engines] No production build in ${options.dist}: run \`npm run build\` first.`);
    return 1;
  }
  const { found, missing } = locateEngines();
  let folder = null;
  const failuresDir = () => (folder ??= mkdtempSync(join(tmpdir(), 'engines-failures-')));
  const all = {};
  for (const name of options.engines) all[name] = await runEngine(name, found, missing[name], options, failuresDir);

  const summary = Object.entries(all).map(([name, results]) => `${name} ${results.filter((r) => r.ok).length}/${results.length}`);
  const passed = Object.values(all).flat().filter((r) => r.ok).length;
  const failed = Object.values(all).flat().length - passed;
  console.log(`\n[engines] ${summary.join(', ')} in ${seconds(Date.now() - started)}`);
  if (failed > 0) {
    console.log('[engines] failed:');
    for (const [name, results] of Object.entries(all)) for (const r of results.filter((x) => !x.ok)) console.log(`  ${name}: ${r.name} — ${r.error.split('\n')[0]}`);
  }
  console.log(`engines: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

const watchdog = setTimeout(() => {
  console.error(`[engines] the whole run took longer than ${WHOLE_RUN_TIMEOUT_MS / 60_000} min; stopping.`);
  process.exit(1);
}, WHOLE_RUN_TIMEOUT_MS);
watchdog.unref();

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[engines] ${error?.stack ?? error}`);
    process.exit(1);
  },
);
