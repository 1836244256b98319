// Finds Firefox and WebKitGTK the way e2e/run-e2e.mjs finds Chromium: an environment variable,
// then Debian's paths, then (as root with apt-get) Debian's packages; otherwise it says what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { canApt } from '../run-e2e.mjs';

export const INSTALL_HINT = 'sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb';
// xauth is not needed by this suite (it starts Xvfb itself) but xvfb-run needs it, for running by hand.
const APT_PACKAGES = ['firefox-esr', 'webkit2gtk-driver', 'xvfb', 'xauth'];

function fromEnv(name) {
  const value = process.env[name];
  if (!value) return null;
  if (existsSync(value)) return value;
  console.warn(`[engines] ${name}=${value} does not exist; looking elsewhere.`);
  return null;
}

/** MiniBrowser ships inside libwebkit2gtk (Debian: /usr/lib/<multiarch>/webkit2gtk-4.1/). */
function miniBrowserPaths() {
  const paths = [];
  for (const lib of ['/usr/lib', '/usr/lib64', '/usr/libexec']) {
    let dirs = [''];
    try {
      dirs = dirs.concat(readdirSync(lib).filter((d) => d.endsWith('-linux-gnu')));
    } catch {
      continue;
    }
    for (const dir of dirs) for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) paths.push(`${lib}/${dir ? `${dir}/` : ''}${api}/MiniBrowser`);
  }
  return paths;
}

const first = (paths) => paths.find((p) => existsSync(p)) ?? null;

function lookOnce() {
  return {
    firefox: fromEnv('FIREFOX_PATH') ?? first(['/usr/bin/firefox-esr', '/usr/bin/firefox']),
    webkitDriver: fromEnv('WEBKIT_DRIVER_PATH') ?? first(['/usr/bin/WebKitWebDriver']),
    miniBrowser: fromEnv('WEBKIT_BROWSER_PATH') ?? first(miniBrowserPaths()),
    xvfb: fromEnv('XVFB_PATH') ?? first(['/usr/bin/Xvfb']),
  };
}

/** What is missing for each engine (an empty list means it can run). */
export function missingFor(found) {
  const webkit = [];
  if (!found.webkitDriver) webkit.push('WebKitWebDriver (webkit2gtk-driver)');
  if (!found.miniBrowser) webkit.push('MiniBrowser (libwebkit2gtk-4.1-0)');
  // A desktop session's own display will do where Xvfb is not installed.
  if (!found.xvfb && !process.env.DISPLAY) webkit.push('Xvfb (xvfb)');
  return { firefox: found.firefox ? [] : ['firefox-esr'], webkit };
}

export function locateEngines({ install = true } = {}) {
  let found = lookOnce();
  const missing = missingFor(found);
  if (install && (missing.firefox.length || missing.webkit.length) && canApt()) {
    console.log(`[engines] installing Debian packages: ${APT_PACKAGES.join(' ')}`);
    const result = spawnSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq --no-install-recommends ${APT_PACKAGES.join(' ')}`], {
      stdio: 'inherit',
      timeout: 10 * 60 * 1000,
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) console.warn('[engines] apt-get install failed.');
    found = lookOnce();
  }
  return { found, missing: missingFor(found) };
}
