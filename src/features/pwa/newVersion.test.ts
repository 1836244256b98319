import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeRegistration, runningRegistration } from '../../test/serviceWorkerFakes';
import { newVersionWaiting, switchToNewVersion, watchForNewVersion, type SwitchFallback, type WatchedRegistration } from './newVersion';

const asRegistration = (r: FakeRegistration) => r as unknown as WatchedRegistration;

const withActive = runningRegistration;

describe('watchForNewVersion', () => {
  it('tells of an update found and installed after the watch began', () => {
    const registration = withActive();
    const onReady = vi.fn();
    watchForNewVersion(asRegistration(registration), onReady);
    const worker = registration.findUpdate();
    expect(onReady).not.toHaveBeenCalled();
    registration.installed(worker);
    expect(onReady).toHaveBeenCalled();
  });

  it('tells of an update whose updatefound came before the watch (the race that left tablets on the old version)', () => {
    const registration = withActive();
    const worker = registration.findUpdate(); // nobody listening yet
    const onReady = vi.fn();
    watchForNewVersion(asRegistration(registration), onReady);
    expect(onReady).not.toHaveBeenCalled();
    registration.installed(worker);
    expect(onReady).toHaveBeenCalled();
  });

  it('tells at once of a version already waiting when the watch began', () => {
    const registration = withActive();
    registration.installed(registration.findUpdate());
    const onReady = vi.fn();
    watchForNewVersion(asRegistration(registration), onReady);
    expect(onReady).toHaveBeenCalled();
  });

  it('does not take the very first install for an update', () => {
    const registration = new FakeRegistration();
    const onReady = vi.fn();
    watchForNewVersion(asRegistration(registration), onReady);
    const worker = registration.findUpdate();
    registration.installed(worker);
    expect(onReady).not.toHaveBeenCalled();
    expect(newVersionWaiting(asRegistration(registration))).toBe(false);
  });

  it('stops listening when stopped', () => {
    const registration = withActive();
    const onReady = vi.fn();
    const stop = watchForNewVersion(asRegistration(registration), onReady);
    const worker = registration.findUpdate();
    stop();
    registration.installed(worker);
    expect(onReady).not.toHaveBeenCalled();
  });
});

describe('switchToNewVersion', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A switch started on a registration with a new version waiting. */
  const start = (fallback: SwitchFallback) => {
    const registration = withActive();
    const worker = registration.findUpdate();
    registration.installed(worker);
    const container = new EventTarget();
    const reload = vi.fn();
    const callOff = switchToNewVersion(asRegistration(registration), container, reload, fallback);
    const takeOver = () => container.dispatchEvent(new Event('controllerchange'));
    return { worker, reload, callOff, takeOver };
  };
  const never = { afterMs: 3000, allowed: () => false };

  it('asks the waiting worker to take over and reloads once it controls the page', () => {
    const { worker, reload, callOff, takeOver } = start(never);
    expect(callOff).toBeTypeOf('function');
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(reload).not.toHaveBeenCalled();
    takeOver();
    takeOver();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does nothing when no new version waits', () => {
    const container = new EventTarget();
    const reload = vi.fn();
    expect(switchToNewVersion(asRegistration(withActive()), container, reload, never)).toBeNull();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads anyway when the worker has not taken over in time, if allowed, and only once', () => {
    const allowed = vi.fn(() => true);
    const { reload, takeOver } = start({ afterMs: 3000, allowed });
    vi.advanceTimersByTime(2999);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(allowed).toHaveBeenCalledTimes(1);
    expect(reload).toHaveBeenCalledTimes(1);
    takeOver();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('waits for the worker when a forced reload is not allowed (one happened a moment ago)', () => {
    const { reload, takeOver } = start(never);
    vi.advanceTimersByTime(60_000);
    expect(reload).not.toHaveBeenCalled();
    takeOver();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('called off (the child left home), it reloads neither on its timer nor when the worker takes over', () => {
    const { reload, callOff, takeOver } = start({ afterMs: 3000, allowed: () => true });
    callOff?.();
    vi.advanceTimersByTime(10_000);
    takeOver();
    expect(reload).not.toHaveBeenCalled();
  });
});
