// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeRegistration, FakeWorker, runningRegistration } from '../../test/serviceWorkerFakes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const registerSW = vi.fn();
vi.mock('virtual:pwa-register', () => ({ registerSW: (options: unknown) => registerSW(options) }));
const { useAppUpdate } = await import('./useAppUpdate');

/** navigator.serviceWorker: who controls the page, and its controllerchange event. */
class FakeContainer extends EventTarget {
  constructor(public controller: FakeWorker | null) {
    super();
  }
}

type Update = ReturnType<typeof useAppUpdate>;

let container: FakeContainer;
let registration: FakeRegistration;
let root: Root;
let latest: Update;
const reloads = vi.fn();
const writesSettled = vi.fn(async () => undefined);

/** Mounts the hook on a page that was (or was not) already run by a worker, then lets the registration happen. */
async function mountApp({ controlled = true } = {}) {
  container = new FakeContainer(controlled ? new FakeWorker('activated') : null);
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  registration = runningRegistration();
  registerSW.mockImplementation((options: { onRegisteredSW: (url: string, reg: unknown) => void }) => options.onRegisteredSW('/sw.js', registration));
  function Probe() {
    latest = useAppUpdate(writesSettled, reloads);
    return null;
  }
  root = createRoot(document.createElement('div'));
  act(() => root.render(createElement(Probe)));
  await advance(3000);
}

async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/** A new version found on the server: installed, now waiting behind the active worker. */
async function newVersionInstalled() {
  let worker: FakeWorker | undefined;
  await act(async () => void (worker = registration.findUpdate()));
  await act(async () => registration.installed(worker!));
  return worker!;
}

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  registerSW.mockReset();
  reloads.mockReset();
  writesSettled.mockClear();
  document.body.inert = false;
});

afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

describe('updating the app on a tablet', () => {
  it('registers the worker only 3 s after the page has loaded (a first visit precaches the whole app)', async () => {
    container = new FakeContainer(null);
    Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
    function Probe() {
      latest = useAppUpdate(writesSettled, reloads);
      return null;
    }
    root = createRoot(document.createElement('div'));
    act(() => root.render(createElement(Probe)));
    await advance(2999);
    expect(registerSW).not.toHaveBeenCalled();
    await advance(1);
    expect(registerSW).toHaveBeenCalledTimes(1);
  });

  it('a new version waits; on the home screen it takes over and the page reloads after the writes settle', async () => {
    await mountApp();
    expect(latest.waiting).toBe(false);
    const worker = await newVersionInstalled();
    expect(latest.waiting).toBe(true);
    expect(reloads).not.toHaveBeenCalled();

    act(() => void latest.applyOnHome());
    await advance(0);
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reloads).not.toHaveBeenCalled();
    await act(async () => void container.dispatchEvent(new Event('controllerchange')));
    await advance(0);
    expect(writesSettled).toHaveBeenCalled();
    expect(reloads).toHaveBeenCalledTimes(1);
    // Nothing under a finger answers while the browser goes to the new version.
    expect(document.body.inert).toBe(true);
  });

  it('a child who leaves the home screen before the switch calls it off: no reload under the finger', async () => {
    await mountApp();
    await newVersionInstalled();
    let callOff: (() => void) | undefined;
    act(() => void (callOff = latest.applyOnHome()));
    await advance(0);
    act(() => callOff?.());
    await act(async () => void container.dispatchEvent(new Event('controllerchange')));
    await advance(10_000);
    expect(reloads).not.toHaveBeenCalled();
    expect(document.body.inert).toBe(false);
  });

  it('a child who leaves while the last writes are still settling: the reload waiting on them is called off', async () => {
    await mountApp();
    await newVersionInstalled();
    let settle: () => void = () => {};
    writesSettled.mockImplementationOnce(() => new Promise<undefined>((resolve) => (settle = () => resolve(undefined))));
    let callOff: (() => void) | undefined;
    act(() => void (callOff = latest.applyOnHome()));
    await advance(0);
    await act(async () => void container.dispatchEvent(new Event('controllerchange')));
    expect(writesSettled).toHaveBeenCalled();
    act(() => callOff?.());
    await act(async () => settle());
    await advance(10_000);
    expect(reloads).not.toHaveBeenCalled();
    expect(document.body.inert).toBe(false);
  });

  it('a new worker that never takes control is reloaded past after 3 s, but once per 10 minutes (never a reload loop)', async () => {
    await mountApp();
    await newVersionInstalled();
    act(() => void latest.applyOnHome());
    await advance(2999);
    expect(reloads).not.toHaveBeenCalled();
    await advance(1);
    expect(reloads).toHaveBeenCalledTimes(1);

    // The same tab, still stuck on the old version a minute later: no second forced reload.
    act(() => root.unmount());
    reloads.mockReset();
    await advance(60_000);
    await mountApp();
    await newVersionInstalled();
    act(() => void latest.applyOnHome());
    await advance(5000);
    expect(reloads).not.toHaveBeenCalled();
  });

  it('another tab switched to the new version: this page says so, and reloads at once on the home screen', async () => {
    await mountApp();
    await act(async () => void container.dispatchEvent(new Event('controllerchange')));
    expect(latest.waiting).toBe(true);
    act(() => void latest.applyOnHome());
    await advance(0);
    expect(writesSettled).toHaveBeenCalled();
    expect(reloads).toHaveBeenCalledTimes(1);
  });

  it('the very first install taking control of the page is not an update', async () => {
    await mountApp({ controlled: false });
    await act(async () => void container.dispatchEvent(new Event('controllerchange')));
    expect(latest.waiting).toBe(false);
    act(() => void latest.applyOnHome());
    await advance(5000);
    expect(reloads).not.toHaveBeenCalled();
  });

  it('checking now finds a version that waited unnoticed, or asks the server when online', async () => {
    await mountApp();
    // A worker that was already waiting (its events came before the page listened).
    registration.waiting = new FakeWorker('installed');
    act(() => latest.checkNow());
    expect(latest.waiting).toBe(true);
    expect(registration.update).not.toHaveBeenCalled();

    registration.waiting = null;
    act(() => latest.checkNow());
    expect(registration.update).toHaveBeenCalledTimes(1);
    // And every half hour by itself.
    await advance(30 * 60 * 1000);
    expect(registration.update).toHaveBeenCalledTimes(2);
  });
});
