// A private X display for WebKitGTK's MiniBrowser, which (unlike headless Firefox) needs one.
// Xvfb picks a free display itself (-displayfd), so parallel runs and a desktop's own :0 never clash;
// no xauth cookie is needed because only local clients may connect (-nolisten tcp).
import { spawn } from 'node:child_process';
import { stopProcessGroup, track } from './processes.mjs';

export async function startXvfb(xvfbPath, { timeoutMs = 15_000 } = {}) {
  const child = track(spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    detached: true,
  }));
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  const display = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display within ${timeoutMs / 1000} s: ${stderr.trim()}`)), timeoutMs);
    child.stdio[3].on('data', (d) => {
      out += d;
      const match = /^(\d+)\n/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(`:${match[1]}`);
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}) before giving a display: ${stderr.trim()}`));
    });
  });
  return { display, stop: () => stopProcessGroup(child) };
}
