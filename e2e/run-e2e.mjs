#!/usr/bin/env node
// Runs the Playwright suite on a Chromium it finds or sets up by itself:
// 1) $CHROMIUM_PATH, 2) /usr/bin/chromium, 3) Playwright's own browser, 4) `playwright install`
// where the internet allows, 5) Debian's `chromium` via apt-get where we may install packages.
// Then the smoke suite in Firefox and WebKit (e2e/engines/run.mjs), which finds its browsers alike.
//   --no-engines    Chromium only        --engines-only    Firefox and WebKit only
// Other arguments go to Playwright (or, with --engines-only, to e2e/engines/run.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightOwn() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function trySetup(label, command, args) {
  console.log(`[e2e] No Chromium found; trying: ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: 10 * 60 * 1000 });
  return result.status === 0;
}

/** Whether this run may install Debian packages itself (root, with apt-get). */
export function canApt() {
  try {
    execFileSync('sh', ['-c', 'command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]']);
    return true;
  } catch {
    return false;
  }
}

export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.warn(`[e2e] CHROMIUM_PATH=${fromEnv} does not exist; looking elsewhere.`);
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  const own = playwrightOwn();
  if (own) return own;
  if (!install) return null;
  if (trySetup('npx playwright install chromium', 'npx', ['playwright', 'install', 'chromium'])) {
    const installed = playwrightOwn();
    if (installed) return installed;
  }
  if (canApt() && trySetup('apt-get install chromium', 'sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium fonts-noto-core'])) {
    const apt = SYSTEM_PATHS.find((p) => existsSync(p));
    if (apt) return apt;
  }
  return null;
}

function runChromium(args) {
  const browser = findChromium();
  if (!browser) {
    console.error(
      '[e2e] Could not find or install Chromium. Do one of:\n' +
        '  sudo apt-get install -y chromium fonts-noto-core   (Debian/Ubuntu)\n' +
        '  npx playwright install chromium                     (with internet access)\n' +
        '  CHROMIUM_PATH=/path/to/chrome npm test              (any Chromium you already have)',
    );
    return 1;
  }
  console.log(`[e2e] Chromium: ${browser}`);
  const result = spawnSync('npx', ['playwright', 'test', '-c', 'e2e', ...args], {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: browser },
  });
  return result.status ?? 1;
}

function runEngines(args) {
  const script = fileURLToPath(new URL('./engines/run.mjs', import.meta.url));
  const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  return result.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const enginesOnly = args.includes('--engines-only');
  const noEngines = args.includes('--no-engines');
  const rest = args.filter((a) => a !== '--engines-only' && a !== '--no-engines');
  // Both suites run even if the first fails (or has no browser): one run shows all that is broken.
  const chromium = enginesOnly ? 0 : runChromium(rest);
  const engines = noEngines ? 0 : runEngines(enginesOnly ? rest : []);
  process.exit(chromium || engines);
}
