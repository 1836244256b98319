// Chrome traces for the breakdowns: record one around an action, find the renderer's main thread,
// its top-level tasks, and the V8 CPU profile samples the trace carries. Times are in µs (trace ts).
// EC_BENCH_TRACES=dir keeps every trace there as <name>.json, to open in the DevTools Performance panel.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TIMELINE = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'toplevel',
  'v8',
  'cc',
  'viz',
];

/** Records a trace around `action`; `profile` adds V8's sampling profiler (function-level time). */
export async function recordTrace(browser, page, action, { profile = false, name = 'trace' } = {}) {
  const categories = profile ? [...TIMELINE, 'disabled-by-default-v8.cpu_profiler'] : TIMELINE;
  await browser.startTracing(page, { categories });
  let result;
  let buffer;
  try {
    result = await action();
  } finally {
    buffer = await browser.stopTracing();
  }
  if (process.env.EC_BENCH_TRACES) {
    mkdirSync(process.env.EC_BENCH_TRACES, { recursive: true });
    writeFileSync(join(process.env.EC_BENCH_TRACES, `${name}-${Date.now()}.json`), buffer);
  }
  const parsed = JSON.parse(buffer.toString('utf8'));
  return { events: parsed.traceEvents ?? parsed, result };
}

export function threadNames(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  return names;
}

/** The thread that dispatched a DOM event of this type (the app page's renderer main thread). */
export function threadOfDomEvent(events, type) {
  const e = events.find((x) => x.name === 'EventDispatch' && x.args?.data?.type === type);
  return e ? { pid: e.pid, tid: e.tid, event: e } : null;
}

export const end = (e) => e.ts + (e.dur ?? 0);

/** Top-level tasks of one thread overlapping [from, to), each with the slices nested inside it. */
export function tasksOf(events, { pid, tid }, from = -Infinity, to = Infinity) {
  const own = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = [];
  let current = null;
  for (const e of own) {
    if (current && e.ts < end(current.task)) {
      current.inside.push(e);
      continue;
    }
    if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
    current = { task: e, inside: [] };
    if (end(e) > from && e.ts < to) tasks.push(current);
  }
  return tasks;
}

/** Slices of other threads and processes (compositor, raster, viz) whose names match. */
export function slicesNamed(events, names, from, to) {
  return events.filter((e) => e.ph === 'X' && names.includes(e.name) && e.ts >= from && e.ts < to);
}

/**
 * The V8 samples of one thread: { nodes: Map(id → node with parent), samples: [{ ts, id }] }.
 * The trace carries the profile in chunks; nodes arrive once, samples with time deltas.
 */
export function cpuProfileOf(events, { pid, tid }) {
  const head = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!head) return null;
  const nodes = new Map();
  const samples = [];
  let ts = head.args.data.startTime;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== head.id) continue;
    const data = e.args.data;
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      ts += deltas[i] ?? 0;
      samples.push({ ts, id: ids[i] });
    }
  }
  return { nodes, samples };
}

/** A short name for what a top-level task was doing. */
export function describeTask({ inside }) {
  const timer = inside.find((e) => e.name === 'TimerFire');
  if (timer) return 'setTimeout callback';
  const dispatch = inside.find((e) => e.name === 'EventDispatch');
  if (dispatch) return `${dispatch.args.data.type} event`;
  if (inside.some((e) => e.name.startsWith('IndexedDB') || e.name.includes('IDB'))) return 'IndexedDB';
  if (inside.some((e) => e.name === 'MessagePort::Accept')) return 'MessageChannel task (React scheduler)';
  if (isGarbageCollection({ inside })) return 'garbage collection';
  if (inside.some((e) => e.name === 'ProxyMain::BeginMainFrame')) return 'frame';
  const call = inside.find((e) => e.name === 'FunctionCall');
  if (call) return `script ${call.args.data.functionName || '(anonymous)'}`;
  return 'IPC and promise callbacks';
}

/** A task V8 scheduled for itself (incremental marking, scavenges, finalisation). */
export function isGarbageCollection({ inside }) {
  return inside.some((e) => e.name.startsWith('V8.GC') || e.name === 'MajorGC' || e.name === 'MinorGC') && !inside.some((e) => e.name === 'FunctionCall' || e.name === 'EventDispatch' || e.name === 'TimerFire');
}
