// Helpers for the processes this suite starts: every one is started in its own process group
// (detached) so that stopping it also stops what it spawned (MiniBrowser and its web processes).
import { createServer } from 'node:net';

// Detached groups outlive this process unless stopped: stop them on any exit, even a crash.
const running = new Set();
process.on('exit', () => {
  for (const child of running) signalGroup(child, 'SIGKILL');
});
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) process.on(signal, () => process.exit(code));

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Remembers a detached child so that its group is stopped when this process exits. */
export function track(child) {
  running.add(child);
  return child;
}

/** SIGTERM to the child's group, SIGKILL after `graceMs`; then whatever it left in its group. */
export async function stopProcessGroup(child, graceMs = 3000) {
  if (!child?.pid) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    signalGroup(child, 'SIGTERM');
    const timer = new Promise((resolve) => setTimeout(() => resolve('timeout'), graceMs));
    if ((await Promise.race([exited, timer])) === 'timeout') {
      signalGroup(child, 'SIGKILL');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 1000))]);
    }
  }
  signalGroup(child, 'SIGKILL');
  running.delete(child);
}

/** A TCP port that was free a moment ago (for programs that must be told a port). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Rejects with a clear message if `promise` has not settled within `ms`. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result within ${(ms / 1000).toFixed(0)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
